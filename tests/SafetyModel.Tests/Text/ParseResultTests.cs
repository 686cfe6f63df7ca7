using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Tests.Text;

public class ParseResultTests
{
    private static readonly ParseDiagnostic Failure =
        ParseDiagnostic.Create(ParseCodes.UnexpectedCharacter, 3, 1, DiagnosticArguments.Create(("character", "x")));

    private static readonly ParseDiagnostic Note =
        new("NOTE1", 0, 2, new LocalizedText("Zero padding removed.", "去掉了补零。"));

    [Fact]
    public void A_successful_result_has_its_value_and_no_error()
    {
        var result = ParseResult<int>.ForValue(297);

        result.Success.Should().BeTrue();
        result.Value.Should().Be(297);
        result.GetValueOrThrow().Should().Be(297);
        result.Error.Should().BeNull();
        result.Notes.Should().BeEmpty();
        result.ToString().Should().Be("Success: 297");
    }

    [Fact]
    public void A_successful_result_keeps_its_notes_in_order()
    {
        var second = new ParseDiagnostic("NOTE2", 5, 1, new LocalizedText("b", "乙"));

        var result = ParseResult<int>.ForValue(7, new[] { Note, second }, "2022年07月07日");

        result.Success.Should().BeTrue();
        result.Notes.Should().Equal(Note, second);
        result.Text.Should().Be("2022年07月07日");
    }

    [Fact]
    public void A_failed_result_throws_the_documented_exception_only_when_the_value_is_asked_for()
    {
        var result = ParseResult<int>.ForError(Failure, "12x4");

        result.Success.Should().BeFalse();
        result.Error.Should().BeSameAs(Failure);

        var read = () => result.Value;
        read.Should().Throw<ParseException>()
            .Where(e => ReferenceEquals(e.Diagnostic, Failure) && e.Text == "12x4")
            .WithMessage("SM0004 at 3: *(text: \"12x4\")");
        ((Func<int>)result.GetValueOrThrow).Should().Throw<ParseException>();
        result.Exception.Should().BeOfType<ParseException>().Which.Should().BeAssignableTo<FormatException>();
    }

    [Fact]
    public void Asking_a_success_for_its_exception_is_a_programming_error()
    {
        var result = ParseResult<int>.ForValue(1);

        var read = () => result.Exception;

        read.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void TryGetValue_returns_the_fallback_on_failure()
    {
        ParseResult<int>.ForError(Failure).TryGetValue(-1, out var failed).Should().BeFalse();
        failed.Should().Be(-1);

        ParseResult<int>.ForValue(8).TryGetValue(-1, out var parsed).Should().BeTrue();
        parsed.Should().Be(8);
    }

    [Fact]
    public void Convert_maps_successes_and_carries_failures()
    {
        var success = ParseResult<int>.ForValue(8, new[] { Note }, "8").Convert(i => i * 2);
        var failure = ParseResult<int>.ForError(Failure, "x", new[] { Note }).Convert(i => i * 2);

        success.Value.Should().Be(16);
        success.Notes.Should().Equal(Note);
        success.Text.Should().Be("8");
        failure.Success.Should().BeFalse();
        failure.Error.Should().BeSameAs(Failure);
        failure.Notes.Should().Equal(Note);
    }

    [Fact]
    public void Convert_does_not_call_the_projection_on_failure()
    {
        var called = false;

        ParseResult<int>.ForError(Failure).Convert(i => called = true);

        called.Should().BeFalse();
    }

    [Fact]
    public void ConvertError_retypes_a_failure_and_refuses_a_success()
    {
        var retyped = ParseResult<int>.ForError(Failure, "x").ConvertError<string>();
        var misuse = () => ParseResult<int>.ForValue(1).ConvertError<string>();

        retyped.Error.Should().BeSameAs(Failure);
        retyped.Text.Should().Be("x");
        misuse.Should().Throw<InvalidOperationException>().WithMessage("ConvertError can only be used on a failed parse result.");
        ((Func<ParseException>)(() => ParseResult<int>.ForValue(1).Exception)).Should().Throw<InvalidOperationException>()
            .WithMessage("The parse succeeded; there is no exception to build.");
    }

    [Fact]
    public void The_exception_quotes_up_to_80_characters_of_the_text()
    {
        var eighty = new string('x', 80);

        ParseResult<int>.ForError(Failure, eighty).Exception.Message.Should().EndWith("(text: \"" + eighty + "\")");
        ParseResult<int>.ForError(Failure, eighty + "y").Exception.Message.Should().EndWith("(text: \"" + eighty + "…\")");
    }

    [Fact]
    public void Null_errors_and_notes_are_rejected()
    {
        ((Action)(() => ParseResult<int>.ForError(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => ParseResult<int>.ForValue(1, null!))).Should().Throw<ArgumentNullException>().WithParameterName("notes");
        ((Action)(() => ParseResult<int>.ForValue(1, new ParseDiagnostic[] { null! }))).Should().Throw<ArgumentNullException>()
            .WithMessage("A parse note must not be null.*").WithParameterName("notes");
        ((Action)(() => ParseResult<int>.ForValue(1).Convert<int>(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ToString_of_a_failure_names_the_code_and_position()
    {
        ParseResult<int>.ForError(Failure).ToString().Should().StartWith("Failure: SM0004 at 3: ");
    }

    [Fact]
    public void The_exception_shortens_a_long_text_in_its_message()
    {
        var text = new string('一', 500);

        var exception = new ParseException(Failure, text);

        exception.Message.Should().Contain(new string('一', 80) + "…").And.NotContain(new string('一', 81));
        exception.Text.Should().BeSameAs(text);
    }
}
