using System.Globalization;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Tests.Text;

public class ParseDiagnosticTests
{
    [Fact]
    public void Library_diagnostics_take_their_message_from_the_catalogue_in_both_languages()
    {
        var diagnostic = ParseDiagnostic.Create(
            ParseCodes.TextTooLong, 0, 0, DiagnosticArguments.Create(("length", 100_000), ("maximum", 4096)));

        diagnostic.Message.English.Should().Be("The text is 100000 characters long; at most 4096 are read.");
        diagnostic.Message.Chinese.Should().Be("文本长度为 100000 个字符，最多只读取 4096 个字符。");
        diagnostic.GetMessage(CultureInfo.GetCultureInfo("zh-CN")).Should().Be(diagnostic.Message.Chinese);
        diagnostic.GetMessage(CultureInfo.InvariantCulture).Should().Be(diagnostic.Message.English);
    }

    [Fact]
    public void A_message_of_the_callers_own_is_kept()
    {
        var message = new LocalizedText("Bad banner count.", "横幅数量有误。");
        var diagnostic = new ParseDiagnostic("TOWN001", 3, 2, message);

        diagnostic.Message.Should().BeSameAs(message);
        diagnostic.Arguments.Should().BeSameAs(DiagnosticArguments.Empty);
        diagnostic.ToString().Should().StartWith("TOWN001 at 3: ");
    }

    [Fact]
    public void A_diagnostic_without_arguments_has_empty_ones_and_keeps_its_message()
    {
        var diagnostic = new ParseDiagnostic("TOWN002", 0, 1, new LocalizedText("Bad.", "不对。"));
        var catalogued = ChineseNumerals.ParseDetailed("五x").Error!;

        diagnostic.Arguments.Should().BeEmpty();
        diagnostic.Arguments.Should().BeSameAs(DiagnosticArguments.Empty);
        catalogued.Message.Should().BeSameAs(catalogued.Message, "a catalogue message is built once and kept");
        diagnostic.Equals((ParseDiagnostic?)null).Should().BeFalse();
    }

    [Fact]
    public void A_template_placeholder_without_its_argument_is_kept_as_written()
    {
        var message = MessageCatalog.Format(ParseCodes.UnknownPeriod, DiagnosticArguments.Empty);

        message.English.Should().Be("'{text}' is not a reporting period.");
        message.Chinese.Should().Be("“{text}”不是统计时段。");
        MessageCatalog.Format(ParseCodes.UnknownPeriod, DiagnosticArguments.Create(("text", "汛期"))).English.Should().Be("'汛期' is not a reporting period.");
    }

    [Fact]
    public void Location_and_code_are_checked()
    {
        var message = new LocalizedText("x", "x");

        ((Action)(() => _ = new ParseDiagnostic(null!, 0, 0, message))).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new ParseDiagnostic(" ", 0, 0, message))).Should().Throw<ArgumentException>().WithMessage("A diagnostic code must not be empty.*");
        ((Action)(() => _ = new ParseDiagnostic("X", -1, 0, message))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The position must not be negative.*").WithParameterName("position");
        ((Action)(() => _ = new ParseDiagnostic("X", 0, -1, message))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The length must not be negative.*").WithParameterName("length");
        ((Action)(() => _ = new ParseDiagnostic("X", 0, 0, null!))).Should().Throw<ArgumentNullException>().WithParameterName("message");
    }

    [Fact]
    public void Equality_compares_code_location_arguments_and_message()
    {
        var a = ParseDiagnostic.Create(ParseCodes.UnexpectedCharacter, 4, 1, DiagnosticArguments.Create(("character", "年")));
        var b = ParseDiagnostic.Create(ParseCodes.UnexpectedCharacter, 4, 1, DiagnosticArguments.Create(("character", "年")));
        var moved = ParseDiagnostic.Create(ParseCodes.UnexpectedCharacter, 5, 1, DiagnosticArguments.Create(("character", "年")));
        var otherCharacter = ParseDiagnostic.Create(ParseCodes.UnexpectedCharacter, 4, 1, DiagnosticArguments.Create(("character", "月")));

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(moved);
        a.Should().NotBe(otherCharacter);
    }

    [Fact]
    public void Shifting_moves_the_position_and_keeps_the_rest()
    {
        var inner = ParseDiagnostic.Create(ParseCodes.UnexpectedCharacter, 2, 1, DiagnosticArguments.Create(("character", "x")));

        var shifted = inner.Shift(10);

        shifted.Position.Should().Be(12);
        shifted.Length.Should().Be(1);
        shifted.Code.Should().Be(inner.Code);
        shifted.Message.Should().Be(inner.Message);
        inner.Shift(0).Should().BeSameAs(inner);
    }
}
