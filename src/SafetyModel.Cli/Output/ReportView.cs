using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime.Text;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Text;

namespace SafetyModel.Cli.Output;

/// <summary>Table output of a report read from text: the document's metadata, its outline, the stated figures.</summary>
internal static class ReportView
{
    public static void WriteDocument(TextWriter output, WorkSummaryReport report, DivisionRegistry? registry, Language language)
    {
        var document = report.Document;
        output.WriteLine(language.Pick("Official document (公文)", "公文"));
        var table = new TextTable(language.Pick("element", "要素"), language.Pick("value", "内容"));
        if (document is not null)
        {
            table.Add(language.Pick("number (发文字号)", "发文字号"), document.Number?.ToString() ?? "-");
            table.Add(language.Pick("type (文种)", "文种"), $"{document.Type.ChineseName} ({document.Type.EnglishName}{(document.Direction is { } d ? ", " + EnumCodes.Of(d) : string.Empty)})");
            table.Add(language.Pick("issuer (发文机关)", "发文机关"), document.Title?.Issuer ?? "-");
            table.Add(language.Pick("subject (事由)", "事由"), document.Title?.Subject ?? "-");
            table.Add(language.Pick("to (主送机关)", "主送机关"), Join(document.PrimaryRecipients));
            table.Add(language.Pick("signed by (署名)", "署名"), Join(document.SignatureOrgans));
            table.Add(language.Pick("date (成文日期)", "成文日期"), document.Date is { } date ? LocalDatePattern.Iso.Format(date) : "-");
        }

        table.Add(language.Pick("period (报告期)", "报告期"), report.Period is { } period ? $"{period.ChineseName} ({period.Code})" : "-");
        table.Add(
            language.Pick("division (行政区划)", "行政区划"),
            report.Division == default ? "-" : $"{report.Division.Code}{(registry is not null && registry.TryGetName(report.Division, out var name) ? " " + name : string.Empty)}");
        table.Write(output, "  ");
        if (document is { Outline.Count: > 0 })
        {
            output.WriteLine();
            output.WriteLine(language.Pick("Outline (提纲)", "提纲"));
            foreach (var section in document.Outline)
            {
                WriteSection(output, section, "  ");
            }
        }
    }

    public static void WriteFigures(TextWriter output, IReadOnlyList<StatedFigure> figures, Language language)
    {
        output.WriteLine(language.Pick($"Stated figures ({figures.Count})", $"文中所述数字（{figures.Count}项）"));
        if (figures.Count == 0)
        {
            output.WriteLine(language.Pick("  none found", "  未找到"));
            return;
        }

        var table = new TextTable(
            "#",
            language.Pick("indicator", "指标"),
            language.Pick("figure", "数字"),
            language.Pick("meaning", "含义"),
            language.Pick("label", "标签"),
            language.Pick("month", "月份"),
            language.Pick("where", "位置"));
        for (var i = 0; i < figures.Count; i++)
        {
            Add(table, (i + 1).ToString(CultureInfo.InvariantCulture), figures[i], language);
            for (var p = 0; p < figures[i].Parts.Count; p++)
            {
                Add(table, $"{i + 1}.{p + 1}", figures[i].Parts[p], language);
            }
        }

        table.Write(output, "  ");
    }

    public static void WriteNotes(TextWriter output, IReadOnlyList<ParseDiagnostic> notes, string text, Language language)
    {
        if (notes.Count == 0)
        {
            return;
        }

        output.WriteLine(language.Pick($"Notes ({notes.Count})", $"说明（{notes.Count}条）"));
        var table = new TextTable(language.Pick("code", "代码"), language.Pick("at", "位置"), language.Pick("text", "原文"), language.Pick("note", "说明"));
        foreach (var note in notes)
        {
            var excerpt = note.Position >= 0 && note.Position + note.Length <= text.Length ? text.Substring(note.Position, note.Length) : string.Empty;
            table.Add(note.Code, note.Position.ToString(CultureInfo.InvariantCulture), Clip(excerpt, 16), language.Pick(note.Message));
        }

        table.Write(output, "  ");
    }

    public static string Clip(string text, int characters) =>
        text.Length <= characters ? text.Replace('\n', ' ') : text.Substring(0, characters).Replace('\n', ' ') + "…";

    private static void Add(TextTable table, string number, StatedFigure figure, Language language)
    {
        var quantity = figure.Quantity;
        table.Add(
            number,
            language == Language.Chinese ? figure.Indicator.ChineseName : figure.Indicator.EnglishName,
            quantity?.RawText ?? quantity?.ToChineseString() ?? language.Pick("(no count)", "（未计数）"),
            quantity is null ? "-" : language == Language.Chinese ? quantity.ToChineseString() : quantity.ToEnglishString(),
            figure.Label ?? figure.Dimension?.ChineseName ?? "-",
            figure.Period?.Code ?? "-",
            figure.Source is { } source ? $"¶{source.Paragraph + 1} @{source.Offset}" : "-");
    }

    private static void WriteSection(TextWriter output, OutlineSection section, string indent)
    {
        output.WriteLine($"{indent}{section.Marker}{section.Heading}");
        foreach (var child in section.Children)
        {
            WriteSection(output, child, indent + "  ");
        }
    }

    private static string Join(IReadOnlyList<string> items) => items.Count == 0 ? "-" : string.Join("、", items.Where(i => i.Length > 0));
}
