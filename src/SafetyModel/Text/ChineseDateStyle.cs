namespace SafetyModel.Text;

/// <summary>How <see cref="ChineseDates.Format(NodaTime.LocalDate, ChineseDateStyle)"/> writes a date.</summary>
public enum ChineseDateStyle
{
    /// <summary>
    /// Arabic numerals, the year in full, no zero padding: <c>2022年7月7日</c> — the rule for 成文日期 since the
    /// 2012 条例 and GB/T 9704-2012 §7.3.5.5.
    /// </summary>
    Arabic = 0,

    /// <summary>Chinese numerals with 〇: <c>二〇二二年七月七日</c> — the form of many documents before 2012-07-01.</summary>
    ChineseNumerals = 1,
}
