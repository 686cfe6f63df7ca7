using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Text;
using SafetyModel.Validation;

namespace SafetyModel.Tests.Text;

/// <summary>Malformed and hostile text never throws from the non-throwing forms, and always says why it failed.</summary>
public class HostileInputTests
{
    // Theory data travels between test processes as text, which would turn lone surrogates into U+FFFD;
    // the tests therefore take an index into this array.
    private static readonly string[] Texts =
    {
        string.Empty,
        "\0",
        "\u0001\u0002\u0003",
        "\t\r\n",
        "\uD800",
        "\uDC00五百",
        "五百\uD800",
        "\uD83D\uDE00份",
        "２０２２年\uD800月",
        new string('五', 100_000),
        new string('9', 100_000),
        string.Concat(Enumerable.Repeat("十", 100_000)),
        string.Concat(Enumerable.Repeat("一万", 50_000)),
        string.Concat(Enumerable.Repeat("2022年", 20_000)),
        new string('\u3000', 100_000),
        string.Concat(Enumerable.Repeat("〔", 100_000)),
        "~~~~",
        "/~",
        "-5次",
        "1e10",
        "NaN",
        "∞",
    };

    public static TheoryData<int> Inputs()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Texts.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Numerals_never_throw(int index)
    {
        var text = Texts[index];
        var result = ChineseNumerals.ParseDetailed(text);

        ChineseNumerals.TryParse(text, out _).Should().Be(result.Success);
        if (!result.Success)
        {
            result.Error!.Message.English.Should().NotBeNullOrEmpty();
        }

        ChineseNumerals.ParseDecimalDetailed(text).Success.Should().Be(ChineseNumerals.TryParseDecimal(text.AsSpan(), out _));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Dates_never_throw(int index)
    {
        var text = Texts[index];
        var result = ChineseDates.ParseDetailed(text);

        ChineseDates.TryParse(text, out _).Should().Be(result.Success);
        result.Success.Should().BeFalse();
        result.Error!.Position.Should().BeInRange(0, text.Length);
        ChineseDates.ParseDetailed(text, 2022).Success.Should().BeFalse();
        ChineseDates.ParseYearMonthDetailed(text, 2022).Success.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Quantities_never_throw(int index)
    {
        var text = Texts[index];
        var result = Quantity.ParseDetailed(text);

        Quantity.TryParse(text, out _).Should().Be(result.Success);
        result.Success.Should().BeFalse();
        result.Error!.Message.Chinese.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Periods_never_throw(int index)
    {
        var text = Texts[index];
        var result = ReportingPeriod.ParseDetailed(text, 2022);

        result.Success.Should().BeFalse();
        result.Error!.Message.English.Should().NotBeNullOrEmpty();
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Json_pointers_never_throw(int index)
    {
        var text = Texts[index];
        var result = JsonPointer.ParseDetailed(text);

        JsonPointer.TryParse(text, out _).Should().Be(result.Success);
    }

    [Fact]
    public void A_huge_number_fails_as_too_large_rather_than_overflowing()
    {
        ChineseNumerals.ParseDetailed(new string('9', 100_000)).Error!.Code.Should().Be(ParseCodes.NumberTooLarge);
        ChineseNumerals.ParseDetailed("九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九").Value.Should().Be(ChineseNumerals.MaximumValue);
        ChineseNumerals.ParseDetailed("10000000000000000").Error!.Code.Should().Be(ParseCodes.NumberTooLarge);
    }

    [Fact]
    public void A_lone_surrogate_is_reported_as_the_character_it_is()
    {
        var error = ChineseNumerals.ParseDetailed("五\uD800").Error!;

        error.Code.Should().Be(ParseCodes.UnexpectedCharacter);
        error.Position.Should().Be(1);
        error.Arguments["character"].Should().Be("\uD800");
    }
}
