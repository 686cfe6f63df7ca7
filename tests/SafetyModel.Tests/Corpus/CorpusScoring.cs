using System.Globalization;
using System.Text;
using System.Text.Json;
using SafetyModel.Documents;
using SafetyModel.Extraction;
using SafetyModel.Reports;

namespace SafetyModel.Tests.Corpus;

/// <summary>
/// Runs the library's public readers over the real corpus and counts, against the hand annotations, what they read
/// right. The rules are those of <c>Fixtures/corpus/README.md</c> (“How the scoring test counts”).
/// </summary>
internal static class CorpusScoring
{
    public static readonly string[] HeaderFields = { "number", "title", "date", "recipients", "signature" };

    public static Scores Score(IEnumerable<CorpusText> texts)
    {
        var scores = new Scores();
        foreach (var text in texts)
        {
            var annotation = text.Annotation();
            if (annotation.Property("header") is { } header)
            {
                scores.HeaderTexts++;
                ScoreHeader(text, header, DocumentText.ParseDetailed(text.Text).Value, scores);
            }

            if (annotation.Strings("kinds") is { } kinds && kinds.Contains("figures"))
            {
                scores.FigureTexts++;
            }

            ScoreFigures(text, annotation, scores);
        }

        return scores;
    }

    private static void ScoreHeader(CorpusText text, JsonElement header, OfficialDocument read, Scores scores)
    {
        // number: the canonical form (DocumentNumber.ToString()) must equal the annotation's canonical form.
        if (!header.NotScored("number"))
        {
            var number = header.Property("number");
            var canonical = number?.String("canonical");
            if (number is null)
            {
                scores.Field("number").Absent(text.Id, read.Number?.ToString());
            }
            else if (canonical is not null)
            {
                scores.Field("number").Present(text.Id, canonical, read.Number?.ToString(), canonical == read.Number?.ToString());
            }
        }

        // title: equal once white space is removed (a title broken over lines is joined).
        if (!header.NotScored("title"))
        {
            var title = header.String("title");
            var got = read.Title?.Text;
            if (title is null)
            {
                scores.Field("title").Absent(text.Id, got);
            }
            else
            {
                scores.Field("title").Present(text.Id, title, got, got is not null && NoSpace(title) == NoSpace(got));
            }
        }

        // date: the same calendar date.
        if (!header.NotScored("date"))
        {
            var date = header.String("date");
            var got = read.Date is { } d ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", d.Year, d.Month, d.Day) : null;
            if (date is null)
            {
                scores.Field("date").Absent(text.Id, got);
            }
            else
            {
                scores.Field("date").Present(text.Id, date, got, date == got);
            }
        }

        // recipients: the same names once white space and the separators 、，, are removed (how a list is split is not scored).
        if (!header.NotScored("recipients"))
        {
            var recipients = header.Strings("recipients");
            var got = read.PrimaryRecipients.Count == 0 ? null : string.Join("、", read.PrimaryRecipients);
            if (recipients is null)
            {
                scores.Field("recipients").Absent(text.Id, got);
            }
            else
            {
                var expected = string.Join("、", recipients);
                scores.Field("recipients").Present(text.Id, expected, got, got is not null && NoSeparators(expected) == NoSeparators(got));
            }
        }

        // signature: the organs (or title and name) concatenated, equal once white space is removed.
        if (!header.NotScored("signature"))
        {
            var signature = header.Strings("signature");
            var got = read.SignatureOrgans.Count == 0 ? null : string.Join(" ", read.SignatureOrgans);
            if (signature is null)
            {
                scores.Field("signature").Absent(text.Id, got);
            }
            else
            {
                var expected = string.Join(" ", signature);
                scores.Field("signature").Present(text.Id, expected, got, got is not null && NoSpace(expected) == NoSpace(got));
            }
        }
    }

    private static void ScoreFigures(CorpusText text, JsonElement annotation, Scores scores)
    {
        var expected = new List<string>();
        foreach (var figure in annotation.Array("figures"))
        {
            Collect(figure, null, expected, scores);
        }

        scores.ExpectedFigures += expected.Count;
        var read = SummaryText.ParseDetailed(text.Text);
        var figures = read.Success ? read.Value.StatedFigures : FigureExtractor.Extract(text.Text).Value;
        var ambiguous = annotation.Array("leftOut").Select(l => (Quote: l.String("quote")!, Raw: l.String("raw") ?? string.Empty)).ToList();
        var forbidden = annotation.Array("notFigures").Select(n => n.String("text")!).ToList();
        var forbiddenHit = new bool[forbidden.Count];
        var remaining = new List<string>(expected);

        foreach (var (figure, parent) in figures.SelectMany(f => new[] { (f, (StatedFigure?)null) }.Concat(f.Parts.Select(p => (p, (StatedFigure?)f)))))
        {
            if (figure.Quantity is not { } quantity)
            {
                scores.PartsWithoutCount++;
                continue;
            }

            var (start, length) = QuantitySpan(figure);
            for (var k = 0; k < forbidden.Count; k++)
            {
                if (!forbiddenHit[k] && Annotation.Occurrences(text.Text, forbidden[k]).Any(at => Overlaps(start, length, at, forbidden[k].Length)))
                {
                    forbiddenHit[k] = true;
                    scores.ForbiddenHits++;
                    scores.Misses.Add($"{text.Id}: forbidden “{forbidden[k]}” read as {figure.Indicator.Code} {quantity.RawText}");
                }
            }

            if (ambiguous.Any(a => quantity.RawText is { } raw && a.Raw.Contains(raw, StringComparison.Ordinal) &&
                                   Annotation.Occurrences(text.Text, a.Quote).Any(at => Overlaps(start, length, at, a.Quote.Length))))
            {
                scores.AmbiguousSkipped++;
                continue;
            }

            scores.ExtractedFigures++;
            var key = Annotation.FigureKey(parent?.Indicator.Code, figure.Indicator.Code, quantity.Unit.Code, quantity.Qualifier.ToString(), quantity.Stated, quantity.StatedUpper);
            if (remaining.Remove(key))
            {
                scores.RightFigures++;
            }
            else
            {
                scores.Misses.Add($"{text.Id}: extracted {key} (“{figure.Source?.Text}”) matches no annotated figure");
            }
        }

        foreach (var missed in remaining)
        {
            scores.Misses.Add($"{text.Id}: not found {missed}");
        }
    }

    private static void Collect(JsonElement figure, string? parent, List<string> keys, Scores scores)
    {
        var indicator = figure.String("indicator")!;
        if (figure.Property("inLibrary")?.GetBoolean() == true)
        {
            keys.Add(Annotation.FigureKey(
                parent,
                indicator,
                figure.String("unit")!,
                figure.String("qualifier")!,
                figure.Property("value")!.Value.GetDecimal(),
                figure.Property("upper")?.GetDecimal()));
        }
        else
        {
            scores.LackingFigures++;
        }

        foreach (var part in figure.Array("parts"))
        {
            Collect(part, indicator, keys, scores);
        }
    }

    /// <summary>Where the figure's number and unit stand: its raw text inside its source span, or the whole span.</summary>
    private static (int Start, int Length) QuantitySpan(StatedFigure figure)
    {
        if (figure.Source is not { } source)
        {
            return (-1, 0);
        }

        var raw = figure.Quantity?.RawText;
        var inside = raw is null ? -1 : source.Text.IndexOf(raw, StringComparison.Ordinal);
        return inside >= 0 ? (source.Offset + inside, raw!.Length) : (source.Offset, source.Length);
    }

    private static bool Overlaps(int start, int length, int otherStart, int otherLength) =>
        start >= 0 && start < otherStart + otherLength && otherStart < start + length;

    private static string NoSpace(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string NoSeparators(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c is not ('、' or '，' or ',' or '；' or ';')).ToArray());
}

/// <summary>What the readers got right on the corpus.</summary>
internal sealed class Scores
{
    private readonly Dictionary<string, FieldScore> _fields = CorpusScoring.HeaderFields.ToDictionary(f => f, f => new FieldScore(f), StringComparer.Ordinal);

    public int HeaderTexts { get; set; }

    public int FigureTexts { get; set; }

    public int ExpectedFigures { get; set; }

    public int ExtractedFigures { get; set; }

    public int RightFigures { get; set; }

    public int AmbiguousSkipped { get; set; }

    public int PartsWithoutCount { get; set; }

    public int LackingFigures { get; set; }

    public int ForbiddenHits { get; set; }

    public List<string> Misses { get; } = new();

    public double Precision => ExtractedFigures == 0 ? 1.0 : (double)RightFigures / ExtractedFigures;

    public double Recall => ExpectedFigures == 0 ? 1.0 : (double)RightFigures / ExpectedFigures;

    public FieldScore Field(string name) => _fields[name];

    public int SpuriousHeaderFields => _fields.Values.Sum(f => f.Spurious);

    public string Table()
    {
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"Real corpus: {HeaderTexts} header texts, {FigureTexts} work-safety texts (figures scored over all texts)");
        table.AppendLine();
        table.AppendLine("| header field | right | of | % | reported where the text has none (of) |");
        table.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var name in CorpusScoring.HeaderFields)
        {
            var f = _fields[name];
            table.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {f.Right} | {f.Total} | {Percent(f.Ratio)} | {f.Spurious} ({f.AbsentTotal}) |");
        }

        table.AppendLine();
        table.AppendLine("| figures | value |");
        table.AppendLine("|---|---:|");
        table.AppendLine(CultureInfo.InvariantCulture, $"| annotated (indicator in the library) | {ExpectedFigures} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| annotated, indicator the library lacks (not scored) | {LackingFigures} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| extracted (with a count) | {ExtractedFigures} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| right | {RightFigures} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| precision | {Percent(Precision)} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| recall | {Percent(Recall)} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| numbers that must not be figures, read as figures | {ForbiddenHits} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| extracted on an ambiguous reading (not scored) | {AmbiguousSkipped} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| 其中 parts without a count (not scored) | {PartsWithoutCount} |");
        return table.ToString();
    }

    private static string Percent(double ratio) => (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}

/// <summary>One header field: right of the texts that have it, and reported where the text has none.</summary>
internal sealed class FieldScore
{
    public FieldScore(string name) => Name = name;

    public string Name { get; }

    public int Right { get; private set; }

    public int Total { get; private set; }

    public int Spurious { get; private set; }

    public int AbsentTotal { get; private set; }

    public List<string> Misses { get; } = new();

    public double Ratio => Total == 0 ? 1.0 : (double)Right / Total;

    public void Present(string id, string expected, string? got, bool right)
    {
        Total++;
        if (right)
        {
            Right++;
        }
        else
        {
            Misses.Add($"{id}: {Name} expected “{expected}”, read “{got ?? "(none)"}”");
        }
    }

    public void Absent(string id, string? got)
    {
        AbsentTotal++;
        if (got is not null)
        {
            Spurious++;
            Misses.Add($"{id}: {Name} absent from the text, read “{got}”");
        }
    }
}
