using CsCheck;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Tests.Text;

public class ChineseNumeralsTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("〇", 0L)]
    [InlineData("零", 0L)]
    [InlineData("五", 5L)]
    [InlineData("两", 2L)]
    [InlineData("十", 10L)]
    [InlineData("十七", 17L)]
    [InlineData("二十", 20L)]
    [InlineData("一百零五", 105L)]
    [InlineData("一百一十", 110L)]
    [InlineData("一千零十", 1010L)]
    [InlineData("两千", 2000L)]
    [InlineData("三千二百", 3200L)]
    [InlineData("一万零五", 10005L)]
    [InlineData("十万零一十", 100010L)]
    [InlineData("三万二千", 32000L)]
    [InlineData("一亿零五百万", 105000000L)]
    [InlineData("三亿五千万", 350000000L)]
    [InlineData("一万亿", 1000000000000L)]
    [InlineData("一万二千三百四十五亿六千七百八十九万零一百二十三", 1234567890123L)]
    [InlineData("壹仟零伍", 1005L)]
    [InlineData("壹拾柒", 17L)]
    [InlineData("贰万叁仟肆佰伍拾陆", 23456L)]
    [InlineData("297", 297L)]
    [InlineData("２９７", 297L)]
    [InlineData("3万", 30000L)]
    [InlineData("1.5万", 15000L)]
    [InlineData("300万", 3000000L)]
    [InlineData("12亿3000万", 1230000000L)]
    [InlineData("二〇二二", 2022L)]
    [InlineData("一九四九", 1949L)]
    [InlineData(" 五百 ", 500L)]
    [InlineData("一万五", 15000L)]
    [InlineData("三百五", 350L)]
    [InlineData("0.5万", 5000L)]
    [InlineData("1.5万3千", 18000L)]
    [InlineData("10万", 100000L)]
    [InlineData("２万", 20000L)]
    [InlineData("9999999999999999", 9999999999999999L)]
    [InlineData("九九九九九九九九九九九九九九九九", 9999999999999999L)]
    [InlineData("〇九九九九九九九九九九九九九九九九", 9999999999999999L)]
    public void Reads_every_accepted_form(string text, long expected)
    {
        ChineseNumerals.TryParse(text, out var value).Should().BeTrue();
        value.Should().Be(expected);
        ChineseNumerals.Parse(text).Should().Be(expected);
        ChineseNumerals.ParseDetailed(text).Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("十百", ParseCodes.MisplacedNumeralUnit, 1)]
    [InlineData("百", ParseCodes.MisplacedNumeralUnit, 0)]
    [InlineData("一万二千万", ParseCodes.MisplacedNumeralUnit, 4)]
    [InlineData("二十三十", ParseCodes.MisplacedNumeralUnit, 3)]
    [InlineData("五x", ParseCodes.UnexpectedCharacter, 1)]
    [InlineData("三五百", ParseCodes.UnexpectedCharacter, 1)]
    [InlineData("", ParseCodes.EmptyText, 0)]
    [InlineData("   ", ParseCodes.EmptyText, 0)]
    [InlineData("1.5", ParseCodes.NotAnInteger, 0)]
    [InlineData("一亿亿", ParseCodes.MisplacedNumeralUnit, 2)]
    [InlineData("99999999999999999999", ParseCodes.NumberTooLarge, 0)]
    [InlineData("  x", ParseCodes.UnexpectedCharacter, 2)]
    [InlineData("1000000000000000千", ParseCodes.NumberTooLarge, 16)]
    [InlineData("9999999999999999十", ParseCodes.NumberTooLarge, 16)]
    [InlineData("1x万", ParseCodes.UnexpectedCharacter, 1)]
    [InlineData("五3", ParseCodes.UnexpectedCharacter, 1)]
    [InlineData("二〇2二", ParseCodes.UnexpectedCharacter, 2)]
    [InlineData("3五", ParseCodes.UnexpectedCharacter, 0)]
    [InlineData("１２３４５６７８９０１２３４５６７８９", ParseCodes.NumberTooLarge, 0)]
    [InlineData("五3万", ParseCodes.UnexpectedCharacter, 1)]
    [InlineData("123456789012345678万", ParseCodes.NumberTooLarge, 0)]
    [InlineData("1000000000亿", ParseCodes.NumberTooLarge, 10)]
    [InlineData("99999999亿99999999万", ParseCodes.NumberTooLarge, 0)]
    [InlineData("一〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇〇", ParseCodes.NumberTooLarge, 0)]
    [InlineData("九九九九九九九九九九九九九九九九九九九九", ParseCodes.NumberTooLarge, 0)]
    [InlineData("两两", ParseCodes.UnexpectedCharacter, 0)]
    [InlineData("1.万", ParseCodes.UnexpectedCharacter, 1)]
    public void Refuses_malformed_numerals_saying_what_and_where(string text, string code, int position)
    {
        var result = ChineseNumerals.ParseDetailed(text);

        result.Success.Should().BeFalse();
        result.Error!.Code.Should().Be(code);
        result.Error.Position.Should().Be(position);
        ChineseNumerals.TryParse(text, out _).Should().BeFalse();
        ((Func<long>)(() => ChineseNumerals.Parse(text))).Should().Throw<ParseException>().Which.Diagnostic.Code.Should().Be(code);
    }

    [Fact]
    public void An_unexpected_character_is_named_in_both_languages()
    {
        var error = ChineseNumerals.ParseDetailed("五x").Error!;

        error.Message.English.Should().Be("The character 'x' cannot stand here.");
        error.Message.Chinese.Should().Be("此处不能出现字符“x”。");
    }

    [Fact]
    public void Null_is_a_failure_not_an_exception()
    {
        ChineseNumerals.ParseDetailed(null).Error!.Code.Should().Be(ParseCodes.NullText);
        ChineseNumerals.TryParse((string?)null, out _).Should().BeFalse();
    }

    [Fact]
    public void Abbreviated_numerals_are_read_with_a_note()
    {
        var result = ChineseNumerals.ParseDetailed("一万五");

        result.Value.Should().Be(15000);
        result.Notes.Should().ContainSingle().Which.Code.Should().Be(ParseCodes.AbbreviatedNumeral);
    }

    [Theory]
    [InlineData(".5", 0)]
    [InlineData("1.", 1)]
    [InlineData("1.2.3", 3)]
    public void A_decimal_point_needs_digits_on_both_sides(string text, int position)
    {
        var error = ChineseNumerals.ParseDecimalDetailed(text).Error!;

        (error.Code, error.Position).Should().Be((ParseCodes.UnexpectedCharacter, position));
    }

    [Fact]
    public void Seventeen_digits_with_a_decimal_point_are_read() =>
        ChineseNumerals.ParseDecimalDetailed("1234567890123456.7").Value.Should().Be(1234567890123456.7m);

    [Fact]
    public void A_decimal_beyond_the_largest_number_is_too_large() =>
        ChineseNumerals.ParseDecimalDetailed("9999999999999999.9").Error!.Code.Should().Be(ParseCodes.NumberTooLarge);

    [Theory]
    [InlineData("２９")]
    [InlineData("２万")]
    [InlineData("１.５万")]
    public void Any_number_of_full_width_digits_gives_one_note(string text) =>
        ChineseNumerals.ParseDecimalDetailed(text).Notes.Should().ContainSingle().Which.Code.Should().Be(ParseCodes.FullWidthDigits);

    [Fact]
    public void Full_width_digits_are_read_with_a_note()
    {
        ChineseNumerals.ParseDetailed("２９７").Notes.Should().ContainSingle().Which.Code.Should().Be(ParseCodes.FullWidthDigits);
        ChineseNumerals.ParseDetailed("297").Notes.Should().BeEmpty();
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("12.5万", 125000)]
    [InlineData("０．５", 0.5)]
    [InlineData("1.05", 1.05)]
    public void Decimals_are_read_by_the_decimal_forms(string text, double expected)
    {
        ChineseNumerals.TryParseDecimal(text.AsSpan(), out var value).Should().BeTrue();
        value.Should().Be((decimal)expected);
        ChineseNumerals.ParseDecimalDetailed(text).Value.Should().Be((decimal)expected);
    }

    [Theory]
    [InlineData(0L, "零", "零", "〇")]
    [InlineData(10L, "十", "壹拾", "一〇")]
    [InlineData(17L, "十七", "壹拾柒", "一七")]
    [InlineData(105L, "一百零五", "壹佰零伍", "一〇五")]
    [InlineData(110L, "一百一十", "壹佰壹拾", "一一〇")]
    [InlineData(1005L, "一千零五", "壹仟零伍", "一〇〇五")]
    [InlineData(10005L, "一万零五", "壹万零伍", "一〇〇〇五")]
    [InlineData(100010L, "十万零一十", "壹拾万零壹拾", "一〇〇〇一〇")]
    [InlineData(2022L, "二千零二十二", "贰仟零贰拾贰", "二〇二二")]
    [InlineData(105000000L, "一亿零五百万", "壹亿零伍佰万", "一〇五〇〇〇〇〇〇")]
    [InlineData(100000005L, "一亿零五", "壹亿零伍", "一〇〇〇〇〇〇〇五")]
    [InlineData(1000000000000L, "一万亿", "壹万亿", "一〇〇〇〇〇〇〇〇〇〇〇〇")]
    [InlineData(100000000L, "一亿", "壹亿", "一〇〇〇〇〇〇〇〇")]
    [InlineData(1000000000L, "十亿", "壹拾亿", "一〇〇〇〇〇〇〇〇〇")]
    [InlineData(1010000000L, "十亿一千万", "壹拾亿壹仟万", "一〇一〇〇〇〇〇〇〇")]
    [InlineData(1009999999L, "十亿零九百九十九万九千九百九十九", "壹拾亿零玖佰玖拾玖万玖仟玖佰玖拾玖", "一〇〇九九九九九九九")]
    [InlineData(100001000L, "一亿零一千", "壹亿零壹仟", "一〇〇〇〇一〇〇〇")]
    [InlineData(100000999L, "一亿零九百九十九", "壹亿零玖佰玖拾玖", "一〇〇〇〇〇九九九")]
    [InlineData(11000L, "一万一千", "壹万壹仟", "一一〇〇〇")]
    [InlineData(10999L, "一万零九百九十九", "壹万零玖佰玖拾玖", "一〇九九九")]
    [InlineData(10000L, "一万", "壹万", "一〇〇〇〇")]
    public void Formats_in_each_style(long value, string lowercase, string financial, string digits)
    {
        ChineseNumerals.Format(value).Should().Be(lowercase);
        ChineseNumerals.Format(value, ChineseNumeralStyle.Financial).Should().Be(financial);
        ChineseNumerals.Format(value, ChineseNumeralStyle.Digits).Should().Be(digits);
    }

    [Fact]
    public void Format_refuses_what_it_cannot_write()
    {
        ((Func<string>)(() => ChineseNumerals.Format(-1))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Only numbers from 0 to 9999999999999999 can be written.*").Which.ParamName.Should().Be("value");
        ((Func<string>)(() => ChineseNumerals.Format(ChineseNumerals.MaximumValue + 1))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Only numbers from 0 to 9999999999999999 can be written.*");
        ((Func<string>)(() => ChineseNumerals.Format(1, (ChineseNumeralStyle)9))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Unknown numeral style.*").Which.ParamName.Should().Be("style");
        ChineseNumerals.Format(ChineseNumerals.MaximumValue).Should().Be("九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九");
    }

    [Fact]
    public void A_fault_at_a_character_outside_the_basic_plane_spans_both_of_its_code_units()
    {
        var astral = ChineseNumerals.ParseDetailed("五𠀀").Error!;
        var lone = ChineseNumerals.ParseDetailed("五\ud840").Error!;

        astral.Code.Should().Be(ParseCodes.UnexpectedCharacter);
        astral.Position.Should().Be(1);
        astral.Length.Should().Be(2);
        lone.Position.Should().Be(1);
        lone.Length.Should().Be(1, "a high surrogate at the end has no partner");
    }

    [Fact]
    public void A_number_too_large_is_marked_from_where_it_becomes_too_large_to_the_end()
    {
        var error = ChineseNumerals.ParseDetailed("1000000000000000千").Error!;

        error.Code.Should().Be(ParseCodes.NumberTooLarge);
        error.Position.Should().Be(16);
        error.Length.Should().Be(1);
        ChineseNumerals.ParseDetailed("99999999999999999999").Error!.Length.Should().Be(20);
    }

    [Theory]
    [InlineData(ChineseNumeralStyle.Lowercase)]
    [InlineData(ChineseNumeralStyle.Financial)]
    [InlineData(ChineseNumeralStyle.Digits)]
    public void Format_then_parse_returns_the_value_for_any_integer_up_to_ten_to_the_twelfth(ChineseNumeralStyle style) =>
        Gen.Long[0, 1_000_000_000_000L].Sample(value =>
        {
            var text = ChineseNumerals.Format(value, style);
            ChineseNumerals.TryParse(text, out var parsed).Should().BeTrue(text);
            parsed.Should().Be(value, text);
        }, iter: Iterations.Of(20_000));

    [Fact]
    public void Format_then_parse_round_trips_up_to_the_maximum() =>
        Gen.Long[0, ChineseNumerals.MaximumValue].Sample(value =>
            ChineseNumerals.Parse(ChineseNumerals.Format(value)).Should().Be(value), iter: Iterations.Of(5_000));

    [Fact]
    public void Arbitrary_strings_never_throw_from_the_non_throwing_forms() =>
        Gen.String.Sample(text =>
        {
            ChineseNumerals.TryParse(text, out _).Should().Be(ChineseNumerals.ParseDetailed(text).Success);
            ChineseNumerals.TryParseDecimal(text.AsSpan(), out _).Should().Be(ChineseNumerals.ParseDecimalDetailed(text).Success);
        }, iter: Iterations.Of(20_000));

    [Fact]
    public void Strings_of_numeral_characters_never_throw_and_fail_with_a_diagnostic() =>
        Gen.Char["〇零一二两三四五六七八九十百千万亿壹拾佰仟0123456789."].Array[0, 30].Select(c => new string(c)).Sample(text =>
        {
            var result = ChineseNumerals.ParseDetailed(text);
            if (!result.Success)
            {
                result.Error!.Message.English.Should().NotBeNullOrEmpty();
                result.Error.Position.Should().BeInRange(0, text.Length);
            }
        }, iter: Iterations.Of(20_000));
}
