using CsCheck;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;

namespace SafetyModel.Tests.Documents;

/// <summary>
/// Issue 22 and issue 28 item 10: traditional 號 and brackets, invisible and bidirectional-control characters, and
/// the yearless numbers of orders (令) and notices (公告).
/// </summary>
public class DocumentNumberVariantsTests
{
    [Fact]
    public void A_traditional_number_reads_leniently_with_its_issuer_code_as_written()
    {
        var result = DocumentNumber.ParseLenient("穗府辦[2010]15號");

        result.Value.ToString().Should().Be("穗府辦〔2010〕15号");
        result.Value.IssuerCode.Should().Be("穗府辦");
        result.Notes.Select(n => n.Code).Should().BeEquivalentTo(new[] { ParseCodes.BracketsNormalised, ParseCodes.TraditionalHaoRead });
        result.Notes.Single(n => n.Code == ParseCodes.TraditionalHaoRead).Position.Should().Be(11);
    }

    [Theory]
    [InlineData("穗府辦[2010]15號", ParseCodes.MissingYearBrackets, 3)]
    [InlineData("穗府辦〔2010〕15號", ParseCodes.TraditionalHao, 11)]
    [InlineData("周政〔2011〕53號", ParseCodes.TraditionalHao, 10)] // as printed on a traditional mirror: https://www.jendow.com.tw/wiki/%E5%91%A8%E5%8F%A3%E5%B8%82%E8%A6%8F%E7%AF%84%E6%80%A7%E6%AA%94%E6%A1%88%E7%AE%A1%E7%90%86%E8%A6%8F%E5%AE%9A
    public void Strict_reading_refuses_the_traditional_hao(string text, string code, int position)
    {
        var error = DocumentNumber.ParseStrict(text).Error!;

        (error.Code, error.Position).Should().Be((code, position));
    }

    [Theory]
    [InlineData("乌兰镇政函\u202e〔2022〕297号", 5)]
    [InlineData("乌兰镇政函〔2022〕\u200b297号", 11)]
    [InlineData("\ufeff乌兰镇政函〔2022〕297号", 0)]
    [InlineData("乌兰\u00ad镇政函〔2022〕297号", 2)]
    [InlineData("乌兰镇政函〔2022〕297号\u2060", 15)]
    [InlineData("某某部令第\u200f15号", 5)]
    public void Strict_reading_refuses_invisible_characters_and_lenient_reading_removes_them(string text, int position)
    {
        var strict = DocumentNumber.ParseStrict(text);
        var lenient = DocumentNumber.ParseLenient(text);

        (strict.Error!.Code, strict.Error.Position).Should().Be((ParseCodes.InvisibleCharacter, position));
        strict.Error.Arguments["character"].Should().Be("U+" + ((int)text[position]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        lenient.Success.Should().BeTrue();
        lenient.Value.ToString().Should().NotContain(text[position].ToString());
        lenient.Notes.Should().ContainSingle(n => n.Code == ParseCodes.InvisibleCharacterRemoved).Which.Position.Should().Be(position);
    }

    [Fact]
    public void Numbers_that_look_the_same_compare_the_same_after_lenient_reading() =>
        DocumentNumber.ParseLenient("乌兰镇政函\u200b〔2022〕297号").Value.Should().Be(new DocumentNumber("乌兰镇政函", 2022, 297));

    [Fact]
    public void An_invisible_character_cannot_be_put_in_an_issuer_code() =>
        FluentActions.Invoking(() => new DocumentNumber("国\u202e发", 2022, 1)).Should().Throw<ArgumentException>();

    [Theory]
    [InlineData("某某部令第15号", "某某部令", 15)]
    [InlineData("某省人民政府令第201号", "某省人民政府令", 201)]
    [InlineData("某市人大常委会公告第7号", "某市人大常委会公告", 7)]
    [InlineData("国务院令第493号", "国务院令", 493)]
    [InlineData("第15号", "", 15)]
    public void Orders_and_notices_are_numbered_without_a_year(string text, string issuer, int serial)
    {
        var result = DocumentNumber.ParseStrict(text);

        result.Success.Should().BeTrue();
        result.Value.Kind.Should().Be(DocumentNumberKind.Sequential);
        (result.Value.IssuerCode, result.Value.Year, result.Value.Serial).Should().Be((issuer, 0, serial));
        result.Value.ToString().Should().Be(text);
        result.Value.Should().Be(DocumentNumber.Sequential(issuer, serial));
        DocumentNumber.TryParse(text, out var quick).Should().BeTrue();
        quick.Should().Be(result.Value);
    }

    [Theory]
    [InlineData("某某部令第015号", ParseCodes.SerialLeadingZeros, ParseCodes.SerialLeadingZerosRemoved)]
    [InlineData("某某部令第15號", ParseCodes.TraditionalHao, ParseCodes.TraditionalHaoRead)]
    [InlineData("某某部令第15", ParseCodes.MissingHao, ParseCodes.HaoAdded)]
    [InlineData("某某部令 第15号", ParseCodes.UnexpectedCharacter, ParseCodes.SpacesIgnored)]
    [InlineData("某某部令第１５号", ParseCodes.UnexpectedCharacter, ParseCodes.FullWidthDigits)]
    public void An_order_number_has_strict_rules_of_its_own_and_lenient_reading_notes_each_variant(string text, string strictError, string lenientNote)
    {
        DocumentNumber.ParseStrict(text).Error!.Code.Should().Be(strictError);
        var lenient = DocumentNumber.ParseLenient(text);
        lenient.Value.Kind.Should().Be(DocumentNumberKind.Sequential);
        lenient.Notes.Select(n => n.Code).Should().Contain(lenientNote);
    }

    [Theory]
    [InlineData("国发第15号")]
    [InlineData("某某部通知第15号")]
    public void A_number_that_is_no_order_or_notice_still_needs_its_year(string text) =>
        DocumentNumber.ParseLenient(text).Error!.Code.Should().Be(ParseCodes.MissingYearBrackets);

    [Fact]
    public void A_dated_number_is_of_the_dated_kind() =>
        DocumentNumber.Parse("国发〔2018〕1号").Kind.Should().Be(DocumentNumberKind.Dated);

    [Fact]
    public void An_order_number_names_an_order_or_notice() =>
        FluentActions.Invoking(() => DocumentNumber.Sequential("国发", 1)).Should().Throw<ArgumentException>();

    [Fact]
    public void A_strict_number_never_holds_an_invisible_character_and_a_lenient_one_never_keeps_one() =>
        Gen.Char["乌兰镇政函府辦令公告第〔〕[]()0123456789号號 \u200b\u200f\u202a\u202e\u2060\u2064\ufeff\u00ad(fā)"].Array[0, 24]
            .Select(c => new string(c)).Sample(text =>
            {
                var strict = DocumentNumber.ParseStrict(text);
                var lenient = DocumentNumber.ParseLenient(text);
                if (strict.Success)
                {
                    strict.Value.ToString().Should().Be(text);
                    text.Should().NotContainAny("\u200b", "\u200f", "\u202a", "\u202e", "\u2060", "\u2064", "\ufeff", "\u00ad", "號");
                }

                if (lenient.Success)
                {
                    lenient.Value.ToString().Should().NotContainAny("\u200b", "\u200f", "\u202a", "\u202e", "\u2060", "\u2064", "\ufeff", "\u00ad", "號");
                    DocumentNumber.ParseStrict(lenient.Value.ToString()).Value.Should().Be(lenient.Value);
                }
                else
                {
                    lenient.Error!.Position.Should().BeInRange(0, text.Length);
                }
            }, iter: Iterations.Of(20_000));
}
