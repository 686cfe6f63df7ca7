using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Primitives;

/// <summary>
/// 统计用区划代码, the 12-digit statistical division code of the NBS (on GB/T 2260 and GB/T 10114): 2 digits of
/// province, 2 of prefecture, 2 of county, 3 of township and 3 of village — <c>150626103000</c> is 乌兰陶勒盖镇 of 乌审旗,
/// 鄂尔多斯市, 内蒙古. Codes change every year, so a code can carry the year of its <see cref="Edition"/>.
/// </summary>
/// <remarks>
/// <para>
/// Reads 6, 9 or 12 digits (<c>150626</c>, <c>150626103</c>, <c>150626103000</c>); the level is the last segment
/// that is set. Aggregation rolls records up by <see cref="AncestorAt"/>, which truncates the code.
/// </para>
/// <para>A small immutable value; equal when code and edition are equal. The default value is the empty code.</para>
/// </remarks>
public readonly struct DivisionCode : IEquatable<DivisionCode>, IComparable<DivisionCode>
{
    private static readonly HashSet<int> Provinces = new()
    {
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
    };

    private readonly long _value;
    private readonly int _edition;

    private DivisionCode(long value, int edition)
    {
        _value = value;
        _edition = edition;
    }

    /// <summary>Gets the 12-digit value (0 for the default code), for the JSON contract's allocation-free writing.</summary>
    internal long Value => _value;

    /// <summary>Gets the 12-digit code, such as <c>150626103000</c>; empty for the default value.</summary>
    public string Code => _value == 0 ? string.Empty : _value.ToString("000000000000", CultureInfo.InvariantCulture);

    /// <summary>Gets the code cut to its level: <c>15</c>, <c>1506</c>, <c>150626</c>, <c>150626103</c> or 12 digits.</summary>
    public string ShortCode => _value == 0 ? string.Empty : Code.Substring(0, Length(Level));

    /// <summary>Gets the level: the last segment that is set.</summary>
    public DivisionLevel Level =>
        _value % 1000 != 0 ? DivisionLevel.Village
        : _value % 1_000_000 != 0 ? DivisionLevel.Township
        : _value % 100_000_000 != 0 ? DivisionLevel.County
        : _value % 10_000_000_000 != 0 ? DivisionLevel.Prefecture
        : DivisionLevel.Province;

    /// <summary>Gets the edition year of the code list this code comes from, or <see langword="null"/> when not known.</summary>
    public int? Edition => _edition == 0 ? null : _edition;

    /// <summary>Gets the province segment (digits 1–2).</summary>
    public int ProvinceSegment => (int)(_value / 10_000_000_000);

    /// <summary>Gets the prefecture segment (digits 3–4).</summary>
    public int PrefectureSegment => (int)(_value / 100_000_000 % 100);

    /// <summary>Gets the county segment (digits 5–6).</summary>
    public int CountySegment => (int)(_value / 1_000_000 % 100);

    /// <summary>Gets the township segment (digits 7–9).</summary>
    public int TownshipSegment => (int)(_value / 1000 % 1000);

    /// <summary>Gets the village segment (digits 10–12).</summary>
    public int VillageSegment => (int)(_value % 1000);

    /// <summary>Gets the kind of township (街道 / 镇 / 乡 / 政企合一) for codes at township level or below; otherwise <see langword="null"/>.</summary>
    public TownshipKind? TownshipKind => Level < DivisionLevel.Township ? null : (TownshipSegment / 100) switch
    {
        0 => Primitives.TownshipKind.SubDistrict,
        1 => Primitives.TownshipKind.Town,
        2 or 3 => Primitives.TownshipKind.Township,
        4 or 5 => Primitives.TownshipKind.EnterpriseAdministered,
        _ => Primitives.TownshipKind.Unassigned,
    };

    /// <summary>Gets the kind of county (区 / 县 or 旗 / 县级市) for codes at county level or below; otherwise <see langword="null"/>.</summary>
    public CountyKind? CountyKind => Level < DivisionLevel.County ? null : CountySegment switch
    {
        <= 20 => Primitives.CountyKind.District,
        <= 80 => Primitives.CountyKind.CountyOrBanner,
        _ => Primitives.CountyKind.CountyLevelCity,
    };

    /// <summary>Gets the division one level up, or <see langword="null"/> for a province.</summary>
    public DivisionCode? Parent => Level == DivisionLevel.Province ? null : AncestorAt(Level - 1);

    /// <summary>Returns the division at a level that contains this one (the code truncated), or this one at its own level.</summary>
    /// <param name="level">The level, at or above this code's.</param>
    /// <returns>The ancestor, with the same edition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is below this code's level or not defined.</exception>
    public DivisionCode AncestorAt(DivisionLevel level)
    {
        if (level < DivisionLevel.Province || level > Level)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, $"{Code} is at level {EnumCodes.Of(Level)}; its ancestors are at that level or above.");
        }

        var divisor = Divisor(level);
        return new DivisionCode(_value / divisor * divisor, _edition);
    }

    /// <summary>
    /// The code cut at a level without checks: the ancestor at that level for a finer code, the code itself for one at
    /// or above it (its lower segments are already zero). For aggregation's hot loop.
    /// </summary>
    internal DivisionCode TruncatedTo(DivisionLevel level)
    {
        var divisor = Divisor(level);
        return new DivisionCode(_value / divisor * divisor, _edition);
    }

    /// <summary>Returns whether this division is <paramref name="other"/> or lies inside it.</summary>
    /// <param name="other">The possible ancestor.</param>
    /// <returns><see langword="true"/> when truncating this code to the other's level gives the other's code.</returns>
    public bool IsWithin(DivisionCode other) =>
        other._value != 0 && other.Level <= Level && AncestorAt(other.Level)._value == other._value;

    /// <summary>Returns the same code with another edition year.</summary>
    /// <param name="edition">The edition year, or <see langword="null"/> for unknown.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1980–9999.</exception>
    public DivisionCode WithEdition(int? edition)
    {
        if (edition is < 1980 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(edition), edition, "Division code editions run from 1980.");
        }

        return new DivisionCode(_value, edition ?? 0);
    }

    /// <summary>
    /// Makes a code from a 12-digit value when it is well formed (a known province, no segment under an empty one):
    /// the allocation-free path of the JSON contract. <see cref="ParseDetailed"/> says why a value is refused.
    /// </summary>
    internal static bool TryFromValue(long value, int edition, out DivisionCode code)
    {
        code = default;
        if (value is <= 0 or > 999_999_999_999 || edition is not (0 or (>= 1980 and <= 9999)) || !Provinces.Contains((int)(value / 10_000_000_000)))
        {
            return false;
        }

        var emptyAbove = false;
        for (var level = DivisionLevel.Prefecture; level <= DivisionLevel.Village; level++)
        {
            if (Segment(value, level) == 0)
            {
                emptyAbove = true;
            }
            else if (emptyAbove)
            {
                return false;
            }
        }

        code = new DivisionCode(value, edition);
        return true;
    }

    /// <summary>Reads a code of 6, 9 or 12 digits.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="edition">The edition year of the code list, or <see langword="null"/>.</param>
    /// <returns>The result; a failure says what is wrong and where.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The edition is outside 1980–9999 (a programming error, not bad text).</exception>
    public static ParseResult<DivisionCode> ParseDetailed(string? text, int? edition = null)
    {
        if (text is null)
        {
            return ParseResult<DivisionCode>.ForError(ParseDiagnostic.Create(ParseCodes.NullText, 0, 0));
        }

        var s = TextSpans.Trim(text.AsSpan(), out var offset);
        var notes = new List<ParseDiagnostic>();
        long value = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var digit = NumeralCharacters.ArabicDigit(s[i]);
            if (digit < 0 || i >= 12)
            {
                return digit < 0
                    ? ParseResult<DivisionCode>.ForError(ChineseNumerals.UnexpectedCharacter(s, i).Shift(offset), text)
                    : Fail(ParseDiagnostic.Create(ParseCodes.DivisionCodeLength, offset, s.Length, DiagnosticArguments.Create(("length", s.Length))));
            }

            value = (value * 10) + digit;
        }

        if (s.Length is not (6 or 9 or 12))
        {
            return Fail(ParseDiagnostic.Create(ParseCodes.DivisionCodeLength, offset, s.Length, DiagnosticArguments.Create(("length", s.Length))));
        }

        if (ContainsFullWidth(s))
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.FullWidthDigits, offset, s.Length));
        }

        for (var length = s.Length; length < 12; length++)
        {
            value *= 10;
        }

        var province = (int)(value / 10_000_000_000);
        if (!Provinces.Contains(province))
        {
            return Fail(ParseDiagnostic.Create(ParseCodes.UnknownProvinceCode, offset, 2, DiagnosticArguments.Create(("province", s.Slice(0, 2).ToString()))));
        }

        // A segment cannot be set under an empty one (150006: a county under no prefecture).
        var emptyAbove = false;
        foreach (var level in new[] { DivisionLevel.Prefecture, DivisionLevel.County, DivisionLevel.Township, DivisionLevel.Village })
        {
            var segment = Segment(value, level);
            if (segment == 0)
            {
                emptyAbove = true;
            }
            else if (emptyAbove)
            {
                var start = Length(level - 1);
                return Fail(ParseDiagnostic.Create(
                    ParseCodes.DivisionSegmentUnderEmpty, offset + start, Length(level) - start, DiagnosticArguments.Create(("level", level.ToString()))));
            }
        }

        if (edition is < 1980 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(edition), edition, "Division code editions run from 1980.");
        }

        return ParseResult<DivisionCode>.ForValue(new DivisionCode(value, edition ?? 0), notes, text);

        ParseResult<DivisionCode> Fail(ParseDiagnostic diagnostic) => ParseResult<DivisionCode>.ForError(diagnostic, text);
    }

    /// <summary>Reads a code (see <see cref="ParseDetailed"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="edition">The edition year, or <see langword="null"/>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ParseException">The text is not a division code.</exception>
    public static DivisionCode Parse(string text, int? edition = null) => ParseDetailed(text, edition).Value;

    /// <summary>Reads a code (see <see cref="ParseDetailed"/>).</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <param name="result">The code, or the default on failure.</param>
    /// <returns>Whether the text is a division code.</returns>
    public static bool TryParse(string? text, out DivisionCode result) => ParseDetailed(text).TryGetValue(default, out result);

    /// <summary>Returns the 12-digit code, followed by the edition when known: <c>150626103000 (2023)</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Edition is { } edition ? Code + " (" + edition.ToString(CultureInfo.InvariantCulture) + ")" : Code;

    /// <inheritdoc />
    public bool Equals(DivisionCode other) => _value == other._value && _edition == other._edition;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is DivisionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_value, _edition);

    /// <summary>Orders codes numerically, then by edition; a parent sorts before its children.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(DivisionCode other)
    {
        var byValue = _value.CompareTo(other._value);
        return byValue != 0 ? byValue : _edition.CompareTo(other._edition);
    }

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DivisionCode left, DivisionCode right) => left.Equals(right);

    /// <summary>Compares two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DivisionCode left, DivisionCode right) => !left.Equals(right);

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first sorts before the second.</returns>
    public static bool operator <(DivisionCode left, DivisionCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first sorts after the second.</returns>
    public static bool operator >(DivisionCode left, DivisionCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first sorts before the second or equals it.</returns>
    public static bool operator <=(DivisionCode left, DivisionCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether the first sorts after the second or equals it.</returns>
    public static bool operator >=(DivisionCode left, DivisionCode right) => left.CompareTo(right) >= 0;

    private static bool ContainsFullWidth(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (NumeralCharacters.IsFullWidthDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static int Length(DivisionLevel level) => level switch
    {
        DivisionLevel.Province => 2,
        DivisionLevel.Prefecture => 4,
        DivisionLevel.County => 6,
        DivisionLevel.Township => 9,
        _ => 12,
    };

    private static long Divisor(DivisionLevel level) => level switch
    {
        DivisionLevel.Province => 10_000_000_000,
        DivisionLevel.Prefecture => 100_000_000,
        DivisionLevel.County => 1_000_000,
        DivisionLevel.Township => 1000,
        _ => 1,
    };

    private static long Segment(long value, DivisionLevel level) => level switch
    {
        DivisionLevel.Prefecture => value / 100_000_000 % 100,
        DivisionLevel.County => value / 1_000_000 % 100,
        DivisionLevel.Township => value / 1000 % 1000,
        _ => value % 1000,
    };
}
