using CsCheck;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Tests.Primitives;

/// <summary>
/// Issue 22: a figure is read whole — 点 decimals, 几 as an interval, thousands separators, digits spaced apart by PDF
/// extraction — or refused at the character the reader could not take; never split into a smaller number and a
/// unit that begins with part of the number.
/// </summary>
public class QuantityWholeReadingTests
{
    /// <summary>The characters a unit never begins with (the units 万元 and 亿元 excepted).</summary>
    private const string NumberCharacters = "0123456789０１２３４５６７８９〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟点.．几余多来,，";

    [Theory]
    [InlineData("零点五吨", 0.5, "吨")]
    [InlineData("五十五点五份", 55.5, "份")]
    [InlineData("三点一四米", 3.14, "米")]
    [InlineData("一点二三米", 1.23, "米")]
    [InlineData("一点五万元", 1.5, "万元")]
    [InlineData("一点五万人", 15_000, "人")]
    [InlineData("1,200万元", 1200, "万元")]
    [InlineData("12,345人次", 12_345, "人次")]
    [InlineData("1,234,567元", 1_234_567, "元")]
    [InlineData("1，200万元", 1200, "万元")]
    [InlineData("一百 二 十 人", 120, "人")]
    [InlineData("12 0人", 120, "人")]
    public void Reads_the_whole_number(string text, double value, string unit)
    {
        var quantity = Quantity.Parse(text);

        (quantity.Qualifier, quantity.Stated, quantity.Unit.Code).Should().Be((QuantityQualifier.Exact, (decimal)value, unit));
    }

    [Fact]
    public void Ten_thousand_yuan_with_thousands_separators_is_twelve_million_yuan()
    {
        var quantity = Quantity.Parse("1,200万元");

        (quantity.Stated * 10_000).Should().Be(12_000_000m);
        quantity.Unit.Should().Be(QuantityUnit.TenThousandYuan);
    }

    [Theory]
    [InlineData("二十几万元", 20, false, 30, "万元")]
    [InlineData("二十几万人", 200_000, false, 300_000, "人")]
    [InlineData("一百零几人", 100, false, 110, "人")]
    [InlineData("十几家", 10, false, 20, "家")]
    [InlineData("二百几十人", 200, false, 300, "人")]
    [InlineData("几十人", 10, true, 100, "人")]
    [InlineData("几百份", 100, true, 1000, "份")]
    public void Reads_ji_inside_a_number_as_an_interval(string text, double lower, bool lowerIncluded, double upper, string unit)
    {
        var quantity = Quantity.Parse(text);

        quantity.Qualifier.Should().Be(QuantityQualifier.Several);
        quantity.Lower.Should().Be(new QuantityBound((decimal)lower, lowerIncluded));
        quantity.Upper.Should().Be(QuantityBound.Excluding((decimal)upper));
        quantity.Unit.Code.Should().Be(unit);
        quantity.IsExact.Should().BeFalse();
    }

    [Fact]
    public void Twenty_something_ten_thousand_yuan_lies_inside_two_and_three_hundred_thousand_yuan()
    {
        var quantity = Quantity.Parse("二十几万元");

        quantity.Contains(25).Should().BeTrue();
        quantity.Contains(20).Should().BeFalse();
        quantity.Contains(30).Should().BeFalse();
        quantity.ToEnglishString().Should().Contain("20 < n < 30");
    }

    [Theory]
    [InlineData("1,200万元", ParseCodes.ThousandsSeparatorsRemoved, 1, 1)]
    [InlineData("1,234,567元", ParseCodes.ThousandsSeparatorsRemoved, 1, 5)]
    [InlineData("一百 二 十 人", ParseCodes.SpacedNumberJoined, 2, 3)]
    [InlineData("12 0人", ParseCodes.SpacedNumberJoined, 2, 1)]
    public void Notes_what_it_took_out_of_the_number(string text, string code, int position, int length)
    {
        var result = Quantity.ParseDetailed(text);

        result.Notes.Should().Contain(n => n.Code == code && n.Position == position && n.Length == length);
    }

    [Theory]
    [InlineData("5点吨", ParseCodes.UnitStartsWithNumber, 1)]
    [InlineData("500余几人", ParseCodes.UnitStartsWithNumber, 4)]
    [InlineData("十来人", ParseCodes.UnitStartsWithNumber, 1)]
    [InlineData("5几人", ParseCodes.UnitStartsWithNumber, 1)]
    [InlineData("1,20万元", ParseCodes.UnitStartsWithNumber, 1)]
    [InlineData("12，34人", ParseCodes.UnitStartsWithNumber, 2)]
    [InlineData("二十几几人", ParseCodes.UnitStartsWithNumber, 3)]
    [InlineData("五几人", ParseCodes.UnexpectedCharacter, 1)]
    [InlineData("约二十几人", ParseCodes.ConflictingQualifiers, 0)]
    [InlineData("二十几至三十人", ParseCodes.ConflictingQualifiers, 0)]
    [InlineData("1.5点五吨", ParseCodes.UnexpectedCharacter, 3)]
    public void Refuses_at_the_character_it_cannot_take(string text, string code, int position)
    {
        var error = Quantity.ParseDetailed(text).Error;

        error.Should().NotBeNull();
        (error!.Code, error.Position).Should().Be((code, position));
    }

    [Theory]
    [InlineData("上百人次", 100, "人次")]
    [InlineData("上千份", 1000, "份")]
    [InlineData("上万元", 10_000, "元")]
    [InlineData("上百", 100, "")]
    public void Reaching_a_hundred_a_thousand_or_ten_thousand_reads_as_more_than_it(string text, double value, string unit)
    {
        // 上百 as in corpus s-hn-hengnan-xiangshi-2024-trad (共接受群眾谘詢上百人次): read like 百余.
        var quantity = Quantity.Parse(text);

        (quantity.Qualifier, quantity.Stated, quantity.Unit.Code).Should().Be((QuantityQualifier.MoreThan, (decimal)value, unit));
        quantity.Should().Be(Quantity.MoreThan((decimal)value, quantity.Unit).WithRawText(text));
    }

    [Theory]
    [InlineData("上百余人")]
    [InlineData("上百万人")]
    [InlineData("上十人")]
    [InlineData("上3次")]
    [InlineData("约上百人")]
    [InlineData("上百几人")]
    [InlineData("上百点五吨")]
    public void Reaching_is_only_上_before_a_lone_hundred_thousand_or_ten_thousand(string text)
    {
        Quantity.ParseDetailed(text).Success.Should().BeFalse();
    }

    [Fact]
    public void No_figure_that_reads_has_a_unit_beginning_with_part_of_a_number() =>
        Gen.Char[NumberCharacters + "人份吨万元亿元 约近以上左右至～-"].Array[1, 12].Select(c => new string(c)).Sample(text =>
        {
            var result = Quantity.ParseDetailed(text);
            if (result.Success && result.Value.Unit.Code.Length > 0)
            {
                var unit = result.Value.Unit;
                var exempt = unit == QuantityUnit.TenThousandYuan || unit == QuantityUnit.HundredMillionYuan;
                (exempt || NumberCharacters.IndexOf(unit.Code[0], StringComparison.Ordinal) < 0).Should().BeTrue($"“{text}” read the unit “{unit.Code}”");
            }
        }, iter: Iterations.Of(50_000));

    [Fact]
    public void A_number_with_ji_or_dian_in_front_of_a_unit_is_never_split() =>
        Gen.Select(Gen.Int[1, 99], Gen.Int[0, 3], Gen.Int[0, 4].Select(k => new[] { "人", "份", "吨", "万元", "处" }[k])).Sample((n, form, unit) =>
        {
            var number = SafetyModel.Text.ChineseNumerals.Format(n);
            var text = form switch
            {
                0 => number + "点五" + unit,
                1 => number + "十几" + unit,
                2 => number + "百零几" + unit,
                _ => number + " " + unit,
            };
            var result = Quantity.ParseDetailed(text);
            if (result.Success)
            {
                result.Value.Unit.Code.Should().Be(unit, $"“{text}”");
            }
        }, iter: Iterations.Of(2_000));
}
