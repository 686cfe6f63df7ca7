using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SafetyModel.Cli.Output;

/// <summary>
/// Kebab-case codes for enum members (<c>HazardsFound</c> → <c>hazards-found</c>): the names the CLI accepts and writes,
/// the same as the codes the package writes in CSV headers.
/// </summary>
internal static class Codes
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
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

    /// <summary>Every member of an enum with its code.</summary>
    public static IReadOnlyList<(TEnum Value, string Code)> All<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (v, Of(v))).ToArray();
}
