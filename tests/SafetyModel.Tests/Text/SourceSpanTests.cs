using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Tests.Text;

/// <summary>A source span holds a place and the characters at it; it refuses a place that cannot be, and compares by all four.</summary>
public class SourceSpanTests
{
    private const string Sentence = "共召开了8次安全生产工作例会";

    [Fact]
    public void A_span_gives_back_what_it_was_made_of()
    {
        var span = new SourceSpan(5, 312, "8次", Sentence);

        span.Paragraph.Should().Be(5);
        span.Offset.Should().Be(312);
        span.Text.Should().Be("8次");
        span.Length.Should().Be(2);
        span.Sentence.Should().Be(Sentence);
        span.ToString().Should().Be("¶5 @312+2 “8次”");
    }

    [Fact]
    public void The_first_place_of_a_text_is_a_place()
    {
        var span = new SourceSpan(0, 0, Sentence, Sentence);

        span.Offset.Should().Be(0);
        span.Length.Should().Be(Sentence.Length);
    }

    [Fact]
    public void A_place_that_cannot_be_is_refused_naming_the_argument()
    {
        ((Func<SourceSpan>)(() => new SourceSpan(-1, 0, "8次", Sentence))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("A paragraph index must not be negative.*").Which.ParamName.Should().Be("paragraph");
        ((Func<SourceSpan>)(() => new SourceSpan(0, -1, "8次", Sentence))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("An offset must not be negative.*").Which.ParamName.Should().Be("offset");
        ((Func<SourceSpan>)(() => new SourceSpan(0, 0, null!, Sentence))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("text");
        ((Func<SourceSpan>)(() => new SourceSpan(0, 0, string.Empty, Sentence))).Should().Throw<ArgumentException>().WithMessage("A source span must hold at least one character.*").Which.ParamName.Should().Be("text");
        ((Func<SourceSpan>)(() => new SourceSpan(0, 0, "8次", null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("sentence");
        ((Func<SourceSpan>)(() => new SourceSpan(0, 0, "9次", Sentence))).Should().Throw<ArgumentException>().WithMessage("The sentence does not contain the span's text '9次'.*").Which.ParamName.Should().Be("sentence");
    }

    [Fact]
    public void Spans_are_equal_only_when_all_four_parts_are()
    {
        var span = new SourceSpan(5, 312, "8次", Sentence);

        span.Should().Be(new SourceSpan(5, 312, "8次", Sentence));
        span.GetHashCode().Should().Be(new SourceSpan(5, 312, "8次", Sentence).GetHashCode());
        span.Equals((object)new SourceSpan(5, 312, "8次", Sentence)).Should().BeTrue();
        span.Should().NotBe(new SourceSpan(4, 312, "8次", Sentence));
        span.Should().NotBe(new SourceSpan(5, 311, "8次", Sentence));
        span.Should().NotBe(new SourceSpan(5, 312, "8", Sentence));
        span.Should().NotBe(new SourceSpan(5, 312, "8次", Sentence + "。"));
        span.Equals((object)"8次").Should().BeFalse();
        span.Equals((SourceSpan?)null).Should().BeFalse();
    }
}
