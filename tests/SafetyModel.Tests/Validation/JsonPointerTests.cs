using CsCheck;
using SafetyModel.Diagnostics;
using SafetyModel.Text;
using SafetyModel.Validation;

namespace SafetyModel.Tests.Validation;

public class JsonPointerTests
{
    [Fact]
    public void The_default_pointer_is_the_root()
    {
        default(JsonPointer).IsRoot.Should().BeTrue();
        JsonPointer.Root.ToString().Should().BeEmpty();
        JsonPointer.Root.Segments.Should().BeEmpty();
        JsonPointer.Root.Parent.Should().Be(JsonPointer.Root);
    }

    [Fact]
    public void Appending_escapes_tilde_and_slash_as_RFC_6901_requires()
    {
        var pointer = JsonPointer.Root.Append("a/b").Append("m~n").Append(3);

        pointer.ToString().Should().Be("/a~1b/m~0n/3");
        pointer.Segments.Should().Equal("a/b", "m~n", "3");
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("/foo", new[] { "foo" })]
    [InlineData("/foo/0", new[] { "foo", "0" })]
    [InlineData("/", new[] { "" })]
    [InlineData("/a~1b", new[] { "a/b" })]
    [InlineData("/c%d", new[] { "c%d" })]
    [InlineData("/m~0n", new[] { "m~n" })]
    [InlineData("/~01", new[] { "~1" })]
    [InlineData("/statedFigures/3/quantity", new[] { "statedFigures", "3", "quantity" })]
    public void The_examples_of_RFC_6901_parse_to_their_reference_tokens(string text, string[] segments)
    {
        var pointer = JsonPointer.Parse(text);

        pointer.Segments.Should().Equal(segments);
        pointer.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("foo", ParseCodes.JsonPointerMustStartWithSlash, 0, 1)]
    [InlineData("/a~2", ParseCodes.JsonPointerBadEscape, 2, 2)]
    [InlineData("/a~2/b", ParseCodes.JsonPointerBadEscape, 2, 2)]
    [InlineData("/a~", ParseCodes.JsonPointerBadEscape, 2, 1)]
    [InlineData("/~/b", ParseCodes.JsonPointerBadEscape, 1, 2)]
    [InlineData(null, ParseCodes.NullText, 0, 0)]
    public void Malformed_pointers_fail_with_code_position_and_length(string? text, string code, int position, int length)
    {
        var result = JsonPointer.ParseDetailed(text);

        result.Success.Should().BeFalse();
        result.Error!.Code.Should().Be(code);
        result.Error.Position.Should().Be(position);
        result.Error.Length.Should().Be(length);
        JsonPointer.TryParse(text, out var fallback).Should().BeFalse();
        fallback.Should().Be(JsonPointer.Root);
        var parse = () => JsonPointer.Parse(text!);
        parse.Should().Throw<ParseException>().Which.Diagnostic.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("~", "/~0")]
    [InlineData("~1", "/~01")]
    [InlineData("/", "/~1")]
    [InlineData("/~", "/~1~0")]
    [InlineData("~/", "/~0~1")]
    [InlineData("a~", "/a~0")]
    public void Appending_escapes_a_tilde_or_slash_at_any_place_in_the_name(string name, string expected)
    {
        var pointer = JsonPointer.Root.Append(name);

        pointer.ToString().Should().Be(expected);
        pointer.Segments.Should().Equal(name);
    }

    [Fact]
    public void Appending_a_relative_pointer_joins_the_tokens()
    {
        var document = JsonPointer.Parse("/document");

        document.Append(JsonPointer.Parse("/date")).Should().Be(JsonPointer.Parse("/document/date"));
        document.Append(JsonPointer.Root).Should().Be(document);
        JsonPointer.Root.Append(document).Should().Be(document);
        JsonPointer.Root.Append(JsonPointer.Root).IsRoot.Should().BeTrue();
    }

    [Fact]
    public void The_parent_of_a_one_token_pointer_is_the_root()
    {
        var parent = JsonPointer.Parse("/figures").Parent;

        parent.IsRoot.Should().BeTrue();
        parent.ToString().Should().BeEmpty();
        parent.Should().Be(JsonPointer.Root);
        parent.GetHashCode().Should().Be(JsonPointer.Root.GetHashCode());
        JsonPointer.Parse("/").Parent.IsRoot.Should().BeTrue();
    }

    [Fact]
    public void Parent_drops_the_last_token()
    {
        var pointer = JsonPointer.Parse("/statedFigures/3/quantity");

        pointer.Parent.Should().Be(JsonPointer.Parse("/statedFigures/3"));
        pointer.Parent.Parent.Parent.Should().Be(JsonPointer.Root);
    }

    [Theory]
    [InlineData("/a/b", "/a", true)]
    [InlineData("/a", "/a", true)]
    [InlineData("/a/b", "", true)]
    [InlineData("/ab", "/a", false)]
    [InlineData("/a", "/a/b", false)]
    public void IsWithin_compares_whole_tokens(string inner, string outer, bool expected) =>
        JsonPointer.Parse(inner).IsWithin(JsonPointer.Parse(outer)).Should().Be(expected);

    [Fact]
    public void Negative_indexes_and_null_names_are_rejected()
    {
        ((Action)(() => JsonPointer.Root.Append(-1))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("An array index must not be negative.*").Which.ParamName.Should().Be("index");
        ((Action)(() => JsonPointer.Root.Append(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Equality_is_by_text()
    {
        var a = JsonPointer.Root.Append("figures").Append(0);
        var b = JsonPointer.Parse("/figures/0");

        (a == b).Should().BeTrue();
        (a != JsonPointer.Root).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals((object)b).Should().BeTrue();
        default(JsonPointer).Should().Be(JsonPointer.Parse(""));
    }

    [Fact]
    public void Any_member_names_survive_append_then_parse() =>
        Gen.String.Array[0, 6].Sample(names =>
        {
            var pointer = names.Aggregate(JsonPointer.Root, (p, name) => p.Append(name));

            var reparsed = JsonPointer.Parse(pointer.ToString());

            reparsed.Should().Be(pointer);
            reparsed.Segments.Should().Equal(names);
        });
}
