using CsCheck;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Text;

namespace SafetyModel.Tests.Documents;

public class DocumentNumberTests
{
    private static DocumentNumber Seed => new("乌兰镇政函", 2022, 297);

    [Fact]
    public void The_seed_number_is_canonical()
    {
        var result = DocumentNumber.ParseStrict("乌兰镇政函〔2022〕297号");

        result.Value.Should().Be(Seed);
        result.Value.IssuerCode.Should().Be("乌兰镇政函");
        result.Value.Year.Should().Be(2022);
        result.Value.Serial.Should().Be(297);
        result.Notes.Should().BeEmpty();
        Seed.ToString().Should().Be("乌兰镇政函〔2022〕297号");
        DocumentNumber.Parse("国发〔2018〕1号").ToString().Should().Be("国发〔2018〕1号");
    }

    [Theory]
    [InlineData("乌兰镇政函[2022]297号", ParseCodes.BracketsNormalised)]
    [InlineData("乌兰镇政函(2022)297号", ParseCodes.BracketsNormalised)]
    [InlineData("乌兰镇政函（2022）297号", ParseCodes.BracketsNormalised)]
    [InlineData("乌兰镇政函【2022】297号", ParseCodes.BracketsNormalised)]
    [InlineData("乌兰镇政函［2022］297号", ParseCodes.BracketsNormalised)]
    [InlineData("乌兰镇政函﹝2022﹞297号", ParseCodes.BracketsNormalised)]
    [InlineData("乌兰镇政函〔２０２２〕２９７号", ParseCodes.FullWidthDigits)]
    [InlineData("乌兰镇政函〔2022〕第297号", ParseCodes.DiRemoved)]
    [InlineData("乌兰镇政函〔2022〕0297号", ParseCodes.SerialLeadingZerosRemoved)]
    [InlineData("乌兰镇政函〔2022〕297", ParseCodes.HaoAdded)]
    [InlineData("  乌兰镇政函〔2022〕297号 ", ParseCodes.SpacesIgnored)]
    [InlineData("乌兰镇政函 〔2022〕 297号", ParseCodes.SpacesIgnored)]
    [InlineData("乌兰镇政函〔2022〕字第297号", ParseCodes.ZiRemoved, ParseCodes.DiRemoved)]
    [InlineData("乌兰镇政函[2022]第0297号", ParseCodes.BracketsNormalised, ParseCodes.DiRemoved, ParseCodes.SerialLeadingZerosRemoved)]
    [InlineData("乌兰镇政函〔2022〕297号")]
    public void Lenient_parsing_reads_the_real_variants_noting_each_normalisation(string text, params string[] notes)
    {
        var result = DocumentNumber.ParseLenient(text);

        result.Value.Should().Be(Seed);
        result.Notes.Select(n => n.Code).Should().BeEquivalentTo(notes);
    }

    [Fact]
    public void The_old_form_with_zi_reads_as_its_number()
    {
        var result = DocumentNumber.ParseLenient("国发〔1992〕字第36号");

        result.Value.Should().Be(new DocumentNumber("国发", 1992, 36));
        result.Notes.Select(n => n.Code).Should().Equal(ParseCodes.ZiRemoved, ParseCodes.DiRemoved);
    }

    [Fact]
    public void The_bracket_note_names_the_brackets_found()
    {
        var note = DocumentNumber.ParseLenient("国发(1995)12号").Notes.Single();

        note.Arguments["found"].Should().Be("()");
        note.Message.Chinese.Should().Contain("“()”");
    }

    [Theory]
    [InlineData("乌兰镇政函[2022]297号", ParseCodes.MissingYearBrackets, 5)]
    [InlineData("乌兰镇政函(2022)297号", ParseCodes.MissingYearBrackets, 5)]
    [InlineData("乌兰镇政函〔2022〕第297号", ParseCodes.SerialWithDi, 11)]
    [InlineData("乌兰镇政函〔2022〕0297号", ParseCodes.SerialLeadingZeros, 11)]
    [InlineData("乌兰镇政函〔2022〕297", ParseCodes.MissingHao, 14)]
    [InlineData("乌兰镇政函〔22〕297号", ParseCodes.YearNotFourDigits, 6)]
    [InlineData("〔2022〕297号", ParseCodes.MissingIssuerCode, 0)]
    [InlineData("乌兰镇政函〔2022〕号", ParseCodes.MissingSerial, 11)]
    [InlineData("乌兰镇政函2022297号", ParseCodes.MissingYearBrackets, 13)]
    [InlineData("乌兰镇政函〔２０２２〕297号", ParseCodes.UnexpectedCharacter, 6)]
    [InlineData("乌兰镇政函〔2022〕297号附件", ParseCodes.UnexpectedCharacter, 15)]
    [InlineData("", ParseCodes.EmptyText, 0)]
    [InlineData(null, ParseCodes.NullText, 0)]
    public void Strict_parsing_refuses_every_departure_from_the_standard(string? text, string code, int position)
    {
        var result = DocumentNumber.ParseStrict(text);

        result.Success.Should().BeFalse();
        result.Error!.Code.Should().Be(code);
        result.Error.Position.Should().Be(position);
        DocumentNumber.TryParse(text, out var number).Should().BeFalse();
        number.Should().Be(default(DocumentNumber));
    }

    [Theory]
    [InlineData("乌兰镇政函297号", ParseCodes.MissingYearBrackets)]
    [InlineData("[2022]297号", ParseCodes.MissingIssuerCode)]
    [InlineData("乌兰镇政函[22]297号", ParseCodes.YearNotFourDigits)]
    [InlineData("乌兰镇政函[2022]号", ParseCodes.MissingSerial)]
    [InlineData("乌兰镇政函[2022]0号", ParseCodes.MissingSerial)]
    [InlineData("乌兰镇政函[2022]297号x", ParseCodes.UnexpectedCharacter)]
    [InlineData("乌兰镇政函[2022]9999999999号", ParseCodes.NumberTooLarge)]
    public void Lenient_parsing_still_refuses_what_is_not_a_number(string text, string code) =>
        DocumentNumber.ParseLenient(text).Error!.Code.Should().Be(code);

    [Theory]
    [InlineData("乌兰镇政函297号", ParseCodes.MissingYearBrackets, 9, 0)]
    [InlineData("[2022]297号", ParseCodes.MissingIssuerCode, 0, 0)]
    [InlineData("乌兰镇政函[22]297号", ParseCodes.YearNotFourDigits, 6, 2)]
    [InlineData("乌兰镇政函[20x2]297号", ParseCodes.MissingYearBrackets, 8, 1)]
    [InlineData("乌兰镇政函[2022]号", ParseCodes.MissingSerial, 11, 0)]
    [InlineData("乌兰镇政函[2022]第号", ParseCodes.MissingSerial, 12, 0)]
    [InlineData("乌兰镇政函[2022]0号", ParseCodes.MissingSerial, 11, 1)]
    [InlineData("乌兰镇政函[2022]29x7号", ParseCodes.UnexpectedCharacter, 13, 1)]
    [InlineData("乌兰镇政函[2022]297号x", ParseCodes.UnexpectedCharacter, 15, 1)]
    [InlineData(" 乌兰镇政函[2022 297号", ParseCodes.UnexpectedCharacter, 15, 1)]
    [InlineData("乌兰镇政函[2022]9999999999号", ParseCodes.NumberTooLarge, 11, 10)]
    public void A_lenient_refusal_marks_the_characters_at_fault(string text, string code, int position, int length)
    {
        var error = DocumentNumber.ParseLenient(text).Error!;

        (error.Code, error.Position, error.Length).Should().Be((code, position, length));
    }

    [Fact]
    public void A_lenient_error_points_into_the_text_as_given()
    {
        var error = DocumentNumber.ParseLenient("  乌兰镇政函 [2022] 297号x").Error!;

        error.Code.Should().Be(ParseCodes.UnexpectedCharacter);
        error.Position.Should().Be(19);
    }

    [Fact]
    public void The_constructor_refuses_impossible_components()
    {
        ((Action)(() => _ = new DocumentNumber("", 2022, 1))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new DocumentNumber("国发〔", 2022, 1))).Should().Throw<ArgumentException>().WithMessage("*〔*");
        ((Action)(() => _ = new DocumentNumber(null!, 2022, 1))).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new DocumentNumber("国发", 22, 1))).Should().Throw<ArgumentOutOfRangeException>();
        ((Action)(() => _ = new DocumentNumber("国发", 2022, 0))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Equality_is_on_the_components()
    {
        (DocumentNumber.Parse("乌兰镇政函〔2022〕297号") == Seed).Should().BeTrue();
        (Seed != new DocumentNumber("乌兰镇政函", 2022, 298)).Should().BeTrue();
        Seed.Should().NotBe(new DocumentNumber("乌兰镇政函", 2021, 297));
        Seed.Should().NotBe(new DocumentNumber("乌兰镇政发", 2022, 297));
        Seed.GetHashCode().Should().Be(DocumentNumber.ParseLenient("乌兰镇政函[2022]297号").Value.GetHashCode());
        default(DocumentNumber).ToString().Should().BeEmpty();
    }

    private static readonly Gen<DocumentNumber> Numbers =
        Gen.Select(
            Gen.Char["国发政办函字委厅局乌兰镇审旗安"].Array[1, 8].Select(c => new string(c)),
            Gen.Int[1000, 9999],
            Gen.Int[1, 999_999_999],
            (code, year, serial) => new DocumentNumber(code, year, serial));

    [Fact]
    public void Canonical_format_then_strict_parse_returns_the_number() =>
        Numbers.Sample(number =>
        {
            DocumentNumber.ParseStrict(number.ToString()).Value.Should().Be(number);
            DocumentNumber.TryParseStrict(number.ToString().AsSpan(), out var quick).Should().BeTrue();
            quick.Should().Be(number);
            DocumentNumber.ParseLenient(number.ToString()).Notes.Should().BeEmpty();
        });

    [Fact]
    public void Lenient_parse_of_any_string_never_throws() =>
        Gen.String.Sample(text =>
        {
            var result = DocumentNumber.ParseLenient(text);
            if (!result.Success)
            {
                result.Error!.Position.Should().BeInRange(0, text.Length);
            }
        }, iter: Iterations.Of(20_000));

    [Fact]
    public void Lenient_parse_of_number_like_strings_never_throws() =>
        Gen.Char["乌兰镇政函国发〔〕[]()（）【】0123456789０１２第字号 "].Array[0, 24].Select(c => new string(c)).Sample(text =>
        {
            var lenient = DocumentNumber.ParseLenient(text);
            var strict = DocumentNumber.ParseStrict(text);
            if (strict.Success)
            {
                lenient.Value.Should().Be(strict.Value);
            }

            if (!lenient.Success)
            {
                lenient.Error!.Position.Should().BeInRange(0, text.Length);
            }
        }, iter: Iterations.Of(20_000));
}
