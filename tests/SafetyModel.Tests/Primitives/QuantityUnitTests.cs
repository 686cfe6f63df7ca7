using SafetyModel.Primitives;

namespace SafetyModel.Tests.Primitives;

/// <summary>The extensible-enum pattern, through its first instance.</summary>
public class QuantityUnitTests
{
    [Theory]
    [InlineData("次")]
    [InlineData("条")]
    [InlineData("份")]
    [InlineData("处")]
    [InlineData("人")]
    [InlineData("起")]
    [InlineData("所")]
    [InlineData("万元")]
    public void The_units_of_the_seed_and_of_accident_statistics_are_well_known(string code)
    {
        var unit = QuantityUnit.FromCode(code);

        unit.IsKnown.Should().BeTrue();
        unit.Code.Should().Be(code);
        unit.ChineseName.Should().Be(code);
        unit.EnglishName.Should().NotBeNullOrWhiteSpace();
        QuantityUnit.KnownValues.Should().Contain(unit);
    }

    [Fact]
    public void Well_known_values_compare_equal_to_the_value_read_from_their_code()
    {
        QuantityUnit.FromCode("份").Should().Be(QuantityUnit.Copy);
        (QuantityUnit.FromCode("份") == QuantityUnit.Copy).Should().BeTrue();
        (QuantityUnit.Copy != QuantityUnit.Item).Should().BeTrue();
        QuantityUnit.Copy.GetHashCode().Should().Be(QuantityUnit.FromCode("份").GetHashCode());
        QuantityUnit.Copy.Equals((object)QuantityUnit.FromCode("份")).Should().BeTrue();
        QuantityUnit.Copy.Equals("份").Should().BeFalse();
    }

    [Fact]
    public void An_unknown_code_is_kept_exactly_as_given()
    {
        var flags = QuantityUnit.FromCode("面");

        flags.IsKnown.Should().BeFalse();
        flags.Code.Should().Be("面");
        flags.ChineseName.Should().Be("面");
        flags.EnglishName.Should().Be("面");
        flags.Should().Be(QuantityUnit.FromCode("面"));
        flags.ToString().Should().Be("面");
        QuantityUnit.KnownValues.Should().NotContain(flags);
    }

    [Fact]
    public void Codes_are_compared_exactly()
    {
        var padded = QuantityUnit.FromCode(" 份");

        padded.IsKnown.Should().BeFalse();
        padded.Should().NotBe(QuantityUnit.Copy);
        padded.Code.Should().Be(" 份");
    }

    [Fact]
    public void The_default_value_means_not_given()
    {
        var unit = default(QuantityUnit);

        unit.Code.Should().BeEmpty();
        unit.ChineseName.Should().BeEmpty();
        unit.EnglishName.Should().BeEmpty();
        unit.IsKnown.Should().BeFalse();
        unit.ToString().Should().BeEmpty();
        unit.Should().NotBe(QuantityUnit.Times);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_codes_are_rejected(string code)
    {
        var create = () => QuantityUnit.FromCode(code);

        create.Should().Throw<ArgumentException>().WithParameterName(nameof(code)).WithMessage("*default(QuantityUnit)*");
    }

    [Fact]
    public void A_null_code_is_rejected()
    {
        var create = () => QuantityUnit.FromCode(null!);

        create.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("code");
    }

    [Theory]
    [InlineData("份", "份")]
    [InlineData("copies", "份")]
    [InlineData("Copy", "份")]
    [InlineData("TEN THOUSAND YUAN", "万元")]
    [InlineData("person-times", "人次")]
    [InlineData("CNY", "元")]
    public void Names_and_aliases_find_well_known_units(string name, string code)
    {
        QuantityUnit.TryFromName(name, out var unit).Should().BeTrue();
        unit.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("面")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_names_are_not_invented_into_units(string? name)
    {
        QuantityUnit.TryFromName(name, out var unit).Should().BeFalse();
        unit.Should().Be(default(QuantityUnit));
    }

    [Fact]
    public void Well_known_codes_and_names_are_unique()
    {
        QuantityUnit.KnownValues.Select(u => u.Code).Should().OnlyHaveUniqueItems();
        QuantityUnit.KnownValues.Select(u => u.EnglishName).Should().OnlyHaveUniqueItems();
        QuantityUnit.KnownValues.Should().OnlyContain(u => u.IsKnown);
    }

    [Fact]
    public void Every_well_known_unit_is_found_by_its_own_names()
    {
        foreach (var unit in QuantityUnit.KnownValues)
        {
            QuantityUnit.TryFromName(unit.Code, out var byCode).Should().BeTrue();
            byCode.Should().Be(unit);
            QuantityUnit.TryFromName(unit.EnglishName, out var byEnglish).Should().BeTrue();
            byEnglish.Should().Be(unit);
        }
    }
}
