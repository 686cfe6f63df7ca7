using CsCheck;
using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Text;
using SafetyModel.Validation;

namespace SafetyModel.Tests.Text;

public class DiagnosticArgumentsTests
{
    [Fact]
    public void Integers_of_every_width_become_long()
    {
        var arguments = DiagnosticArguments.Create(
            ("int", 7), ("short", (short)7), ("byte", (byte)7), ("sbyte", (sbyte)7), ("ushort", (ushort)7), ("uint", 7u), ("ulong", 7ul), ("long", 7L));

        arguments.Values.Should().AllBeOfType<long>().And.AllBeEquivalentTo(7L);
        DiagnosticArguments.Create(("negative", (sbyte)-7))["negative"].Should().Be(-7L);
    }

    [Fact]
    public void An_unsigned_long_past_the_range_of_long_becomes_decimal()
    {
        DiagnosticArguments.Create(("big", ulong.MaxValue))["big"].Should().Be(18_446_744_073_709_551_615m);
        DiagnosticArguments.Create(("edge", (ulong)long.MaxValue))["edge"].Should().Be(long.MaxValue);
    }

    [Fact]
    public void Instants_and_dates_with_times_become_ISO_text_and_other_formattable_values_their_invariant_text()
    {
        var arguments = DiagnosticArguments.Create(
            ("at", Instant.FromUtc(2022, 7, 7, 8, 30)),
            ("when", new LocalDateTime(2022, 7, 7, 14, 20, 5)),
            ("id", new Guid("6f9619ff-8b86-d011-b42d-00c04fc964ff")));

        arguments["at"].Should().Be("2022-07-07T08:30:00Z");
        arguments["when"].Should().Be("2022-07-07T14:20:05");
        arguments["id"].Should().Be("6f9619ff-8b86-d011-b42d-00c04fc964ff");
    }

    [Fact]
    public void Written_out_each_value_has_its_invariant_form()
    {
        var arguments = DiagnosticArguments.Create(("nothing", null), ("flag", false), ("yes", true), ("rate", 0.5m), ("text", "号"));

        arguments.ToString().Should().Be("{ nothing: null, flag: false, yes: true, rate: 0.5, text: 号 }");
    }

    [Fact]
    public void Null_argument_lists_are_refused()
    {
        ((Func<DiagnosticArguments>)(() => DiagnosticArguments.Create(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("arguments");
        ((Func<DiagnosticArguments>)(() => new DiagnosticArguments(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("arguments");
    }

    [Fact]
    public void Arguments_enumerate_as_pairs_in_order_through_either_interface()
    {
        var arguments = DiagnosticArguments.Create(("b", 2), ("a", 1));

        arguments.Select(p => p.Key).Should().Equal("b", "a");
        ((System.Collections.IEnumerable)arguments).Cast<KeyValuePair<string, object?>>().Select(p => p.Key).Should().Equal("b", "a");
        arguments.Equals((object)DiagnosticArguments.Create(("a", 1), ("b", 2))).Should().BeTrue();
        arguments.Equals((object)"b").Should().BeFalse();
    }

    [Fact]
    public void Fractional_numbers_become_decimal()
    {
        var arguments = DiagnosticArguments.Create(("rate", 0.5), ("single", 1.25f), ("money", 1.5m));

        arguments["rate"].Should().Be(0.5m);
        arguments["single"].Should().Be(1.25m);
        arguments["money"].Should().Be(1.5m);
    }

    [Fact]
    public void Whole_numbers_become_long_whatever_type_they_came_in()
    {
        var arguments = DiagnosticArguments.Create(("decimal", 7m), ("scaled", 7.00m), ("double", 12.0), ("single", 3f));

        arguments.Values.Should().AllBeOfType<long>();
        DiagnosticArguments.Create(("total", 7m)).Equals(DiagnosticArguments.Create(("total", 7))).Should().BeTrue("a JSON 7 reads back as an integer");
    }

    [Fact]
    public void Enums_become_their_published_codes_and_formattable_values_their_invariant_text()
    {
        var arguments = DiagnosticArguments.Create(
            ("severity", ValidationSeverity.Warning),
            ("status", SafetyModel.Work.HazardStatus.Rectified),
            ("grade", SafetyModel.Accidents.AccidentGrade.ExtraordinarilyMajor),
            ("date", new LocalDate(2022, 7, 7)),
            ("month", new YearMonth(2022, 6)),
            ("char", '号'));

        arguments["severity"].Should().Be("warning");
        arguments["status"].Should().Be("rectified", "a message and a program see the code the JSON contract writes, never the C# name Rectified");
        arguments["grade"].Should().Be("extraordinarily-major");
        arguments["date"].Should().Be("2022-07-07");
        arguments["month"].Should().Be("2022-06");
        arguments["char"].Should().Be("号");
    }

    [Fact]
    public void Strings_booleans_and_null_stay_as_they_are()
    {
        var arguments = DiagnosticArguments.Create(("text", "乌兰镇政函"), ("flag", true), ("nothing", null));

        arguments["text"].Should().Be("乌兰镇政函");
        arguments["flag"].Should().Be(true);
        arguments["nothing"].Should().BeNull();
        arguments.ContainsKey("nothing").Should().BeTrue();
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e30)]
    public void Numbers_without_an_exact_JSON_decimal_form_are_rejected(double value)
    {
        var create = () => DiagnosticArguments.Create(("x", value));

        create.Should().Throw<ArgumentException>().WithMessage("*'x'*");
    }

    [Fact]
    public void Objects_without_a_JSON_form_are_rejected()
    {
        var create = () => DiagnosticArguments.Create(("list", new List<int> { 1 }));

        create.Should().Throw<ArgumentException>().WithMessage("*'list'*no JSON form*");
    }

    [Fact]
    public void Duplicate_and_empty_names_are_rejected()
    {
        var duplicate = () => DiagnosticArguments.Create(("total", 7), ("total", 12));
        var empty = () => DiagnosticArguments.Create(("", 7));

        duplicate.Should().Throw<ArgumentException>().WithMessage("*'total'*twice*");
        empty.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Names_keep_their_order()
    {
        var arguments = DiagnosticArguments.Create(("total", 7), ("partsSum", 12), ("a", 1));

        arguments.Keys.Should().Equal("total", "partsSum", "a");
        arguments.ToString().Should().Be("{ total: 7, partsSum: 12, a: 1 }");
    }

    [Fact]
    public void Missing_names_are_reported()
    {
        var arguments = DiagnosticArguments.Create(("total", 7));

        arguments.TryGetValue("partsSum", out _).Should().BeFalse();
        var read = () => arguments["partsSum"];
        read.Should().Throw<KeyNotFoundException>().WithMessage("*partsSum*");
    }

    [Fact]
    public void Equality_ignores_order_and_the_width_the_value_was_given_in()
    {
        var a = DiagnosticArguments.Create(("total", 7), ("partsSum", 12));
        var b = DiagnosticArguments.Create(("partsSum", 12L), ("total", (short)7));
        var c = DiagnosticArguments.Create(("total", 7), ("partsSum", 13));

        a.Equals(b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals(c).Should().BeFalse();
        a.Equals(DiagnosticArguments.Create(("total", 7))).Should().BeFalse();
    }

    [Fact]
    public void Equality_ignores_order_for_any_arguments() =>
        Gen.Dictionary(Gen.String.AlphaNumeric.Where(s => s.Length > 0), Gen.Long)[0, 8].Sample(values =>
        {
            var forward = new DiagnosticArguments(values.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)));
            var backward = new DiagnosticArguments(values.Reverse().Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)));

            forward.Equals(backward).Should().BeTrue();
            forward.GetHashCode().Should().Be(backward.GetHashCode());
        });
}
