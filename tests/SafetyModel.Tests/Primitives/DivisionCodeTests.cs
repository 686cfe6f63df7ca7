using CsCheck;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Text;

namespace SafetyModel.Tests.Primitives;

public class DivisionCodeTests
{
    [Theory]
    [InlineData("150000", DivisionLevel.Province, "15")]
    [InlineData("150600", DivisionLevel.Prefecture, "1506")]
    [InlineData("150626", DivisionLevel.County, "150626")]
    [InlineData("150626103", DivisionLevel.Township, "150626103")]
    [InlineData("150626103000", DivisionLevel.Township, "150626103")]
    [InlineData("150626103201", DivisionLevel.Village, "150626103201")]
    public void The_level_is_the_last_segment_set(string text, DivisionLevel level, string shortCode)
    {
        var code = DivisionCode.Parse(text);

        code.Level.Should().Be(level);
        code.ShortCode.Should().Be(shortCode);
        code.Code.Should().HaveLength(12);
    }

    [Theory]
    [InlineData("150626002", TownshipKind.SubDistrict)]
    [InlineData("150626103", TownshipKind.Town)]
    [InlineData("150626200", TownshipKind.Township)]
    [InlineData("150626300", TownshipKind.Township)]
    [InlineData("150626400", TownshipKind.EnterpriseAdministered)]
    [InlineData("150626500", TownshipKind.EnterpriseAdministered)]
    [InlineData("150626700", TownshipKind.Unassigned)]
    public void The_township_kind_follows_its_first_digit(string text, TownshipKind kind) =>
        DivisionCode.Parse(text).TownshipKind.Should().Be(kind);

    [Theory]
    [InlineData("150602", CountyKind.District)]
    [InlineData("150626", CountyKind.CountyOrBanner)]
    [InlineData("150681", CountyKind.CountyLevelCity)]
    public void The_county_kind_follows_its_digits(string text, CountyKind kind) =>
        DivisionCode.Parse(text).CountyKind.Should().Be(kind);

    [Fact]
    public void Kinds_do_not_apply_above_their_level()
    {
        DivisionCode.Parse("150626").TownshipKind.Should().BeNull();
        DivisionCode.Parse("150600").CountyKind.Should().BeNull();
    }

    [Fact]
    public void Wulantaolegai_rolls_up_to_Wushen_Ordos_and_Inner_Mongolia()
    {
        var town = DivisionCode.Parse("150626103", edition: 2023);

        town.Parent.Should().Be(DivisionCode.Parse("150626", 2023));
        town.AncestorAt(DivisionLevel.Prefecture).ShortCode.Should().Be("1506");
        town.AncestorAt(DivisionLevel.Province).ShortCode.Should().Be("15");
        town.AncestorAt(DivisionLevel.Township).Should().Be(town);
        town.IsWithin(DivisionCode.Parse("150626", 2023)).Should().BeTrue();
        town.IsWithin(DivisionCode.Parse("150627", 2023)).Should().BeFalse();
        DivisionCode.Parse("150000").Parent.Should().BeNull();
        town.ToString().Should().Be("150626103000 (2023)");
        town.Edition.Should().Be(2023);
        town.ProvinceSegment.Should().Be(15);
        town.PrefectureSegment.Should().Be(6);
        town.CountySegment.Should().Be(26);
        town.TownshipSegment.Should().Be(103);
        town.VillageSegment.Should().Be(0);
    }

    [Fact]
    public void An_ancestor_below_the_code_is_refused()
    {
        var derive = () => DivisionCode.Parse("150626").AncestorAt(DivisionLevel.Township);

        derive.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*150626000000*County*");
    }

    [Theory]
    [InlineData("15062", ParseCodes.DivisionCodeLength, 0)]
    [InlineData("1506261030", ParseCodes.DivisionCodeLength, 0)]
    [InlineData("1506261030001", ParseCodes.DivisionCodeLength, 0)]
    [InlineData("15062a", ParseCodes.UnexpectedCharacter, 5)]
    [InlineData("990626", ParseCodes.UnknownProvinceCode, 0)]
    [InlineData("000000", ParseCodes.UnknownProvinceCode, 0)]
    [InlineData("150026", ParseCodes.DivisionSegmentUnderEmpty, 4)]
    [InlineData("150600103", ParseCodes.DivisionSegmentUnderEmpty, 6)]
    [InlineData("150626000201", ParseCodes.DivisionSegmentUnderEmpty, 9)]
    [InlineData("", ParseCodes.DivisionCodeLength, 0)]
    [InlineData(null, ParseCodes.NullText, 0)]
    public void Bad_codes_fail_clearly(string? text, string code, int position)
    {
        var result = DivisionCode.ParseDetailed(text);

        result.Success.Should().BeFalse();
        result.Error!.Code.Should().Be(code);
        result.Error.Position.Should().Be(position);
        DivisionCode.TryParse(text, out var parsed).Should().BeFalse();
        parsed.Should().Be(default(DivisionCode));
    }

    [Fact]
    public void Full_width_digits_are_read_with_a_note()
    {
        var result = DivisionCode.ParseDetailed("１５０６２６");

        result.Value.ShortCode.Should().Be("150626");
        result.Notes.Single().Code.Should().Be(ParseCodes.FullWidthDigits);
    }

    [Fact]
    public void Equality_includes_the_edition_and_order_puts_parents_first()
    {
        DivisionCode.Parse("150626").Should().NotBe(DivisionCode.Parse("150626", 2023));
        DivisionCode.Parse("150626", 2023).WithEdition(null).Should().Be(DivisionCode.Parse("150626"));
        (DivisionCode.Parse("150626") < DivisionCode.Parse("150626103")).Should().BeTrue();
        (DivisionCode.Parse("150626104") >= DivisionCode.Parse("150626103")).Should().BeTrue();
        ((Func<DivisionCode>)(() => DivisionCode.Parse("150626").WithEdition(1900))).Should().Throw<ArgumentOutOfRangeException>();
        (DivisionCode.Parse("150626104") > DivisionCode.Parse("150626103")).Should().BeTrue();
        (DivisionCode.Parse("150626103") > DivisionCode.Parse("150626103")).Should().BeFalse();
        (DivisionCode.Parse("150626103") <= DivisionCode.Parse("150626103")).Should().BeTrue();
        (DivisionCode.Parse("150626104") <= DivisionCode.Parse("150626103")).Should().BeFalse();
    }

    [Theory]
    [InlineData(1979)]
    [InlineData(10000)]
    public void An_edition_outside_1980_to_9999_is_refused_when_reading_too(int edition)
    {
        ((Func<DivisionCode>)(() => DivisionCode.Parse("150626", edition))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("Division code editions run from 1980.*").WithParameterName(nameof(edition));
        DivisionCode.Parse("150626", 1980).Edition.Should().Be(1980);
        DivisionCode.Parse("150626", 9999).Edition.Should().Be(9999);
    }

    [Fact]
    public void Every_valid_code_rolls_up_level_by_level_to_its_province() =>
        Gen.Select(Gen.Int[1, 99], Gen.Int[1, 99], Gen.Int[1, 999], Gen.Int[0, 999], (pref, county, town, village) =>
            $"15{pref:00}{county:00}{town:000}{village:000}").Sample(text =>
        {
            var code = DivisionCode.Parse(text);
            var levels = new List<DivisionLevel>();
            for (DivisionCode? current = code; current is { } c; current = c.Parent)
            {
                levels.Add(c.Level);
                code.IsWithin(c).Should().BeTrue();
            }

            levels.Should().BeInDescendingOrder().And.EndWith(DivisionLevel.Province);
            DivisionCode.Parse(code.ShortCode).Should().Be(code);
        });

    [Fact]
    public void The_sample_registry_names_the_towns_of_Wushen_banner()
    {
        var registry = DivisionRegistry.SampleWushenBanner;

        registry.TryGetName(DivisionCode.Parse("150626103", 2023), out var name).Should().BeTrue();
        name.Should().Be("乌兰陶勒盖镇");
        registry.ChildrenOf(DivisionCode.Parse("150626")).Select(registry.NameOrCode)
            .Should().Equal("嘎鲁图镇", "乌审召镇", "图克镇", "乌兰陶勒盖镇", "无定河镇", "苏力德苏木");
        registry.NameOrCode(DivisionCode.Parse("150626105")).Should().Be("150626105");
        registry.Contains(DivisionCode.Parse("1506".PadRight(6, '0'))).Should().BeTrue();
        registry.Count.Should().Be(9);
    }

    [Fact]
    public void Users_add_their_own_names_and_duplicates_are_refused()
    {
        var village = DivisionCode.Parse("150626103201");
        var registry = DivisionRegistry.SampleWushenBanner.With(village, "某嘎查");

        registry.NameOrCode(village).Should().Be("某嘎查");
        DivisionRegistry.SampleWushenBanner.Contains(village).Should().BeFalse();
        ((Func<DivisionRegistry>)(() => registry.With(village, "另一个"))).Should().Throw<ArgumentException>().WithMessage("*twice*");
        ((Func<DivisionRegistry>)(() => registry.With(default, "无"))).Should().Throw<ArgumentException>();
        ((Func<DivisionRegistry>)(() => registry.With(DivisionCode.Parse("150627"), " "))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Arbitrary_strings_never_throw() =>
        Gen.String.Sample(text => DivisionCode.TryParse(text, out _).Should().Be(DivisionCode.ParseDetailed(text).Success), iter: Iterations.Of(10_000));
}
