namespace SafetyModel.Primitives;

/// <summary>
/// The Chinese names of the closed lists of this floor, for headings and messages in Chinese: what
/// <see cref="EnumCodes"/> is for codes. 乡镇 for <see cref="DivisionLevel.Township"/>, 季度 for
/// <see cref="PeriodGranularity.Quarter"/>.
/// </summary>
public static class ChineseNames
{
    /// <summary>Gets the Chinese name of a division level: 省, 市, 旗县, 乡镇, 村 (the levels of GB/T 2260 and the statistical division codes).</summary>
    /// <param name="level">The level.</param>
    /// <returns>The name; for a value that is not a member, its code.</returns>
    public static string Of(DivisionLevel level) => level switch
    {
        DivisionLevel.Province => "省",
        DivisionLevel.Prefecture => "市",
        DivisionLevel.County => "旗县",
        DivisionLevel.Township => "乡镇",
        DivisionLevel.Village => "村",
        _ => EnumCodes.Of(level),
    };

    /// <summary>Gets the Chinese name of a period length: 月, 季度, 半年, 年, 自定义期间.</summary>
    /// <param name="granularity">The period length.</param>
    /// <returns>The name; for a value that is not a member, its code.</returns>
    public static string Of(PeriodGranularity granularity) => granularity switch
    {
        PeriodGranularity.Month => "月",
        PeriodGranularity.Quarter => "季度",
        PeriodGranularity.HalfYear => "半年",
        PeriodGranularity.Year => "年",
        PeriodGranularity.Custom => "自定义期间",
        _ => EnumCodes.Of(granularity),
    };
}
