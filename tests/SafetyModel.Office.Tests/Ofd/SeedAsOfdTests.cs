using SafetyModel.Office.Tests.Fixtures;

namespace SafetyModel.Office.Tests.Ofd;

/// <summary>The seed letter laid out as an OFD reads as the seed text does (issue 23, first "Done when").</summary>
public sealed class SeedAsOfdTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_seed_as_an_OFD_reads_to_the_same_metadata_period_division_figures_and_issues_as_the_seed_text(bool splitCodes)
    {
        var ofd = Fixtures.Ofd.Letter(Seed.Lines, splitCodes: splitCodes);

        var file = DocumentFiles.ReadText(new MemoryStream(ofd));
        var actual = Reading.Of(DocumentFiles.ReadSummary(new MemoryStream(ofd)), file.Value.Text);
        var expected = Reading.Of(Seed.Text);

        file.Value.Format.Should().Be(DocumentFileFormat.Ofd);
        actual.Document.Should().Be(expected.Document);
        actual.Period.Should().Be(expected.Period);
        actual.Division.Should().Be(expected.Division);
        actual.Figures.Should().Equal(expected.Figures);
        actual.Issues.Should().Equal(expected.Issues);
    }

    [Fact]
    public void Wrapped_lines_of_a_paragraph_are_joined_and_each_line_maps_to_its_page()
    {
        var ofd = Fixtures.Ofd.Letter(Seed.Lines);

        var file = DocumentFiles.ReadText(new MemoryStream(ofd)).Value;

        var body = Seed.Lines.Skip(3).Take(Seed.Lines.Count - 5).Select(l => l.TrimEnd()).ToList();
        file.Text.Split('\n').Should().Contain(body, "a body paragraph wrapped over several lines of the page is read as one line");
        file.Lines.Select(l => l.Part).Distinct().Should().HaveCountGreaterThan(1).And.OnlyContain(p => p.StartsWith("Doc_0/Pages/Page_", StringComparison.Ordinal));
    }
}
