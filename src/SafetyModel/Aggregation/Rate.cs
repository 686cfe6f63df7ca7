using System;
using SafetyModel.Primitives;
using SafetyModel.Records;

namespace SafetyModel.Aggregation;

/// <summary>
/// A rate a <see cref="StatisticsTable"/> works out for each row: a measure divided by another measure of the same row
/// or by a figure the user supplies (<see cref="RateDenominator"/>), times a scale — 隐患整改率 = 整改隐患 ÷ 排查隐患 × 100%,
/// 工矿商贸十万人死亡率 = 死亡人数 ÷ 从业人员 × 100,000. Immutable.
/// </summary>
/// <remarks>
/// A row's rate divides the row's own sums, so a subtotal's rate is the rate of its sums, never a sum or an average of
/// its rows' rates. Approximate figures give a range, a zero or missing denominator gives no value
/// (<see cref="RateValue"/>). The numerator counts what the records given count: for 工矿商贸十万人死亡率, pass the
/// accidents of 工矿商贸 sectors only.
/// </remarks>
public sealed class Rate
{
    private Rate(string code, string chineseName, Measure numerator, Measure? denominatorMeasure, RateDenominator? denominator, decimal scale)
    {
        if (code is null)
        {
            throw new ArgumentNullException(nameof(code));
        }

        if (chineseName is null)
        {
            throw new ArgumentNullException(nameof(chineseName));
        }

        if (!IsCode(code))
        {
            throw new ArgumentException($"'{code}' is not a rate code: use lower-case ASCII letters, digits and single hyphens, such as 'deaths-per-100k-workers'.", nameof(code));
        }

        if (string.IsNullOrWhiteSpace(chineseName))
        {
            throw new ArgumentException("A rate needs its Chinese name, such as 隐患整改率.", nameof(chineseName));
        }

        if (scale <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale multiplies the ratio (100 for a percentage, 100000 for 十万人); it must be positive.");
        }

        Code = code;
        ChineseName = chineseName;
        Numerator = numerator;
        DenominatorMeasure = denominatorMeasure;
        Denominator = denominator;
        Scale = scale;
    }

    /// <summary>
    /// Gets 隐患整改率, the rectification rate: <see cref="Measure.HazardsRectified"/> ÷ <see cref="Measure.HazardsFound"/>
    /// × 100 (%), code <c>rectification-rate</c>. Hazards are counted by the period they were found in, so the rate
    /// says how many of a period's hazards are rectified by now.
    /// </summary>
    public static Rate Rectification { get; } = new("rectification-rate", "隐患整改率", Measure.HazardsRectified, Measure.HazardsFound, null, 100m);

    /// <summary>Gets the rate's stable code, written in CSV and JSON.</summary>
    public string Code { get; }

    /// <summary>Gets the rate's Chinese name, for example 隐患整改率.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the measure divided.</summary>
    public Measure Numerator { get; }

    /// <summary>Gets the measure divided by, or <see langword="null"/> when <see cref="Denominator"/> supplies it.</summary>
    public Measure? DenominatorMeasure { get; }

    /// <summary>Gets the user's figures divided by, or <see langword="null"/> when <see cref="DenominatorMeasure"/> is used.</summary>
    public RateDenominator? Denominator { get; }

    /// <summary>Gets what the ratio is multiplied by: 100 for a percentage, 100,000 for a rate per 十万人.</summary>
    public decimal Scale { get; }

    /// <summary>Defines a rate of one measure over another of the same row.</summary>
    /// <param name="code">A stable code: lower-case ASCII letters, digits and single hyphens.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="numerator">The measure divided.</param>
    /// <param name="denominator">The measure divided by.</param>
    /// <param name="scale">What the ratio is multiplied by; positive.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="chineseName"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code, or <paramref name="chineseName"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is zero or negative.</exception>
    public static Rate OfMeasures(string code, string chineseName, Measure numerator, Measure denominator, decimal scale) =>
        new(code, chineseName, numerator, denominator, null, scale);

    /// <summary>Defines a rate of a measure over figures the user supplies by division and period.</summary>
    /// <param name="code">A stable code: lower-case ASCII letters, digits and single hyphens.</param>
    /// <param name="chineseName">The Chinese name.</param>
    /// <param name="numerator">The measure divided.</param>
    /// <param name="denominator">The figures divided by.</param>
    /// <param name="scale">What the ratio is multiplied by; positive.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code, or <paramref name="chineseName"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scale"/> is zero or negative.</exception>
    public static Rate Per(string code, string chineseName, Measure numerator, RateDenominator denominator, decimal scale) =>
        new(code, chineseName, numerator, null, denominator ?? throw new ArgumentNullException(nameof(denominator)), scale);

    /// <summary>
    /// 工矿商贸十万人死亡率: <see cref="Measure.Deaths"/> ÷ 从业人员 × 100,000, code <c>deaths-per-100k-workers</c>. Pass
    /// the accidents of 工矿商贸 sectors only.
    /// </summary>
    /// <param name="workers">The number of employees (从业人员, 人) by division and period.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workers"/> is <see langword="null"/>.</exception>
    public static Rate DeathsPerHundredThousandWorkers(RateDenominator workers) =>
        Per("deaths-per-100k-workers", "工矿商贸十万人死亡率", Measure.Deaths, workers, 100_000m);

    /// <summary>
    /// 亿元GDP死亡率 (deaths per 100 million yuan of GDP): <see cref="Measure.Deaths"/> ÷ 地区生产总值 in 亿元, code
    /// <c>deaths-per-100m-yuan-gdp</c>.
    /// </summary>
    /// <param name="gdpHundredMillionYuan">地区生产总值 in 亿元 by division and period.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gdpHundredMillionYuan"/> is <see langword="null"/>.</exception>
    public static Rate DeathsPerHundredMillionYuanGdp(RateDenominator gdpHundredMillionYuan) =>
        Per("deaths-per-100m-yuan-gdp", "亿元GDP死亡率", Measure.Deaths, gdpHundredMillionYuan, 1m);

    /// <summary>Returns <c>rectification-rate 隐患整改率 = hazards-rectified ÷ hazards-found × 100</c>.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() =>
        $"{Code} {ChineseName} = {Numerator.Code} ÷ {(DenominatorMeasure is { } m ? m.Code : Denominator!.Name)} × {Scale}";

    private static bool IsCode(string code)
    {
        if (code.Length == 0 || code[0] == '-' || code[code.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && code[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
