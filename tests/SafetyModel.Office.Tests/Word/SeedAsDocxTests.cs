using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SafetyModel.Office.Tests.Fixtures;

namespace SafetyModel.Office.Tests.Word;

/// <summary>The seed letter laid out as .docx reads as the seed text does (issue 23, first "Done when").</summary>
public sealed class SeedAsDocxTests
{
    [Fact]
    public void The_seed_in_the_GBT_9704_layout_reads_to_the_same_metadata_period_division_figures_and_issues_as_the_seed_text()
    {
        var docx = Layouts.Gbt9704(Seed.Lines);

        var file = DocumentFiles.ReadText(new MemoryStream(docx));
        var fromDocx = DocumentFiles.ReadSummary(new MemoryStream(docx));

        file.Value.Format.Should().Be(DocumentFileFormat.Docx);
        file.Value.Banner.Should().Be(Layouts.Banner);
        fromDocx.Notes.Should().Contain(n => n.Code == OfficeCodes.LetterBannerSetAside);
        var expected = Reading.Of(Seed.Text);
        var actual = Reading.Of(fromDocx, file.Value.Text);
        actual.Document.Should().Be(expected.Document);
        actual.Period.Should().Be("2022-H1");
        actual.Figures.Should().Equal(expected.Figures);
        actual.Figures.Should().NotBeEmpty();
        actual.Division.Should().Be(expected.Division);
        actual.Issues.Where(i => !i.StartsWith(OfficeCodes.LetterBannerSetAside, StringComparison.Ordinal))
            .Should().Equal(expected.Issues);
    }

    [Fact]
    public void The_full_layout_with_copy_and_printing_lines_reads_as_the_same_lines_as_text()
    {
        var lines = Seed.Lines.Concat(Seed.Footer).ToList();
        var docx = Layouts.Gbt9704(Seed.Lines, Seed.Footer);

        var file = DocumentFiles.ReadText(new MemoryStream(docx)).Value;
        var actual = Reading.Of(DocumentFiles.ReadSummary(new MemoryStream(docx)), file.Text);
        var expected = Reading.Of(string.Join("\n", lines));

        actual.Document.Should().Be(expected.Document);
        actual.Document.CopyRecipients.Should().Equal("乌审旗应急管理局");
        actual.Document.PrintingOrgan.Should().NotBeNull();
        actual.Figures.Should().Equal(expected.Figures);
    }

    [Fact]
    public void A_sloppy_layout_banner_in_a_text_box_number_in_the_page_header_title_in_a_table_full_width_indents_and_line_breaks_reads_the_same()
    {
        var docx = Layouts.Sloppy(Seed.Lines);

        var file = DocumentFiles.ReadText(new MemoryStream(docx)).Value;
        var actual = Reading.Of(DocumentFiles.ReadSummary(new MemoryStream(docx)), file.Text);
        var expected = Reading.Of(Seed.Text);

        file.Banner.Should().Be(Layouts.Banner, "the red text box is the 版头");
        file.Lines[0].Role.Should().Be(SourceLineRole.PageHeader);
        file.Lines[0].Part.Should().StartWith("word/header");
        file.Lines[1].Role.Should().Be(SourceLineRole.TableCell);
        actual.Document.Should().Be(expected.Document);
        actual.Period.Should().Be(expected.Period);
        actual.Figures.Should().Equal(expected.Figures);
        actual.Issues.Where(i => !i.StartsWith(OfficeCodes.LetterBannerSetAside, StringComparison.Ordinal))
            .Should().Equal(expected.Issues);
    }

    [Fact]
    public void Every_stated_figure_maps_back_to_the_docx_paragraph_that_holds_it()
    {
        var docx = Layouts.Gbt9704(Seed.Lines);
        var file = DocumentFiles.ReadText(new MemoryStream(docx)).Value;
        var report = DocumentFiles.ReadSummary(new MemoryStream(docx)).Value;
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();

        foreach (var figure in report.StatedFigures.Where(f => f.Source is not null))
        {
            var line = file.Lines[figure.Source!.Paragraph];
            file.LineAt(figure.Source.Offset).Should().Be(line);
            line.Part.Should().Be("word/document.xml");
            paragraphs[line.Paragraph].Should().Contain(figure.Source.Text);
            file.Text.Substring(figure.Source.Offset, figure.Source.Length).Should().Be(figure.Source.Text);
        }
    }

    [Fact]
    public void The_red_line_is_the_banner_and_the_centred_bold_line_is_the_title()
    {
        var docx = new Docx().Add(
            Docx.P("乌兰陶勒盖镇人民政府文件", red: true, align: JustificationValues.Center, halfPoints: 52),
            Docx.P("乌兰镇政发〔2022〕12号", align: JustificationValues.Center),
            Docx.P("乌兰陶勒盖镇人民政府关于开展安全生产大检查的通知", bold: true, align: JustificationValues.Center),
            Docx.P("各村委会："),
            Docx.P("现将有关事项通知如下。", firstLineChars: 2)).Build();

        var file = DocumentFiles.ReadText(new MemoryStream(docx));

        file.Value.Banner.Should().BeNull("a 版头 ending in 文件 is read as the 发文机关标志");
        file.Value.Lines.Select(l => l.Role).Should().Equal(SourceLineRole.Banner, SourceLineRole.Body, SourceLineRole.Title, SourceLineRole.Body, SourceLineRole.Body);
        SafetyModel.Documents.DocumentText.Parse(file.Value.Text).IssuingOrgans.Should().Equal("乌兰陶勒盖镇人民政府");
    }
}
