using SafetyModel.Accidents;
using SafetyModel.Diagnostics;

namespace SafetyModel.Tests.Accidents;

public class AccidentCategoryMappingTests
{
    private const string Csv = "# user's own mapping\nGB 6441-2025,GB 6441-1986\n02,02\n 03 , 02 \n\n10,10\n";

    [Fact]
    public void A_mapping_reads_from_CSV_and_maps_source_categories_to_the_targets()
    {
        var mapping = AccidentCategoryMapping.ReadCsv(new StringReader(Csv), AccidentCategoryScheme.Gb6441Of1986);

        mapping.SourceScheme.Should().Be("GB 6441-2025");
        mapping.SourceCodes.Should().Equal("02", "03", "10");
        mapping.Map(new AccidentCategory("GB 6441-2025", "03", "道路(轨道)车辆致害", "x"))!.ChineseName.Should().Be("车辆伤害");
        AccidentCategoryScheme.Gb6441Of1986.TryGet("08", out var fire).Should().BeTrue();
        mapping.Map(fire).Should().BeSameAs(fire, "a category of the target scheme is itself");
        mapping.Map(new AccidentCategory("GB 6441-2025", "27", "泄漏", "x")).Should().BeNull();
        mapping.Map(new AccidentCategory("某省2019", "02", "x", "x")).Should().BeNull();
        mapping.Map(null).Should().BeNull();
        mapping.ToString().Should().Be("GB 6441-2025 → GB 6441-1986 (3 codes)");
    }

    [Theory]
    [InlineData("GB 6441-2025,GB 6441-1986\n02,02,x\n", ValidationCodes.CategoryMappingLine, 2)]
    [InlineData("GB 6441-2025,GB 6441-1986\n02\n", ValidationCodes.CategoryMappingLine, 2)]
    [InlineData("GB 6441-2025,GB 6441-1986\n02,99\n", ValidationCodes.CategoryMappingTargetUnknown, 2)]
    [InlineData("GB 6441-2025,GB 6441-1986\n02,02\n\n02,03\n", ValidationCodes.CategoryMappingDuplicate, 4)]
    [InlineData("02,02\n", ValidationCodes.CategoryMappingHeader, 1)]
    [InlineData("GB 6441-1986,GB 6441-1986\n", ValidationCodes.CategoryMappingHeader, 1)]
    [InlineData("# nothing\n", ValidationCodes.CategoryMappingHeader, 1)]
    public void Bad_mappings_are_refused_with_a_code_and_a_line(string csv, string code, int line)
    {
        var error = ((Func<AccidentCategoryMapping>)(() => AccidentCategoryMapping.ReadCsv(new StringReader(csv), AccidentCategoryScheme.Gb6441Of1986)))
            .Should().Throw<AccidentCategoryMappingException>().Which;

        error.Code.Should().Be(code);
        error.Line.Should().Be(line);
        error.Message.Should().StartWith(code + ": ");
        error.Text.Chinese.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void A_mapping_built_in_code_refuses_unknown_targets_and_codes_mapped_twice()
    {
        ((Func<AccidentCategoryMapping>)(() => new AccidentCategoryMapping("GB 6441-2025", AccidentCategoryScheme.Gb6441Of1986, new[] { KeyValuePair.Create("02", "99") }))).Should().Throw<ArgumentException>();
        ((Func<AccidentCategoryMapping>)(() => new AccidentCategoryMapping("GB 6441-2025", AccidentCategoryScheme.Gb6441Of1986, new[] { KeyValuePair.Create("02", "02"), KeyValuePair.Create("02", "03") }))).Should().Throw<ArgumentException>();
        ((Func<AccidentCategoryMapping>)(() => new AccidentCategoryMapping("GB 6441-1986", AccidentCategoryScheme.Gb6441Of1986, Array.Empty<KeyValuePair<string, string>>()))).Should().Throw<ArgumentException>();
    }
}
