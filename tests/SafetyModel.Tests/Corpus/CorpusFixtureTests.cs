using System.Text.Json;

namespace SafetyModel.Tests.Corpus;

/// <summary>
/// A broken fixture fails loudly here, not as a mysterious score: every text has an annotation that parses, names
/// the public address it was copied from and the day it was read, and quotes only what the text contains.
/// </summary>
public class CorpusFixtureTests
{
    private static readonly string[] Qualifiers = { "Exact", "MoreThan", "About", "Nearly", "LessThan", "AtOrAbove", "AtOrBelow", "Range" };

    [Fact]
    public void The_corpus_is_there_and_every_annotation_has_its_text()
    {
        RealCorpus.Texts.Should().NotBeEmpty();
        var texts = RealCorpus.Texts.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.GetFiles(RealCorpus.Folder, "*.json").Select(Path.GetFileNameWithoutExtension).Where(id => !texts.Contains(id!));
        orphans.Should().BeEmpty("every annotation belongs to a text of the same name");
    }

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var text in RealCorpus.Texts)
        {
            data.Add(text.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_text_has_an_annotation_that_parses_and_names_its_source(string id)
    {
        var text = RealCorpus.Texts.Single(t => t.Id == id);
        text.AnnotationJson.Should().NotBeNull($"{id}.txt needs {id}.json beside it");
        var annotation = text.Annotation();

        annotation.String("id").Should().Be(id);
        var source = annotation.Property("source");
        source.Should().NotBeNull("the annotation records where the text was copied from");
        var url = source!.Value.String("url");
        Uri.TryCreate(url, UriKind.Absolute, out var address).Should().BeTrue($"{id}: the source address is an absolute URL");
        address!.Scheme.Should().BeOneOf("http", "https");
        source.Value.String("retrieved").Should().MatchRegex(@"^\d{4}-\d{2}-\d{2}$", "the day the stored copy was read");
        annotation.Property("excerpt").Should().NotBeNull("whether the text is the whole stored copy or an excerpt, and where it starts and ends");
        var excerpt = annotation.Property("excerpt")!.Value;
        text.Text.StartsWith(excerpt.String("startsWith") ?? "\0", StringComparison.Ordinal).Should().BeTrue($"{id}: the excerpt starts where the annotation says");
        text.Text.EndsWith(excerpt.String("endsWith") ?? "\0", StringComparison.Ordinal).Should().BeTrue($"{id}: the excerpt ends where the annotation says");

        var kinds = annotation.Strings("kinds");
        kinds.Should().NotBeNull().And.NotBeEmpty();
        if (kinds!.Contains("header"))
        {
            annotation.Property("header").Should().NotBeNull($"{id} is marked as a header text");
            var header = annotation.Property("header")!.Value;
            foreach (var field in new[] { "number", "title", "recipients", "signature", "date" })
            {
                header.Has(field).Should().BeTrue($"{id}: the header annotation states {field} (null when the text has none)");
            }

            if (header.String("date") is { } date)
            {
                DateTime.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _).Should().BeTrue($"{id}: an ISO date");
            }

            if (header.Property("number") is { } number)
            {
                number.String("printed").Should().NotBeNullOrEmpty();
                number.String("kind").Should().BeOneOf("dated", "order");
            }
        }

        annotation.Has("figures").Should().BeTrue($"{id}: the figures a careful reader records (an empty list when there are none)");
        CheckFigures(id, text.Text, annotation.Array("figures"));
        foreach (var notFigure in annotation.Array("notFigures"))
        {
            text.Text.Should().Contain(notFigure.String("text"), $"{id}: a number that must not be a figure is quoted from the text");
            notFigure.String("kind").Should().NotBeNullOrEmpty();
        }

        foreach (var leftOut in annotation.Array("leftOut"))
        {
            text.Text.Should().Contain(leftOut.String("quote"), $"{id}: an ambiguous reading is quoted from the text");
            leftOut.String("why").Should().NotBeNullOrEmpty("an ambiguous reading says why it is not scored");
        }
    }

    private static void CheckFigures(string id, string text, IEnumerable<JsonElement> figures)
    {
        foreach (var figure in figures)
        {
            var quote = figure.String("quote");
            text.Should().Contain(quote, $"{id}: a figure is quoted from the text");
            quote.Should().Contain(figure.String("raw"), $"{id}: the figure's raw text stands in its quote");
            figure.String("indicator").Should().NotBeNullOrEmpty();
            figure.String("unit").Should().NotBeNullOrEmpty();
            figure.String("qualifier").Should().BeOneOf(Qualifiers);
            figure.Property("value").Should().NotBeNull();
            figure.Property("value")!.Value.ValueKind.Should().Be(JsonValueKind.Number);
            figure.Property("inLibrary").Should().NotBeNull($"{id}: whether the library has the figure's indicator");
            if (figure.Property("inLibrary")!.Value.GetBoolean())
            {
                SafetyModel.Work.Indicator.FromCode(figure.String("indicator")!).IsKnown.Should().BeTrue($"{id}: {figure.String("indicator")} is one of the library's indicators");
            }

            CheckFigures(id, text, figure.Array("parts"));
        }
    }
}
