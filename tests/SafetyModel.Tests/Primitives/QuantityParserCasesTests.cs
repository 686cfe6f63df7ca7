using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Text;

namespace SafetyModel.Tests.Primitives;

/// <summary>
/// The corners of reading a figure: ranges with 万 and 亿 on one side, pairs of adjacent digits, 余 with 万 and 亿,
/// qualifiers that conflict, and the exact place of each refusal and note.
/// </summary>
public class QuantityParserCasesTests
{
    public static TheoryData<string, Quantity> Readings() => new()
    {
        { "3余亿人", Quantity.MoreThan(300_000_000, QuantityUnit.Person) },
        { "3至5亿人", Quantity.Range(300_000_000, 500_000_000, QuantityUnit.Person) },
        { "3万至5亿人", Quantity.Range(30_000, 500_000_000, QuantityUnit.Person) },
        { "3万至5万人", Quantity.Range(30_000, 50_000, QuantityUnit.Person) },
        { "三五人", Quantity.Range(3, 5, QuantityUnit.Person) },
        { "三四人", Quantity.Range(3, 4, QuantityUnit.Person) },
        { "十七八人", Quantity.Range(17, 18, QuantityUnit.Person) },
        { "500万元", Quantity.Exact(500, QuantityUnit.TenThousandYuan) },
        { "500余万元", Quantity.MoreThan(500, QuantityUnit.TenThousandYuan) },
    };

    [Theory]
    [MemberData(nameof(Readings))]
    public void Reads_the_figure(string text, Quantity expected) =>
        Quantity.Parse(text).WithRawText(null).Should().Be(expected);

    [Theory]
    [InlineData("-5人", ParseCodes.MissingNumber, 0, 0)]
    [InlineData("万元", ParseCodes.MisplacedNumeralUnit, 0, 1)]
    [InlineData("5人0", ParseCodes.UnexpectedCharacter, 2, 1)]
    [InlineData("约五三人", ParseCodes.UnexpectedCharacter, 2, 1)]
    [InlineData("3～5余人", ParseCodes.ConflictingQualifiers, 0, 5)]
    [InlineData("约3～5人", ParseCodes.ConflictingQualifiers, 0, 5)]
    [InlineData("  6多万亿亿亿", ParseCodes.NumberTooLarge, 2, 5)]
    [InlineData("6多亿亿亿亿", ParseCodes.NumberTooLarge, 0, 4)]
    [InlineData("100000000余亿人", ParseCodes.NumberTooLarge, 0, 11)]
    [InlineData("5-5人", ParseCodes.InvalidRange, 0, 3)]
    [InlineData("3～五3人", ParseCodes.UnexpectedCharacter, 3, 1)]
    [InlineData("〇一人", ParseCodes.UnexpectedCharacter, 1, 1)]
    [InlineData("三四五人", ParseCodes.UnexpectedCharacter, 1, 1)]
    [InlineData("三七人", ParseCodes.UnexpectedCharacter, 1, 1)]
    [InlineData("一五人", ParseCodes.UnexpectedCharacter, 1, 1)]
    public void Refuses_saying_what_and_where(string text, string code, int position, int length)
    {
        var error = Quantity.ParseDetailed(text).Error!;

        (error.Code, error.Position, error.Length).Should().Be((code, position, length));
    }

    [Theory]
    [InlineData("５００人", ParseCodes.FullWidthDigits, 0, 3)]
    [InlineData("3～５人", ParseCodes.FullWidthDigits, 0, 3)]
    [InlineData("约 500人", ParseCodes.SpacesIgnored, 1, 1)]
    [InlineData("500 人", ParseCodes.SpacesIgnored, 3, 1)]
    [InlineData("500 以上", ParseCodes.SpacesIgnored, 3, 1)]
    [InlineData("16多条", ParseCodes.IrregularApproximation, 0, 3)]
    public void Notes_what_it_normalised_and_where(string text, string code, int position, int length)
    {
        var note = Quantity.ParseDetailed(text).Notes.Should().ContainSingle().Which;

        (note.Code, note.Position, note.Length).Should().Be((code, position, length));
    }

    [Theory]
    [InlineData("500余人")]
    [InlineData("约500人")]
    [InlineData("近500人")]
    [InlineData("不足500人")]
    public void A_regular_figure_has_no_notes(string text) =>
        Quantity.ParseDetailed(text).Notes.Should().BeEmpty();
}
