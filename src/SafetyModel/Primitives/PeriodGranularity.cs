namespace SafetyModel.Primitives;

/// <summary>The length of a <see cref="ReportingPeriod"/>: the calendar periods summaries report on, or a custom interval.</summary>
public enum PeriodGranularity
{
    /// <summary>月 — a calendar month (<c>2022年6月</c>, <c>6月份</c>).</summary>
    Month = 0,

    /// <summary>季度 — a calendar quarter (<c>2022年第二季度</c>, <c>一季度</c>).</summary>
    Quarter = 1,

    /// <summary>半年 — a half-year (<c>上半年</c> January–June, <c>下半年</c> July–December).</summary>
    HalfYear = 2,

    /// <summary>年 — a calendar year (<c>2022年</c>, <c>全年</c>).</summary>
    Year = 3,

    /// <summary>Any other run of days: a month range such as <c>3-5月</c>, a locally set 汛期 or 草原防火期, a campaign's dates.</summary>
    Custom = 4,
}
