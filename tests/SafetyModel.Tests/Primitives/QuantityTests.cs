using CsCheck;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Text;

namespace SafetyModel.Tests.Primitives;

public class QuantityTests
{
    [Theory]
    [InlineData("8次", QuantityQualifier.Exact, 8, "次", "8", true, "8", true)]
    [InlineData("7次", QuantityQualifier.Exact, 7, "次", "7", true, "7", true)]
    [InlineData("16条", QuantityQualifier.Exact, 16, "条", "16", true, "16", true)]
    [InlineData("500余份", QuantityQualifier.MoreThan, 500, "份", "500", false, "600", false)]
    [InlineData("2所", QuantityQualifier.Exact, 2, "所", "2", true, "2", true)]
    [InlineData("1名", QuantityQualifier.Exact, 1, "名", "1", true, "1", true)]
    [InlineData("十余次", QuantityQualifier.MoreThan, 10, "次", "10", false, "20", false)]
    [InlineData("三百余人", QuantityQualifier.MoreThan, 300, "人", "300", false, "400", false)]
    [InlineData("1200余份", QuantityQualifier.MoreThan, 1200, "份", "1200", false, "1300", false)]
    [InlineData("1万余元", QuantityQualifier.MoreThan, 10000, "元", "10000", false, "20000", false)]
    [InlineData("10余万元", QuantityQualifier.MoreThan, 10, "万元", "10", false, "20", false)]
    [InlineData("10余万人", QuantityQualifier.MoreThan, 100000, "人", "100000", false, "200000", false)]
    [InlineData("500万元", QuantityQualifier.Exact, 500, "万元", "500", true, "500", true)]
    [InlineData("3万人", QuantityQualifier.Exact, 30000, "人", "30000", true, "30000", true)]
    [InlineData("约500人", QuantityQualifier.About, 500, "人", "450", true, "550", true)]
    [InlineData("500人左右", QuantityQualifier.About, 500, "人", "450", true, "550", true)]
    [InlineData("500人上下", QuantityQualifier.About, 500, "人", "450", true, "550", true)]
    [InlineData("近500人", QuantityQualifier.Nearly, 500, "人", "450", true, "500", false)]
    [InlineData("不足500人", QuantityQualifier.LessThan, 500, "人", "0", true, "500", false)]
    [InlineData("不到5家", QuantityQualifier.LessThan, 5, "家", "0", true, "5", false)]
    [InlineData("500人以下", QuantityQualifier.AtOrBelow, 500, "人", "0", true, "500", true)]
    [InlineData("三四个", QuantityQualifier.Range, 3, "个", "3", true, "4", true)]
    [InlineData("十七八个", QuantityQualifier.Range, 17, "个", "17", true, "18", true)]
    [InlineData("二三十人", QuantityQualifier.Range, 20, "人", "20", true, "30", true)]
    [InlineData("3-5个", QuantityQualifier.Range, 3, "个", "3", true, "5", true)]
    [InlineData("3～5个", QuantityQualifier.Range, 3, "个", "3", true, "5", true)]
    [InlineData("3至5万元", QuantityQualifier.Range, 3, "万元", "3", true, "5", true)]
    [InlineData("3至5万人", QuantityQualifier.Range, 30000, "人", "30000", true, "50000", true)]
    [InlineData("１６条", QuantityQualifier.Exact, 16, "条", "16", true, "16", true)]
    [InlineData("召开会议三次", QuantityQualifier.Exact, 0, "", "0", true, "0", true)]
    public void Reads_figures_with_their_interval(
        string text, QuantityQualifier qualifier, double stated, string unit, string lower, bool lowerIncluded, string upper, bool upperIncluded)
    {
        if (text == "召开会议三次")
        {
            Quantity.ParseDetailed(text).Error!.Code.Should().Be(ParseCodes.MissingNumber, "a figure starts with its number");
            return;
        }

        var quantity = Quantity.Parse(text);

        quantity.Qualifier.Should().Be(qualifier);
        quantity.Stated.Should().Be((decimal)stated);
        quantity.Unit.Code.Should().Be(unit);
        quantity.Lower.Should().Be(new QuantityBound(decimal.Parse(lower, System.Globalization.CultureInfo.InvariantCulture), lowerIncluded));
        quantity.Upper.Should().Be(new QuantityBound(decimal.Parse(upper, System.Globalization.CultureInfo.InvariantCulture), upperIncluded));
        quantity.RawText.Should().Be(text);
    }

    [Fact]
    public void Sixteen_duo_is_irregular_and_only_its_lower_bound_is_read()
    {
        var result = Quantity.ParseDetailed("16多条");

        result.Success.Should().BeTrue();
        var quantity = result.Value;
        quantity.Qualifier.Should().Be(QuantityQualifier.MoreThan);
        quantity.Lower.Should().Be(QuantityBound.Excluding(16));
        quantity.Upper.Should().BeNull();
        quantity.Unit.Should().Be(QuantityUnit.Item);
        quantity.RawText.Should().Be("16多条");
        var note = result.Notes.Should().ContainSingle().Which;
        note.Code.Should().Be(ParseCodes.IrregularApproximation);
        note.Message.English.Should().Contain("more than 16");
        note.Message.Chinese.Should().Contain("多于 16");
        quantity.IsExact.Should().BeFalse();
    }

    [Fact]
    public void Five_hundred_odd_leaflets_is_never_five_hundred()
    {
        var leaflets = Quantity.Parse("500余份");

        leaflets.IsExact.Should().BeFalse();
        leaflets.Contains(500).Should().BeFalse();
        leaflets.Contains(501).Should().BeTrue();
        leaflets.Contains(599).Should().BeTrue();
        leaflets.Contains(600).Should().BeFalse();
    }

    [Theory]
    [InlineData(ThresholdConvention.Inclusive, true)]
    [InlineData(ThresholdConvention.StateCouncilOrder493, true)]
    [InlineData(ThresholdConvention.Exclusive, false)]
    public void Yishang_includes_its_number_as_the_convention_says(ThresholdConvention convention, bool included)
    {
        var quantity = Quantity.Parse("3人以上", new QuantityParseOptions(convention));

        quantity.Qualifier.Should().Be(QuantityQualifier.AtOrAbove);
        quantity.Lower.Should().Be(new QuantityBound(3, included));
        quantity.Upper.Should().BeNull();
        quantity.Contains(3).Should().Be(included);
    }

    [Theory]
    [InlineData(ThresholdConvention.Inclusive, true)]
    [InlineData(ThresholdConvention.StateCouncilOrder493, false)]
    [InlineData(ThresholdConvention.Exclusive, false)]
    public void Yixia_includes_its_number_as_the_convention_says(ThresholdConvention convention, bool included)
    {
        var quantity = Quantity.Parse("10人以下", new QuantityParseOptions(convention));

        quantity.Upper.Should().Be(new QuantityBound(10, included));
        quantity.Contains(10).Should().Be(included);
    }

    [Fact]
    public void The_about_tolerance_is_the_callers_choice()
    {
        Quantity.Parse("约500人", new QuantityParseOptions(aboutTolerance: 0.2m)).Lower.Value.Should().Be(400);
        ((Action)(() => _ = new QuantityParseOptions(aboutTolerance: 1.5m))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("", ParseCodes.EmptyText, 0)]
    [InlineData("份", ParseCodes.MissingNumber, 0)]
    [InlineData("约500余份", ParseCodes.ConflictingQualifiers, 0)]
    [InlineData("不足500人以上", ParseCodes.ConflictingQualifiers, 0)]
    [InlineData("五三个", ParseCodes.UnexpectedCharacter, 1)]
    [InlineData("5-3个", ParseCodes.InvalidRange, 0)]
    [InlineData("0余份", ParseCodes.QualifierNeedsPositiveNumber, 0)]
    [InlineData("500份300", ParseCodes.UnexpectedCharacter, 4)]
    [InlineData("十百次", ParseCodes.MisplacedNumeralUnit, 1)]
    public void Refuses_what_is_not_a_figure(string text, string code, int position)
    {
        var result = Quantity.ParseDetailed(text);

        result.Success.Should().BeFalse();
        result.Error!.Code.Should().Be(code);
        result.Error.Position.Should().Be(position);
        Quantity.TryParse(text, out var quantity).Should().BeFalse();
        quantity.Should().BeNull();
        ((Func<Quantity>)(() => Quantity.Parse(text))).Should().Throw<ParseException>();
    }

    [Fact]
    public void Text_longer_than_a_figure_can_be_is_refused_at_once()
    {
        Quantity.ParseDetailed(new string('五', 100_000)).Error!.Code.Should().Be(ParseCodes.TextTooLong);
        Quantity.ParseDetailed(null).Error!.Code.Should().Be(ParseCodes.NullText);
    }

    [Fact]
    public void Exact_plus_exact_stays_exact()
    {
        var sum = Quantity.Parse("16条") + Quantity.Parse("4条");

        sum.Should().Be(Quantity.Exact(20, QuantityUnit.Item));
        sum.IsExact.Should().BeTrue();
    }

    [Fact]
    public void Sixteen_plus_five_hundred_odd_is_derived_with_its_bounds_and_its_documented_forms()
    {
        var sum = Quantity.Exact(16, QuantityUnit.Copy) + Quantity.Parse("500余份");

        sum.Qualifier.Should().Be(QuantityQualifier.Derived);
        sum.Stated.Should().Be(516);
        sum.Lower.Should().Be(QuantityBound.Excluding(516));
        sum.Upper.Should().Be(QuantityBound.Excluding(616));
        sum.ToChineseString().Should().Be("大于516、小于616份");
        sum.ToEnglishString().Should().Be("between 516 and 616 copies (516 < n < 616)");
    }

    [Fact]
    public void A_sum_with_an_unbounded_figure_is_unbounded()
    {
        var sum = Quantity.Parse("16多条") + Quantity.Parse("16条");

        sum.Lower.Should().Be(QuantityBound.Excluding(32));
        sum.Upper.Should().BeNull();
        sum.ToChineseString().Should().Be("大于32条");
        sum.ToEnglishString().Should().Be("at least 32 items (n > 32)");
    }

    [Fact]
    public void Adding_different_units_is_refused()
    {
        var add = () => Quantity.Parse("16条") + Quantity.Parse("500余份");

        add.Should().Throw<ArgumentException>().WithMessage("*units differ*");
    }

    [Fact]
    public void Sum_of_none_is_exactly_zero_and_of_many_is_their_total()
    {
        Quantity.Sum(Array.Empty<Quantity>(), QuantityUnit.Times).Should().Be(Quantity.Exact(0, QuantityUnit.Times));

        var parts = new[] { "1次", "2次", "2次", "2次", "5次" }.Select(t => Quantity.Parse(t));
        Quantity.Sum(parts, QuantityUnit.Times).Should().Be(Quantity.Exact(12, QuantityUnit.Times));
    }

    [Fact]
    public void The_seed_breakdown_is_definitely_more_than_its_total()
    {
        var total = Quantity.Parse("7次");
        var parts = Quantity.Sum(new[] { "1次", "2次", "2次", "2次", "5次" }.Select(t => Quantity.Parse(t)), QuantityUnit.Times);

        parts.IsGreaterThan(total).Should().Be(Certainty.Definitely);
        total.IsLessThan(parts).Should().Be(Certainty.Definitely);
        parts.IsSameNumberAs(total).Should().Be(Certainty.No);
    }

    [Fact]
    public void Comparisons_with_approximate_figures_answer_honestly()
    {
        var leaflets = Quantity.Parse("500余份");

        leaflets.IsGreaterThan(Quantity.Exact(500, QuantityUnit.Copy)).Should().Be(Certainty.Definitely);
        leaflets.IsGreaterThan(Quantity.Exact(550, QuantityUnit.Copy)).Should().Be(Certainty.Possibly);
        leaflets.IsGreaterThan(Quantity.Exact(600, QuantityUnit.Copy)).Should().Be(Certainty.No);
        leaflets.IsSameNumberAs(Quantity.Exact(550, QuantityUnit.Copy)).Should().Be(Certainty.Possibly);
        leaflets.IsSameNumberAs(Quantity.Exact(500, QuantityUnit.Copy)).Should().Be(Certainty.No);
        Quantity.Exact(7, default).IsSameNumberAs(Quantity.Exact(7, default)).Should().Be(Certainty.Definitely);
        ((Func<Certainty>)(() => leaflets.IsGreaterThan(Quantity.Exact(1, QuantityUnit.Item)))).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("7次", "7次", "7 times")]
    [InlineData("1次", "1次", "1 time")]
    [InlineData("1份", "1份", "1 copy")]
    [InlineData("1名", "1名", "1 person (named)")]
    [InlineData("2名", "2名", "2 persons (named)")]
    [InlineData("1元", "1元", "1 yuan")]
    [InlineData("500余份", "500余份", "more than 500 copies (500 < n < 600)")]
    [InlineData("约500人", "约500人", "about 500 persons (450 ≤ n ≤ 550)")]
    [InlineData("近500人", "近500人", "nearly 500 persons (450 ≤ n < 500)")]
    [InlineData("不足500人", "不足500人", "under 500 persons (0 ≤ n < 500)")]
    [InlineData("3人以上", "3人以上", "3 or more persons (n ≥ 3)")]
    [InlineData("10人以下", "10人以下", "10 or fewer persons (0 ≤ n ≤ 10)")]
    [InlineData("10万元以下", "10万元以下", "10 or less ten thousand yuan (0 ≤ n ≤ 10)")]
    [InlineData("三四个", "3～4个", "3 to 4 pieces (3 ≤ n ≤ 4)")]
    [InlineData("12.5万元", "12.5万元", "12.5 ten thousand yuan")]
    [InlineData("16多条", "16余条", "more than 16 items (n > 16)")]
    public void Writes_figures_in_Chinese_and_English(string text, string chinese, string english)
    {
        var quantity = Quantity.Parse(text);

        quantity.ToChineseString().Should().Be(chinese);
        quantity.ToString().Should().Be(chinese);
        quantity.ToEnglishString().Should().Be(english);
    }

    [Fact]
    public void Equality_compares_every_member_including_the_raw_text()
    {
        Quantity.Parse("500余份").Should().Be(Quantity.Parse("500余份"));
        Quantity.Parse("500余份").GetHashCode().Should().Be(Quantity.Parse("500余份").GetHashCode());
        Quantity.Parse("500余份").Should().NotBe(Quantity.MoreThan(500, QuantityUnit.Copy));
        Quantity.Parse("500余份").WithRawText(null).Should().Be(Quantity.MoreThan(500, QuantityUnit.Copy));
        Quantity.Parse("500余份").Should().NotBe(Quantity.Parse("500份"));
    }

    [Fact]
    public void Factories_refuse_impossible_figures()
    {
        ((Func<Quantity>)(() => Quantity.Exact(-1))).Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("value").WithMessage("A figure must not be negative.*");
        ((Func<Quantity>)(() => Quantity.Range(-1, 3))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("low");
        ((Func<Quantity>)(() => Quantity.MoreThan(0))).Should().Throw<ArgumentOutOfRangeException>();
        ((Func<Quantity>)(() => Quantity.Range(5, 3))).Should().Throw<ArgumentOutOfRangeException>();
        ((Func<Quantity>)(() => Quantity.About(5, default, 2))).Should().Throw<ArgumentOutOfRangeException>();
        ((Func<Quantity>)(() => Quantity.AtOrBelow(0, default, ThresholdConvention.Exclusive))).Should().Throw<ArgumentOutOfRangeException>();
        Quantity.ParseDetailed("0人以下", new QuantityParseOptions(ThresholdConvention.StateCouncilOrder493)).Error!.Code
            .Should().Be(ParseCodes.QualifierNeedsPositiveNumber);
        Quantity.Parse("0人以下").Contains(0).Should().BeTrue();
        ((Func<Quantity>)(() => Quantity.Nearly(0))).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("stated");
        ((Func<Quantity>)(() => Quantity.Nearly(5, default, -0.1m))).Should().Throw<ArgumentOutOfRangeException>();
        ((Func<Quantity>)(() => Quantity.LessThan(0))).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("stated");
        Quantity.Nearly(0.5m).Lower.Should().Be(QuantityBound.Including(0.45m), "the smallest positive numbers are still figures");
        Quantity.LessThan(0.5m).Upper.Should().Be(QuantityBound.Excluding(0.5m));
    }

    [Theory]
    [InlineData("5𠀀", true)]
    [InlineData("5个𠀀", true)]
    [InlineData("5<high>", false)]
    [InlineData("5<low>", false)]
    [InlineData("5个<high>", false)]
    [InlineData("5<low>个", false)]
    [InlineData("5<high>个", false)]
    public void A_unit_may_hold_characters_outside_the_basic_plane_but_no_lone_surrogate(string pattern, bool read)
    {
        // Lone surrogates cannot travel through attribute data (stored as UTF-8), so they are put in here.
        var text = pattern.Replace("<high>", "\ud840", StringComparison.Ordinal).Replace("<low>", "\udc00", StringComparison.Ordinal);

        var result = Quantity.ParseDetailed(text);

        result.Success.Should().Be(read);
        if (read)
        {
            result.Value.Unit.Code.Should().Be(text.Substring(1));
        }
    }

    [Theory]
    [InlineData("", ParseCodes.EmptyText, 0, 0)]
    [InlineData("  ", ParseCodes.EmptyText, 0, 2)]
    [InlineData("份", ParseCodes.MissingNumber, 0, 0)]
    [InlineData("约", ParseCodes.MissingNumber, 1, 0)]
    [InlineData("500余余份", ParseCodes.UnexpectedCharacter, 4, 1)]
    [InlineData("1.2.3份", ParseCodes.UnexpectedCharacter, 3, 1)]
    [InlineData("三至份", ParseCodes.UnexpectedCharacter, 1, 1)]
    [InlineData("3-份", ParseCodes.UnexpectedCharacter, 1, 1)]
    [InlineData(" 500份\u0001", ParseCodes.UnexpectedCharacter, 5, 1)]
    [InlineData("十七八九个", ParseCodes.UnexpectedCharacter, 2, 1)]
    [InlineData("5至3份", ParseCodes.InvalidRange, 0, 3)]
    [InlineData("0余份", ParseCodes.QualifierNeedsPositiveNumber, 0, 1)]
    [InlineData("近0份", ParseCodes.QualifierNeedsPositiveNumber, 1, 1)]
    [InlineData("约500余份", ParseCodes.ConflictingQualifiers, 0, 6)]
    public void A_figure_that_cannot_be_read_marks_the_characters_at_fault(string text, string code, int position, int length)
    {
        var error = Quantity.ParseDetailed(text).Error!;

        (error.Code, error.Position, error.Length).Should().Be((code, position, length));
    }

    [Fact]
    public void Null_figures_are_named_at_the_call()
    {
        var five = Quantity.Exact(5);

        ((Func<Quantity>)(() => five.Add(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("other");
        ((Func<Quantity>)(() => five + null!)).Should().Throw<ArgumentNullException>();
        ((Func<Quantity>)(() => Quantity.Sum(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("quantities");
        ((Func<Quantity>)(() => Quantity.Sum(new[] { five, null! }))).Should().Throw<ArgumentNullException>();
        ((Func<Certainty>)(() => five.IsGreaterThan(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("other");
        ((Func<Certainty>)(() => five.IsLessThan(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("other");
        ((Func<Certainty>)(() => five.IsSameNumberAs(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("other");
    }

    [Theory]
    [InlineData("1.5", "1.6")]
    [InlineData("12.50", "12.6")]
    [InlineData("0.25", "0.26")]
    [InlineData("2.05", "2.06")]
    public void A_fraction_odd_ends_below_the_next_step_of_its_last_digit(string stated, string upper)
    {
        var value = decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture);

        var odd = Quantity.MoreThan(value);

        odd.Lower.Should().Be(QuantityBound.Excluding(value));
        odd.Upper.Should().Be(QuantityBound.Excluding(decimal.Parse(upper, System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static readonly Gen<Quantity> AnyQuantity = Gen.OneOf(
        Gen.Int[0, 10_000].Select(v => Quantity.Exact(v, QuantityUnit.Copy)),
        Gen.Int[1, 1000].Select(v => Quantity.MoreThan(v * 10, QuantityUnit.Copy)),
        Gen.Int[1, 1000].Select(v => Quantity.MoreThan(v, QuantityUnit.Copy)),
        Gen.Int[0, 10_000].Select(v => Quantity.About(v, QuantityUnit.Copy)),
        Gen.Int[1, 10_000].Select(v => Quantity.LessThan(v, QuantityUnit.Copy)),
        Gen.Int[1, 10_000].Select(v => Quantity.AtOrBelow(v, QuantityUnit.Copy, ThresholdConvention.StateCouncilOrder493)),
        Gen.Int[0, 10_000].Select(v => Quantity.AtOrBelow(v, QuantityUnit.Copy)),
        Gen.Int[0, 100].SelectMany(a => Gen.Int[a + 1, 200].Select(b => Quantity.Range(a, b, QuantityUnit.Copy))));

    private static Gen<decimal> MemberOf(Quantity q) =>
        Gen.Double[0, 1].Select(f =>
        {
            var upper = q.Upper?.Value ?? q.Lower.Value + 1000;
            // Six decimal places keep sums exact within decimal's 28 significant digits.
            var value = Math.Round(q.Lower.Value + ((upper - q.Lower.Value) * (decimal)f), 6);
            return q.Contains(value) ? value : q.Contains(q.Lower.Value) ? q.Lower.Value : Math.Round((q.Lower.Value + upper) / 2, 6);
        }).Where(q.Contains);

    [Fact]
    public void The_interval_of_a_sum_contains_every_sum_of_members() =>
        Gen.Select(AnyQuantity, AnyQuantity).SelectMany((a, b) => Gen.Select(MemberOf(a), MemberOf(b), (x, y) => (a, b, x, y))).Sample(t =>
        {
            var (a, b, x, y) = t;
            (a + b).Contains(x + y).Should().BeTrue($"{a.ToEnglishString()} + {b.ToEnglishString()} should contain {x} + {y}");
        }, iter: Iterations.Of(5_000));

    [Fact]
    public void Arbitrary_strings_never_throw_from_the_non_throwing_forms() =>
        Gen.String.Sample(text =>
        {
            Quantity.TryParse(text, out var quantity).Should().Be(Quantity.ParseDetailed(text).Success);
            (quantity is null).Should().Be(!Quantity.ParseDetailed(text).Success);
        }, iter: Iterations.Of(20_000));

    [Fact]
    public void Strings_of_figure_characters_never_throw() =>
        Gen.Char["〇一二三四五六七八九十百千万亿0123456789.余多约近不足以上下左右至-～份条人元万"].Array[0, 20].Select(c => new string(c)).Sample(text =>
        {
            var result = Quantity.ParseDetailed(text);
            if (result.Success)
            {
                result.Value.Contains(result.Value.Lower.Value + 0.0001m).Should().Be(result.Value.Contains(result.Value.Lower.Value + 0.0001m));
            }
            else
            {
                result.Error!.Position.Should().BeInRange(0, text.Length);
            }
        }, iter: Iterations.Of(20_000));

    [Theory]
    [InlineData("6多亿亿亿亿")]
    [InlineData("46多万万万万万万万")]
    [InlineData("9999999999999多亿亿")]
    [InlineData("100000000万亿人")]
    [InlineData("200000000亿人")]
    public void A_figure_larger_than_any_number_read_is_an_error_not_an_overflow(string text)
    {
        // Found by fuzzing (fuzz/regressions/quantity): 余/多 followed by more 万 and 亿 than a decimal holds.
        var result = Quantity.ParseDetailed(text);

        result.Success.Should().BeFalse();
        result.Error!.Code.Should().Be("SM0102");
        result.Error.Arguments.ContainsKey("maximum").Should().BeTrue();
    }
}
