using System;
using SafetyModel.Diagnostics;

namespace SafetyModel.Text;

/// <summary>What went wrong reading a numeral (internal: the public face is a <see cref="ParseDiagnostic"/>).</summary>
internal enum NumeralError
{
    None,
    Empty,
    UnexpectedCharacter,
    MisplacedUnit,
    TooLarge,

    /// <summary>More digits than are read, the last of them decimals (<c>0.0000000000000000000000000000001</c>): too small or too precise, not too large.</summary>
    TooManyDecimalPlaces,
}

/// <summary>Normalisations made while reading a numeral, reported as notes by the detailed parsers.</summary>
[Flags]
internal enum NumeralNotes
{
    None = 0,
    FullWidthDigits = 1,
    Abbreviated = 2,
    Positional = 4,
}

/// <summary>
/// The arithmetic <see cref="NumeralReader"/> runs on: <see cref="long"/> for integers (the common case, fast) or
/// <see cref="decimal"/> when an Arabic run has a decimal point (<c>1.5万</c>). A struct, so that the JIT specialises
/// the reader for each and nothing is boxed.
/// </summary>
internal interface INumeralArithmetic<T>
    where T : struct
{
    T Zero { get; }

    T FromArabic(long mantissa, int scale);

    T Add(T left, T right);

    /// <summary>Multiplies by a power of ten up to 10^8; the caller has checked the result stays within range.</summary>
    T Multiply(T value, long factor);

    bool IsZero(T value);

    /// <summary>Whether <paramref name="value"/> × <paramref name="factor"/> would exceed <see cref="NumeralReader.Maximum"/>.</summary>
    bool WouldExceed(T value, long factor);

    decimal ToDecimal(T value);
}

internal readonly struct LongArithmetic : INumeralArithmetic<long>
{
    public long Zero => 0;

    public long FromArabic(long mantissa, int scale) => mantissa;

    public long Add(long left, long right) => left + right;

    public long Multiply(long value, long factor) => value * factor;

    public bool IsZero(long value) => value == 0;

    public bool WouldExceed(long value, long factor) => value > NumeralReader.MaximumInteger / factor;

    public decimal ToDecimal(long value) => value;
}

internal readonly struct DecimalArithmetic : INumeralArithmetic<decimal>
{
    public decimal Zero => 0m;

    public decimal FromArabic(long mantissa, int scale) => new(unchecked((int)mantissa), unchecked((int)(mantissa >> 32)), 0, false, (byte)scale);

    public decimal Add(decimal left, decimal right) => left + right;

    public decimal Multiply(decimal value, long factor) => value * factor;

    public bool IsZero(decimal value) => value == 0;

    public bool WouldExceed(decimal value, long factor) => value > NumeralReader.Maximum / factor;

    public decimal ToDecimal(decimal value) => value;
}

/// <summary>
/// Reads a whole span as one number: Arabic digits (half- or full-width, with an optional decimal point),
/// Chinese numerals with place units up to 万亿, financial capitals, or a mix such as <c>3万</c>, <c>1.5万</c> or
/// <c>12亿3000万</c>. Strings of bare digits such as <c>二〇二二</c> are read digit by digit. Allocation-free.
/// </summary>
internal static class NumeralReader
{
    /// <summary>The largest value read: 9999万亿 + 9999亿… (just under 10^16).</summary>
    public const decimal Maximum = 9_999_999_999_999_999m;

    /// <summary><see cref="Maximum"/> as a <see cref="long"/>.</summary>
    public const long MaximumInteger = 9_999_999_999_999_999L;

    private const int MaximumArabicDigits = 17;

    /// <summary>The most Arabic digits read in one number, whole part and decimals together.</summary>
    public const int MaximumDigits = MaximumArabicDigits;

    /// <summary>Reads a number with a fractional part or not.</summary>
    public static NumeralError Read(ReadOnlySpan<char> s, out decimal value, out int errorPosition, out NumeralNotes notes)
    {
        if (HasDecimalPoint(s))
        {
            return Read<decimal, DecimalArithmetic>(s, out value, out errorPosition, out notes);
        }

        var error = Read<long, LongArithmetic>(s, out var integer, out errorPosition, out notes);
        value = integer;
        return error;
    }

    /// <summary>Reads an integer; a number with a decimal point is read as a decimal and must come out whole.</summary>
    public static bool TryReadInteger(ReadOnlySpan<char> s, out long value)
    {
        if (!HasDecimalPoint(s))
        {
            return Read<long, LongArithmetic>(s, out value, out _, out _) == NumeralError.None;
        }

        if (Read<decimal, DecimalArithmetic>(s, out var number, out _, out _) == NumeralError.None && number == decimal.Truncate(number))
        {
            value = (long)number;
            return true;
        }

        value = 0;
        return false;
    }

    private static bool HasDecimalPoint(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            WorkMeter.Step();
            if (NumeralCharacters.IsDecimalPoint(c))
            {
                return true;
            }
        }

        return false;
    }

    private static NumeralError Read<T, TArithmetic>(ReadOnlySpan<char> s, out T value, out int errorPosition, out NumeralNotes notes)
        where T : struct
        where TArithmetic : struct, INumeralArithmetic<T>
    {
        var math = default(TArithmetic);
        value = math.Zero;
        errorPosition = 0;
        notes = NumeralNotes.None;
        if (s.IsEmpty)
        {
            return NumeralError.Empty;
        }

        if (TryReadAsciiDigits(s, out var plain))
        {
            value = math.FromArabic(plain, 0);
            return plain > MaximumInteger ? NumeralError.TooLarge : NumeralError.None;
        }

        if (IsAllDigits(s))
        {
            return ReadPositional<T, TArithmetic>(s, out value, out errorPosition, ref notes);
        }

        T total = math.Zero, tenThousands = math.Zero, section = math.Zero, pending = math.Zero;
        var hasPending = false;
        long lastUnit = 1;
        var lastSmall = 10000;
        var tenThousandSeen = false;
        var afterZero = false;
        var pendingIsChinese = false;
        var i = 0;
        while (i < s.Length)
        {
            WorkMeter.Step();
            var c = s[i];
            if (NumeralCharacters.ArabicDigit(c) >= 0)
            {
                if (hasPending)
                {
                    errorPosition = i;
                    return NumeralError.UnexpectedCharacter;
                }

                var error = ReadArabic(s, ref i, out var mantissa, out var scale, ref notes);
                if (error != NumeralError.None)
                {
                    errorPosition = i;
                    return error;
                }

                pending = math.FromArabic(mantissa, scale);
                hasPending = true;
                pendingIsChinese = false;
                continue;
            }

            var digit = NumeralCharacters.ChineseDigit(c);
            if (digit >= 0)
            {
                if (hasPending)
                {
                    errorPosition = i;
                    return NumeralError.UnexpectedCharacter;
                }

                i++;
                if (digit == 0)
                {
                    afterZero = true;
                    continue;
                }

                pending = math.FromArabic(digit, 0);
                hasPending = true;
                pendingIsChinese = true;
                continue;
            }

            var small = NumeralCharacters.SmallUnit(c);
            if (small != 0)
            {
                T coefficient;
                if (hasPending)
                {
                    coefficient = pending;
                }
                else if (small == 10 && (math.IsZero(section) || afterZero))
                {
                    coefficient = math.FromArabic(1, 0); // 十七, 一百零十
                }
                else
                {
                    errorPosition = i;
                    return NumeralError.MisplacedUnit;
                }

                if (small >= lastSmall)
                {
                    errorPosition = i;
                    return NumeralError.MisplacedUnit;
                }

                if (math.WouldExceed(coefficient, small))
                {
                    errorPosition = i;
                    return NumeralError.TooLarge;
                }

                section = math.Add(section, math.Multiply(coefficient, small));
                lastSmall = small;
                lastUnit = small;
                hasPending = false;
                afterZero = false;
                i++;
                continue;
            }

            var large = NumeralCharacters.IsTenThousand(c) ? 10_000L : NumeralCharacters.IsHundredMillion(c) ? 100_000_000L : 0L;
            if (large == 0)
            {
                errorPosition = i;
                return NumeralError.UnexpectedCharacter;
            }

            var group = hasPending ? math.Add(section, pending) : section;
            if (large == 100_000_000L)
            {
                group = math.Add(tenThousands, group);
            }

            if (math.IsZero(group) || (large == 10_000L ? tenThousandSeen : !math.IsZero(total)))
            {
                errorPosition = i;
                return NumeralError.MisplacedUnit;
            }

            if (math.WouldExceed(group, large))
            {
                errorPosition = i;
                return NumeralError.TooLarge;
            }

            if (large == 10_000L)
            {
                tenThousands = math.Multiply(group, large);
                tenThousandSeen = true;
            }
            else
            {
                total = math.Multiply(group, large);
                tenThousands = math.Zero;
                tenThousandSeen = false;
            }

            section = math.Zero;
            hasPending = false;
            lastSmall = 10000;
            lastUnit = large;
            afterZero = false;
            i++;
        }

        if (hasPending)
        {
            if (pendingIsChinese && !afterZero && lastUnit >= 100)
            {
                // 一万五 = 一万五千, 三百五 = 三百五十: a trailing digit takes the next lower place.
                pending = math.Multiply(pending, lastUnit / 10);
                notes |= NumeralNotes.Abbreviated;
            }

            section = math.Add(section, pending);
        }

        value = math.Add(math.Add(total, tenThousands), section);
        if (math.WouldExceed(value, 1))
        {
            errorPosition = 0;
            return NumeralError.TooLarge;
        }

        return NumeralError.None;
    }

    /// <summary>The fast path: up to 17 plain ASCII digits, nothing else.</summary>
    private static bool TryReadAsciiDigits(ReadOnlySpan<char> s, out long value)
    {
        value = 0;
        if (s.Length > MaximumArabicDigits)
        {
            return false;
        }

        foreach (var c in s)
        {
            WorkMeter.Step();
            var digit = c - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            WorkMeter.Step();
            if (NumeralCharacters.ArabicDigit(c) < 0 && NumeralCharacters.ChineseDigit(c) < 0 && !NumeralCharacters.IsDecimalPoint(c))
            {
                return false;
            }
        }

        return true;
    }

    private static NumeralError ReadPositional<T, TArithmetic>(ReadOnlySpan<char> s, out T value, out int errorPosition, ref NumeralNotes notes)
        where T : struct
        where TArithmetic : struct, INumeralArithmetic<T>
    {
        var math = default(TArithmetic);
        value = math.Zero;
        errorPosition = 0;
        var anyChinese = false;
        foreach (var c in s)
        {
            WorkMeter.Step();
            anyChinese |= NumeralCharacters.ChineseDigit(c) >= 0;
        }

        if (!anyChinese)
        {
            var i = 0;
            var error = ReadArabic(s, ref i, out var mantissa, out var scale, ref notes);
            errorPosition = i;
            if (error != NumeralError.None)
            {
                return error;
            }

            if (i < s.Length)
            {
                return NumeralError.UnexpectedCharacter;
            }

            value = math.FromArabic(mantissa, scale);
            return math.WouldExceed(value, 1) ? NumeralError.TooLarge : NumeralError.None;
        }

        if (s.Length > 1)
        {
            notes |= NumeralNotes.Positional;
        }

        if (s.Length > MaximumArabicDigits)
        {
            return NumeralError.TooLarge;
        }

        long number = 0;
        for (var i = 0; i < s.Length; i++)
        {
            WorkMeter.Step();
            // Chinese digits only: 二〇二二 is a number, 五3 or 二〇2二 is a slip, not 53 or 2022.
            var c = s[i];
            var digit = NumeralCharacters.ChineseDigit(c);
            if (digit < 0 || (s.Length > 1 && c is '两' or '兩'))
            {
                errorPosition = i;
                return NumeralError.UnexpectedCharacter;
            }

            number = (number * 10) + digit;
        }

        value = math.FromArabic(number, 0);
        return number > MaximumInteger ? NumeralError.TooLarge : NumeralError.None;
    }

    /// <summary>Reads Arabic digits with at most one decimal point, starting at <paramref name="i"/>, as mantissa and scale.</summary>
    private static NumeralError ReadArabic(ReadOnlySpan<char> s, ref int i, out long mantissa, out int scale, ref NumeralNotes notes)
    {
        mantissa = 0;
        scale = 0;
        var start = i;
        var digits = 0;
        var inFraction = false;
        while (i < s.Length)
        {
            WorkMeter.Step();
            var c = s[i];
            var digit = NumeralCharacters.ArabicDigit(c);
            if (digit >= 0)
            {
                if (NumeralCharacters.IsFullWidthDigit(c))
                {
                    notes |= NumeralNotes.FullWidthDigits;
                }

                if (++digits > MaximumArabicDigits)
                {
                    i = start;
                    return inFraction ? NumeralError.TooManyDecimalPlaces : NumeralError.TooLarge;
                }

                mantissa = (mantissa * 10) + digit;
                if (inFraction)
                {
                    scale++;
                }
            }
            else if (NumeralCharacters.IsDecimalPoint(c) && !inFraction && i > start && i + 1 < s.Length &&
                     NumeralCharacters.ArabicDigit(s[i + 1]) >= 0)
            {
                inFraction = true;
            }
            else
            {
                break;
            }

            i++;
        }

        return digits == 0 ? NumeralError.UnexpectedCharacter : NumeralError.None;
    }
}
