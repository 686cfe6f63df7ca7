using System.Globalization;
using System.IO;
using SafetyModel.Cli.Output;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Cli.Commands;

/// <summary>How the text commands show a parser's error and notes in table output.</summary>
internal static class TextParsing
{
    public static void WriteError(TextWriter writer, string indent, ParseDiagnostic error, Language language) =>
        writer.WriteLine($"{indent}{error.Code} at {error.Position.ToString(CultureInfo.InvariantCulture)}: {language.Pick(error.Message)}");

    public static void WriteNotes(TextWriter writer, string indent, System.Collections.Generic.IReadOnlyList<ParseDiagnostic> notes, Language language)
    {
        if (notes.Count == 0)
        {
            writer.WriteLine($"{indent}{language.Pick("notes: none", "说明：无")}");
            return;
        }

        writer.WriteLine($"{indent}{language.Pick("notes (each normalisation the reading made):", "说明（读取时作出的每一处规范化）：")}");
        foreach (var note in notes)
        {
            WriteError(writer, indent + "  ", note, language);
        }
    }
}
