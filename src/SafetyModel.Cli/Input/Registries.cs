using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using SafetyModel.Primitives;

namespace SafetyModel.Cli.Input;

/// <summary>
/// Division registries named on the command line: <c>sample</c> (the package's sample of 乌审旗),
/// <c>none</c>, or a UTF-8 text file with one <c>code,name</c> (or tab-separated) entry per line; blank lines and lines
/// starting with <c>#</c> are skipped.
/// </summary>
internal static class Registries
{
    public const string Sample = "sample";
    public const string None = "none";

    private static readonly char[] Separators = { ',', '\t' };

    public static DivisionRegistry? Load(string? spec, CliEnvironment environment)
    {
        if (spec is null || spec == None)
        {
            return null;
        }

        if (spec == Sample)
        {
            return DivisionRegistry.SampleWushenBanner;
        }

        var text = InputFile.ReadText(spec, environment, new UTF8Encoding(false));
        var entries = new List<KeyValuePair<DivisionCode, string>>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cut = line.IndexOfAny(Separators);
            var codeText = cut < 0 ? line : line.Substring(0, cut).Trim();
            var name = cut < 0 ? string.Empty : line.Substring(cut + 1).Trim();
            var code = DivisionCode.ParseDetailed(codeText);
            if (!code.Success)
            {
                throw new CliException($"{spec}, line {lineNumber}: “{codeText}” is not a division code: {code.Error!.Message.English}");
            }

            if (name.Length == 0)
            {
                throw new CliException($"{spec}, line {lineNumber}: the division {codeText} has no name; write “code,name”.");
            }

            entries.Add(new KeyValuePair<DivisionCode, string>(code.Value, name));
        }

        try
        {
            return new DivisionRegistry(entries);
        }
        catch (ArgumentException e)
        {
            throw new CliException($"{spec}: {CliException.Reason(e)}", e);
        }
    }
}
