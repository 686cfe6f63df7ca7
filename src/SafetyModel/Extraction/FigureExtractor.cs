using System;
using System.Collections.Generic;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Reports;
using SafetyModel.Text;

namespace SafetyModel.Extraction;

/// <summary>
/// Reads the figures a work summary states out of its prose — <c>共召开了8次安全生产工作例会</c>,
/// <c>开展安全生产大检查7次，其中，建筑领域安全大检查1次…</c>, <c>发放宣传单500余份</c> — as
/// <see cref="StatedFigure"/>s with their indicator, quantity (approximation kept), dimension, <c>其中</c> parts,
/// the month they name and the exact <see cref="SourceSpan"/> they came from.
/// </summary>
/// <remarks>
/// <para>
/// <b>Precision before recall.</b> A number becomes a figure only when it has a unit (<c>次</c>, <c>条</c>,
/// <c>份</c>, <c>名</c>…) and a word beside it names an indicator that unit fits: <c>排查2次</c> is an inspection,
/// <c>排查隐患12处</c> a hazard count, <c>为期一个月</c> and <c>每一个环节</c> are nothing. Ordinals (<c>第一</c>,
/// <c>一是</c>), dates, years and document numbers are never counts. Denied phrases (<c>未整改</c>) count nothing.
/// What is read but uncertain carries a note in <see cref="ParseResult{T}.Notes"/>: a breakdown part whose
/// indicator is taken from its total (SM0601), a month without a year (SM0602), an item of a list that takes the verb
/// of the item before it (SM5040, <c>检查企业5家，加油站7家</c>), a count of hazards written straight after the units
/// inspected (SM5041, <c>检查门店12户30处</c>).
/// </para>
/// <para>
/// Numbers in Arabic or Chinese numerals are read by the library's quantity parser (<c>三次</c>, <c>十余次</c>,
/// <c>16多条</c>, <c>约300人</c>). <c>共</c>, <c>累计</c>, <c>共计</c> are read through; figures listed with
/// <c>、</c> or <c>，</c> are read one by one; a figure followed by <c>其中</c> takes the figures of the same indicator
/// after it in the sentence as its parts, and an activity the breakdown names without a count
/// (<c>乌兰陶勒盖镇防洪渠安全隐患排查</c>) becomes a part without a quantity.
/// </para>
/// <para>
/// Offsets are in UTF-16 code units of the text given; paragraphs are its non-blank lines, counted from zero. Work
/// is linear in the length of the text. The method is thread-safe.
/// </para>
/// </remarks>
public static class FigureExtractor
{
    /// <summary>The longest text read, in UTF-16 code units (as for <see cref="DocumentText"/>).</summary>
    public const int MaximumLength = DocumentText.MaximumLength;

    /// <summary>Reads the stated figures out of a text.</summary>
    /// <param name="text">The text: a whole document, its body, or a single paragraph.</param>
    /// <param name="options">How to read it, or <see langword="null"/> for <see cref="FigureExtractionOptions.Default"/>.</param>
    /// <returns>
    /// The figures in the order the text states them, with notes on anything uncertain; or an error — SM0001 for a
    /// null text, SM0003 for one longer than <see cref="MaximumLength"/>. Never throws.
    /// </returns>
    public static ParseResult<IReadOnlyList<StatedFigure>> Extract(string? text, FigureExtractionOptions? options = null)
    {
        if (text is null)
        {
            return ParseResult<IReadOnlyList<StatedFigure>>.ForError(ParseDiagnostic.Create(ParseCodes.NullText, 0, 0));
        }

        if (text.Length > MaximumLength)
        {
            return ParseResult<IReadOnlyList<StatedFigure>>.ForError(
                ParseDiagnostic.Create(ParseCodes.TextTooLong, 0, text.Length, DiagnosticArguments.Create(("length", text.Length), ("maximum", MaximumLength))));
        }

        // 檢查企業12家, 標(biāo)語: traditional characters and pinyin residue are read through; spans quote the text as written.
        var reading = ReadingText.Of(text);
        var run = new ExtractionRun(reading, (options ?? FigureExtractionOptions.Default).Year);
        run.Run();
        var notes = new List<ParseDiagnostic>(run.Notes.Count + 1);
        if (reading.Changed)
        {
            notes.Add(ParseDiagnostic.Create(
                ParseCodes.ReadThroughVariants, 0, text.Length,
                DiagnosticArguments.Create(("traditional", reading.TraditionalCount), ("pinyin", reading.PinyinCount))));
        }

        foreach (var note in run.Notes)
        {
            WorkMeter.Step();
            notes.Add(note.Shift(reading.ToOriginal(note.Position) - note.Position));
        }

        return ParseResult<IReadOnlyList<StatedFigure>>.ForValue(run.Figures, notes);
    }
}
