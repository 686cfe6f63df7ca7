using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Primitives;

/// <summary>
/// A stated or derived figure: a number with a unit (<see cref="QuantityUnit"/>), a qualifier
/// (<see cref="QuantityQualifier"/>: exact, 余, 约, 近, 不足, 以上, 以下, a range) and the interval of values it allows,
/// plus the raw text when it was read from text. Approximate figures are never turned into exact ones.
/// </summary>
/// <remarks>
/// <para>
/// <c>500余份</c> is <see cref="QuantityQualifier.MoreThan"/> 500 with unit 份, allowing 500 &lt; n &lt; 600
/// (GB/T 15835-2011: below the next step of the last stated digit). <c>16多条</c> is irregular usage — 多 after a
/// units digit leaves no room below the next step — so only its lower bound is taken: n &gt; 16, no upper bound.
/// <c>上百人次</c> (reaching a hundred; likewise 上千, 上万) is read as <c>百余人次</c>: more than 100, below 200.
/// </para>
/// <para>
/// Arithmetic is interval arithmetic: exact plus exact stays exact; a sum with any approximate operand is
/// <see cref="QuantityQualifier.Derived"/> and keeps the bounds. <c>16份 + 500余份</c> is written
/// <c>大于516、小于616份</c> (English: "between 516 and 616 copies (516 &lt; n &lt; 616)"). Comparisons answer with a
/// <see cref="Certainty"/>: definitely, possibly, or no.
/// </para>
/// <para>Immutable; equality compares every member, the raw text included.</para>
/// </remarks>
public sealed class Quantity : IEquatable<Quantity>
{
    private Quantity(
        QuantityQualifier qualifier,
        decimal stated,
        decimal? statedUpper,
        QuantityBound lower,
        QuantityBound? upper,
        QuantityUnit unit,
        string? rawText)
    {
        Qualifier = qualifier;
        Stated = stated;
        StatedUpper = statedUpper;
        Lower = lower;
        Upper = upper;
        Unit = unit;
        RawText = rawText;
    }

    /// <summary>
    /// Makes a quantity from its parts as the JSON contract holds them, after checking they agree: the bounds in order,
    /// an exact quantity's bounds on its number. Returns <see langword="null"/> and a reason otherwise.
    /// </summary>
    internal static Quantity? FromParts(
        QuantityQualifier qualifier, decimal stated, decimal? statedUpper, QuantityBound lower, QuantityBound? upper, QuantityUnit unit, string? rawText, out string? problem)
    {
        problem = null;
        if (upper is { } high && (high.Value < lower.Value || (high.Value == lower.Value && !(high.Inclusive && lower.Inclusive))))
        {
            problem = "the upper bound is below the lower bound, or they meet without both being inclusive";
        }
        else if (qualifier == QuantityQualifier.Exact && (lower != new QuantityBound(stated, true) || upper != new QuantityBound(stated, true)))
        {
            problem = "an exact quantity's bounds are its number, both inclusive";
        }
        else if (statedUpper is { } second && second < stated)
        {
            problem = "the second stated number of a range is below the first";
        }

        return problem is null ? new Quantity(qualifier, stated, statedUpper, lower, upper, unit, rawText) : null;
    }

    /// <summary>Gets how the number is qualified.</summary>
    public QuantityQualifier Qualifier { get; }

    /// <summary>
    /// Gets the number as stated: the exact value; the number before 余, after 约 or 近, before 以上 or 以下; the first
    /// number of a range; the sum of the stated numbers of a derived figure.
    /// </summary>
    public decimal Stated { get; }

    /// <summary>Gets the second number of a <see cref="QuantityQualifier.Range"/>; otherwise <see langword="null"/>.</summary>
    public decimal? StatedUpper { get; }

    /// <summary>Gets the lower bound of the values the figure allows (never below 0).</summary>
    public QuantityBound Lower { get; }

    /// <summary>Gets the upper bound of the values the figure allows, or <see langword="null"/> when there is none.</summary>
    public QuantityBound? Upper { get; }

    /// <summary>Gets the unit; the default value when none was stated.</summary>
    public QuantityUnit Unit { get; }

    /// <summary>Gets the text the figure was read from, exactly as given, or <see langword="null"/>.</summary>
    public string? RawText { get; }

    /// <summary>Gets a value indicating whether the figure is exact.</summary>
    public bool IsExact => Qualifier == QuantityQualifier.Exact;

    /// <summary>Creates an exact figure: <c>7次</c>.</summary>
    /// <param name="value">The value (not negative).</param>
    /// <param name="unit">The unit, or the default for none.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static Quantity Exact(decimal value, QuantityUnit unit = default)
    {
        RequireNotNegative(value, nameof(value));
        return new(QuantityQualifier.Exact, value, null, QuantityBound.Including(value), QuantityBound.Including(value), unit, null);
    }

    /// <summary>
    /// Creates a 余 / 多 figure: more than <paramref name="stated"/>, below the next step of its last non-zero digit
    /// (<c>500余</c>: 500 &lt; n &lt; 600; <c>10000余</c>: 10,000 &lt; n &lt; 20,000). When the last non-zero digit is the
    /// units digit (<c>16多</c>) the usage is irregular and there is no upper bound.
    /// </summary>
    /// <param name="stated">The number before 余 / 多, with any 万 / 亿 applied (<c>10余万</c> is 100,000).</param>
    /// <param name="unit">The unit, or the default for none.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stated"/> is not positive.</exception>
    public static Quantity MoreThan(decimal stated, QuantityUnit unit = default)
    {
        if (stated <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(stated), stated, "余 / 多 follows a positive number.");
        }

        var step = Step(stated);
        QuantityBound? upper = IsIrregularStep(stated, step) ? null : QuantityBound.Excluding(stated + step);
        return new(QuantityQualifier.MoreThan, stated, null, QuantityBound.Excluding(stated), upper, unit, null);
    }

    /// <summary>Creates a 约 / 左右 / 上下 figure: within <paramref name="tolerance"/> of the number on either side.</summary>
    /// <param name="stated">The number.</param>
    /// <param name="unit">The unit, or the default for none.</param>
    /// <param name="tolerance">The relative tolerance, 0–1 (0.1 = ±10%).</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative number, or a tolerance outside 0–1.</exception>
    public static Quantity About(decimal stated, QuantityUnit unit = default, decimal tolerance = 0.1m)
    {
        RequireNotNegative(stated, nameof(stated));
        RequireTolerance(tolerance);
        var delta = stated * tolerance;
        return new(QuantityQualifier.About, stated, null, QuantityBound.Including(stated - delta), QuantityBound.Including(stated + delta), unit, null);
    }

    /// <summary>Creates a 近 figure: nearly the number, at most <paramref name="tolerance"/> below it and not reaching it.</summary>
    /// <param name="stated">The number.</param>
    /// <param name="unit">The unit, or the default for none.</param>
    /// <param name="tolerance">The relative tolerance, 0–1.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number that is not positive, or a tolerance outside 0–1.</exception>
    public static Quantity Nearly(decimal stated, QuantityUnit unit = default, decimal tolerance = 0.1m)
    {
        if (stated <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(stated), stated, "近 precedes a positive number.");
        }

        RequireTolerance(tolerance);
        return new(QuantityQualifier.Nearly, stated, null, QuantityBound.Including(stated - (stated * tolerance)), QuantityBound.Excluding(stated), unit, null);
    }

    /// <summary>Creates a 不足 / 不到 figure: 0 ≤ n &lt; the number.</summary>
    /// <param name="stated">The number.</param>
    /// <param name="unit">The unit, or the default for none.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stated"/> is not positive.</exception>
    public static Quantity LessThan(decimal stated, QuantityUnit unit = default)
    {
        if (stated <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(stated), stated, "不足 precedes a positive number.");
        }

        return new(QuantityQualifier.LessThan, stated, null, QuantityBound.Including(0), QuantityBound.Excluding(stated), unit, null);
    }

    /// <summary>Creates a 以上 figure: the number or more, with or without the number as <paramref name="convention"/> says.</summary>
    /// <param name="stated">The number.</param>
    /// <param name="unit">The unit, or the default for none.</param>
    /// <param name="convention">Whether 以上 includes the number.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stated"/> is negative.</exception>
    public static Quantity AtOrAbove(decimal stated, QuantityUnit unit = default, ThresholdConvention convention = ThresholdConvention.Inclusive)
    {
        RequireNotNegative(stated, nameof(stated));
        var lower = new QuantityBound(stated, convention != ThresholdConvention.Exclusive);
        return new(QuantityQualifier.AtOrAbove, stated, null, lower, null, unit, null);
    }

    /// <summary>Creates a 以下 figure: the number or less, with or without the number as <paramref name="convention"/> says.</summary>
    /// <param name="stated">The number.</param>
    /// <param name="unit">The unit, or the default for none.</param>
    /// <param name="convention">Whether 以下 includes the number.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="stated"/> is negative, or 0 under a convention that excludes it (no value would remain).
    /// </exception>
    public static Quantity AtOrBelow(decimal stated, QuantityUnit unit = default, ThresholdConvention convention = ThresholdConvention.Inclusive)
    {
        RequireNotNegative(stated, nameof(stated));
        if (stated == 0 && convention != ThresholdConvention.Inclusive)
        {
            throw new ArgumentOutOfRangeException(nameof(stated), stated, "0以下 that excludes 0 allows no value at all.");
        }

        var upper = new QuantityBound(stated, convention == ThresholdConvention.Inclusive);
        return new(QuantityQualifier.AtOrBelow, stated, null, QuantityBound.Including(0), upper, unit, null);
    }

    /// <summary>
    /// Creates a 几 figure (<see cref="QuantityQualifier.Several"/>): 几 is an unknown digit 1–9 in the place
    /// <paramref name="place"/>, with anything below it. Above <paramref name="stated"/> (the number with 几 as 0) and below
    /// <paramref name="stated"/> + 10 × <paramref name="place"/>: <c>二十几</c> (20, 1) is 20 &lt; n &lt; 30, <c>一百零几</c>
    /// (100, 1) is 100 &lt; n &lt; 110, <c>二十几万</c> (200000, 10000) is 200,000 &lt; n &lt; 300,000. A leading 几 (stated 0)
    /// starts at its place: <c>几十</c> (0, 10) is 10 ≤ n &lt; 100.
    /// </summary>
    /// <param name="stated">The number with 几 read as 0 (not negative).</param>
    /// <param name="place">The place value of 几: 1, 10, 100 … (positive).</param>
    /// <param name="unit">The unit, or the default for none.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stated"/> is negative or <paramref name="place"/> not positive.</exception>
    public static Quantity Several(decimal stated, decimal place, QuantityUnit unit = default)
    {
        RequireNotNegative(stated, nameof(stated));
        if (place <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(place), place, "The place of 几 is a positive power of ten.");
        }

        var lower = stated == 0 ? QuantityBound.Including(place) : QuantityBound.Excluding(stated);
        return new(QuantityQualifier.Several, stated, null, lower, QuantityBound.Excluding(stated + (10 * place)), unit, null);
    }

    /// <summary>Creates a range: <c>三四个</c> is 3–4, <c>3～5个</c> is 3–5, both ends included.</summary>
    /// <param name="low">The first number.</param>
    /// <param name="high">The second number, above the first.</param>
    /// <param name="unit">The unit, or the default for none.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A negative number, or <paramref name="high"/> not above <paramref name="low"/>.</exception>
    public static Quantity Range(decimal low, decimal high, QuantityUnit unit = default)
    {
        RequireNotNegative(low, nameof(low));
        if (high <= low)
        {
            throw new ArgumentOutOfRangeException(nameof(high), high, "The second number of a range must be above the first.");
        }

        return new(QuantityQualifier.Range, low, high, QuantityBound.Including(low), QuantityBound.Including(high), unit, null);
    }

    /// <summary>Returns a copy that records the text it was read from.</summary>
    /// <param name="rawText">The text, exactly as given, or <see langword="null"/>.</param>
    /// <returns>The copy.</returns>
    public Quantity WithRawText(string? rawText) =>
        string.Equals(rawText, RawText, StringComparison.Ordinal) ? this : new(Qualifier, Stated, StatedUpper, Lower, Upper, Unit, rawText);

    /// <summary>Returns a copy counted in another unit of the same thing (a sum of people in 人次 given as 人 for a comparison), bounds and qualifier kept.</summary>
    internal Quantity InUnit(QuantityUnit unit) => unit == Unit ? this : new(Qualifier, Stated, StatedUpper, Lower, Upper, unit, RawText);

    /// <summary>Returns whether <paramref name="value"/> is one of the values the figure allows.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> if it lies within the bounds.</returns>
    public bool Contains(decimal value) =>
        (Lower.Inclusive ? value >= Lower.Value : value > Lower.Value) &&
        (Upper is not { } upper || (upper.Inclusive ? value <= upper.Value : value < upper.Value));

    /// <summary>
    /// Adds two figures with the same unit. Exact plus exact is exact; otherwise the sum is
    /// <see cref="QuantityQualifier.Derived"/>, its bounds the sums of the bounds (included only where both are).
    /// </summary>
    /// <param name="other">The other figure.</param>
    /// <returns>The sum, without raw text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public Quantity Add(Quantity other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        if (Unit != other.Unit)
        {
            throw new ArgumentException(
                $"Cannot add {FormatNumber(other.Stated)}{other.Unit} to {FormatNumber(Stated)}{Unit}: the units differ ('{Unit}' and '{other.Unit}').",
                nameof(other));
        }

        if (IsExact && other.IsExact)
        {
            return Exact(Stated + other.Stated, Unit);
        }

        var lower = new QuantityBound(Lower.Value + other.Lower.Value, Lower.Inclusive && other.Lower.Inclusive);
        QuantityBound? upper = Upper is { } a && other.Upper is { } b ? new QuantityBound(a.Value + b.Value, a.Inclusive && b.Inclusive) : null;
        return new(QuantityQualifier.Derived, Stated + other.Stated, null, lower, upper, Unit, null);
    }

    /// <summary>Adds two figures with the same unit (see <see cref="Add"/>).</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns>The sum.</returns>
    public static Quantity operator +(Quantity left, Quantity right) =>
        (left ?? throw new ArgumentNullException(nameof(left))).Add(right);

    /// <summary>Adds figures of one unit; the sum of none is exactly 0.</summary>
    /// <param name="quantities">The figures.</param>
    /// <param name="unit">Their unit.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantities"/> or one of its items is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A figure has another unit.</exception>
    public static Quantity Sum(IEnumerable<Quantity> quantities, QuantityUnit unit = default)
    {
        if (quantities is null)
        {
            throw new ArgumentNullException(nameof(quantities));
        }

        var sum = Exact(0, unit);
        foreach (var quantity in quantities)
        {
            sum = sum.Add(quantity ?? throw new ArgumentNullException(nameof(quantities), "A figure in the sum is null."));
        }

        return sum;
    }

    /// <summary>Answers whether this figure is greater than <paramref name="other"/>, for the values both allow.</summary>
    /// <param name="other">The other figure, in the same unit.</param>
    /// <returns><see cref="Certainty.Definitely"/>, <see cref="Certainty.Possibly"/> or <see cref="Certainty.No"/>.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public Certainty IsGreaterThan(Quantity other)
    {
        RequireSameUnit(other);
        if (other.Upper is { } otherUpper &&
            (Lower.Value > otherUpper.Value || (Lower.Value == otherUpper.Value && !(Lower.Inclusive && otherUpper.Inclusive))))
        {
            return Certainty.Definitely;
        }

        // No value of this can exceed a value of other when this ends where other begins, or below.
        return Upper is { } upper && upper.Value <= other.Lower.Value ? Certainty.No : Certainty.Possibly;
    }

    /// <summary>Answers whether this figure is less than <paramref name="other"/>, for the values both allow.</summary>
    /// <param name="other">The other figure, in the same unit.</param>
    /// <returns><see cref="Certainty.Definitely"/>, <see cref="Certainty.Possibly"/> or <see cref="Certainty.No"/>.</returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public Certainty IsLessThan(Quantity other) => (other ?? throw new ArgumentNullException(nameof(other))).IsGreaterThan(this);

    /// <summary>Answers whether this figure can be the same number as <paramref name="other"/>.</summary>
    /// <param name="other">The other figure, in the same unit.</param>
    /// <returns>
    /// <see cref="Certainty.Definitely"/> when both are exact and equal, <see cref="Certainty.No"/> when their intervals
    /// do not meet, otherwise <see cref="Certainty.Possibly"/>.
    /// </returns>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public Certainty IsSameNumberAs(Quantity other)
    {
        RequireSameUnit(other);
        if (IsExact && other.IsExact)
        {
            return Stated == other.Stated ? Certainty.Definitely : Certainty.No;
        }

        return IsGreaterThan(other) == Certainty.Definitely || other.IsGreaterThan(this) == Certainty.Definitely
            ? Certainty.No
            : Certainty.Possibly;
    }

    /// <summary>Reads a figure such as <c>7次</c>, <c>500余份</c>, <c>约500人</c>, <c>三四个</c> or <c>10余万元</c>.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="options">The conventions for 以上 / 以下 and 约, or <see langword="null"/> for <see cref="QuantityParseOptions.Default"/>.</param>
    /// <returns>The result, with notes on irregular usage and normalisations; never throws on bad input.</returns>
    public static ParseResult<Quantity> ParseDetailed(string? text, QuantityParseOptions? options = null) =>
        QuantityParser.Parse(text, options ?? QuantityParseOptions.Default);

    /// <summary>Reads a figure (see <see cref="ParseDetailed"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">The conventions, or <see langword="null"/> for the defaults.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ParseException">The text is not a figure; the exception says why and where.</exception>
    public static Quantity Parse(string text, QuantityParseOptions? options = null) => ParseDetailed(text, options).Value;

    /// <summary>Reads a figure (see <see cref="ParseDetailed"/>).</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="result">The figure, or <see langword="null"/> on failure.</param>
    /// <returns>Whether the text is a figure.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Quantity? result)
    {
        var parsed = ParseDetailed(text);
        result = parsed.Success ? parsed.Value : null;
        return parsed.Success;
    }

    /// <summary>
    /// Writes the figure the way a Chinese document states it: <c>7次</c>, <c>500余份</c>, <c>约500人</c>, <c>近500人</c>,
    /// <c>不足500人</c>, <c>500人以上</c>, <c>500人以下</c>, <c>3～5个</c>; a derived figure by its bounds:
    /// <c>大于516、小于616份</c>, <c>不少于516份</c>.
    /// </summary>
    /// <returns>The Chinese form.</returns>
    public string ToChineseString()
    {
        var unit = Unit.Code;
        var stated = FormatNumber(Stated);
        return Qualifier switch
        {
            QuantityQualifier.Exact => stated + unit,
            QuantityQualifier.MoreThan => stated + "余" + unit,
            QuantityQualifier.About => "约" + stated + unit,
            QuantityQualifier.Nearly => "近" + stated + unit,
            QuantityQualifier.LessThan => "不足" + stated + unit,
            QuantityQualifier.AtOrAbove => stated + unit + "以上",
            QuantityQualifier.AtOrBelow => stated + unit + "以下",
            QuantityQualifier.Range => stated + "～" + FormatNumber(StatedUpper!.Value) + unit,
            _ => ChineseBounds() + unit,
        };
    }

    /// <summary>
    /// Writes the figure in English with its interval: <c>7 times</c>, <c>more than 500 copies (500 &lt; n &lt; 600)</c>,
    /// <c>between 516 and 616 copies (516 &lt; n &lt; 616)</c>.
    /// </summary>
    /// <returns>The English form.</returns>
    public string ToEnglishString()
    {
        var unit = Unit.Code.Length == 0 ? string.Empty : " " + (IsExact && Stated == 1 ? Unit.EnglishSingularName : Unit.EnglishName);
        var stated = FormatNumber(Stated);
        var phrase = Qualifier switch
        {
            QuantityQualifier.Exact => stated,
            QuantityQualifier.MoreThan => "more than " + stated,
            QuantityQualifier.About => "about " + stated,
            QuantityQualifier.Nearly => "nearly " + stated,
            QuantityQualifier.LessThan => "under " + stated,
            QuantityQualifier.AtOrAbove => stated + " or more",
            QuantityQualifier.AtOrBelow => stated + (IsAmount ? " or less" : " or fewer"), // 10 or fewer persons; 10 or less ten thousand yuan
            QuantityQualifier.Range => stated + " to " + FormatNumber(StatedUpper!.Value),
            _ => Upper is { } u ? "between " + FormatNumber(Lower.Value) + " and " + FormatNumber(u.Value) : "at least " + FormatNumber(Lower.Value),
        };
        return IsExact ? phrase + unit : phrase + unit + " (" + IntervalText() + ")";
    }

    private bool IsAmount => Unit == QuantityUnit.Yuan || Unit == QuantityUnit.TenThousandYuan || Unit == QuantityUnit.HundredMillionYuan;

    /// <summary>Returns the Chinese form (<see cref="ToChineseString"/>).</summary>
    /// <returns>The Chinese form.</returns>
    public override string ToString() => ToChineseString();

    /// <inheritdoc />
    public bool Equals(Quantity? other) =>
        other is not null &&
        Qualifier == other.Qualifier &&
        Stated == other.Stated &&
        StatedUpper == other.StatedUpper &&
        Lower == other.Lower &&
        Nullable.Equals(Upper, other.Upper) &&
        Unit == other.Unit &&
        string.Equals(RawText, other.RawText, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Quantity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Qualifier, Stated, StatedUpper, Lower, Upper, Unit, RawText);

    /// <summary>Writes a decimal without trailing zeros, invariant: 500, 12.5.</summary>
    internal static string FormatNumber(decimal value) =>
        (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>The largest power of ten that divides the number (its last non-zero digit's place), for 余.</summary>
    internal static decimal Step(decimal value)
    {
        var step = 1m;
        if (value != decimal.Truncate(value))
        {
            var scale = (decimal.GetBits(value / 1.000000000000000000000000000000000m)[3] >> 16) & 0xFF;
            for (var i = 0; i < scale; i++)
            {
                step /= 10;
            }

            return step;
        }

        while (value != 0 && value % (step * 10) == 0 && step < 1_000_000_000_000_000m)
        {
            step *= 10;
        }

        return step;
    }

    internal static bool IsIrregularStep(decimal stated, decimal step) => step <= 1 && stated == decimal.Truncate(stated);

    private string ChineseBounds()
    {
        var lower = (Lower.Inclusive ? "不少于" : "大于") + FormatNumber(Lower.Value);
        if (Upper is not { } upper)
        {
            return lower;
        }

        return lower + "、" + (upper.Inclusive ? "不超过" : "小于") + FormatNumber(upper.Value);
    }

    private string IntervalText()
    {
        var lower = FormatNumber(Lower.Value);
        if (Upper is not { } upper)
        {
            return (Lower.Inclusive ? "n ≥ " : "n > ") + lower;
        }

        return lower + (Lower.Inclusive ? " ≤ n" : " < n") + (upper.Inclusive ? " ≤ " : " < ") + FormatNumber(upper.Value);
    }

    private void RequireSameUnit(Quantity other)
    {
        if (other is null)
        {
            throw new ArgumentNullException(nameof(other));
        }

        if (Unit != other.Unit)
        {
            throw new ArgumentException($"Cannot compare figures in '{Unit}' and '{other.Unit}'.", nameof(other));
        }
    }

    private static void RequireNotNegative(decimal value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, "A figure must not be negative.");
        }
    }

    private static void RequireTolerance(decimal tolerance)
    {
        if (tolerance < 0 || tolerance > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance is a fraction from 0 to 1.");
        }
    }
}
