using System;
using System.Text;

namespace SafetyModel.Primitives;

/// <summary>
/// The published code of a value of a closed list (a C# enum of this library): its member name in kebab case —
/// <c>HazardLevel.Major</c> → <c>major</c>, <c>AccidentGrade.ExtraordinarilyMajor</c> → <c>extraordinarily-major</c>,
/// <c>PeriodGranularity.HalfYear</c> → <c>half-year</c>. The JSON contract, CSV headers, statistics tables and the CLI
/// all write these codes; a code is never renamed.
/// </summary>
public static class EnumCodes
{
    /// <summary>Gets the code of a value.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The code; for a value that is not a defined member, its number.</returns>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Kebab(value.ToString());

    /// <summary>Finds the value of a code (ignoring case); numbers are not codes.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="code">The code, such as <c>half-year</c>.</param>
    /// <param name="value">The value found.</param>
    /// <returns>Whether the code names a defined member.</returns>
    public static bool TryParse<TEnum>(string? code, out TEnum value)
        where TEnum : struct, Enum
    {
#if NET5_0_OR_GREATER
        foreach (var candidate in Enum.GetValues<TEnum>())
#else
        foreach (TEnum candidate in Enum.GetValues(typeof(TEnum)))
#endif
        {
            if (string.Equals(Of(candidate), code, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary><c>HalfYear</c> → <c>half-year</c>.</summary>
    internal static string Kebab(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
