using SafetyModel.Diagnostics;
using SafetyModel.Extraction;
using SafetyModel.Primitives;
using SafetyModel.Text;

namespace SafetyModel.Tests.Text;

/// <summary>
/// Numbers a <see cref="decimal"/> cannot hold are said to be what they are — too precise, too large — and a figure too
/// large to hold is never dropped from a text without a word (issue "Hostile and broken input", items 12 and 14).
/// </summary>
public class NumbersBeyondWhatIsHeldTests
{
    [Theory]
    [InlineData("0.0000000000000000000000000000001份")]
    [InlineData("0.000000000000000001份")]
    [InlineData("12345678901234567.5份")]
    public void A_number_with_more_decimal_places_than_are_read_is_too_precise_not_too_large(string text)
    {
        var error = Quantity.ParseDetailed(text).Error!;

        error.Code.Should().Be(ParseCodes.TooManyDecimalPlaces);
        error.Arguments["maximum"].Should().Be(17);
        error.Message.English.Should().Contain("more decimal places than are read").And.NotContain("larger than");
    }

    [Fact]
    public void A_numeral_with_too_many_decimal_places_says_so_and_one_too_large_still_says_larger()
    {
        ChineseNumerals.ParseDecimalDetailed("0.0000000000000000000000000000001").Error!.Code.Should().Be(ParseCodes.TooManyDecimalPlaces);
        ChineseNumerals.ParseDecimalDetailed("100000000000000000").Error!.Code.Should().Be(ParseCodes.NumberTooLarge);
        Quantity.ParseDetailed("0.0000000000000001份").Value.Stated.Should().Be(0.0000000000000001m, "sixteen decimals and the 0 are 17 digits, which are read");
    }

    [Theory]
    [InlineData("今年共检查企业100000000000000000家，发现隐患3处。", "100000000000000000家")]
    [InlineData("全年培训从业人员99999999999999999999人次。", "99999999999999999999人次")]
    public void A_figure_too_large_to_hold_is_kept_as_text_in_a_note_not_dropped(string text, string figure)
    {
        var result = FigureExtractor.Extract(text, new FigureExtractionOptions { Year = 2022 });

        result.Success.Should().BeTrue();
        result.Value.Should().NotContain(f => f.Source != null && f.Source.Text.Contains(figure), "no decimal holds it");
        var note = result.Notes.Should().ContainSingle(n => n.Code == ParseCodes.FigureTooLargeKeptAsText).Which;
        note.Arguments["text"].Should().Be(figure);
        text.Substring(note.Position, note.Length).Should().Be(figure);
        note.Message.English.Should().Contain(figure).And.Contain("kept here as text");
    }

    [Fact]
    public void A_figure_that_is_held_gets_no_such_note()
    {
        var result = FigureExtractor.Extract("今年共检查企业9999999999999999家。", new FigureExtractionOptions { Year = 2022 });

        result.Notes.Should().NotContain(n => n.Code == ParseCodes.FigureTooLargeKeptAsText);
    }
}
