namespace SafetyModel.Text;

/// <summary>How <see cref="ChineseNumerals.Format(long, ChineseNumeralStyle)"/> writes a number.</summary>
public enum ChineseNumeralStyle
{
    /// <summary>小写 — the ordinary form with place units: 一千零五, 十七, 三万二千, 一万亿.</summary>
    Lowercase = 0,

    /// <summary>大写 — the financial capitals used on amounts of money: 壹仟零伍, 壹拾柒.</summary>
    Financial = 1,

    /// <summary>Digit by digit with 〇, as in years and serial numbers (GB/T 15835-2011 §4.1.2): 二〇二二.</summary>
    Digits = 2,
}
