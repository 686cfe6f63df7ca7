using System.Text.RegularExpressions;
using SafetyModel.Primitives;

namespace SafetyModel.Tests.Primitives;

public class ChineseNamesTests
{
    [Fact]
    public void Every_division_level_and_period_length_has_a_Chinese_name_not_its_code()
    {
        foreach (var level in Enum.GetValues<DivisionLevel>())
        {
            Regex.IsMatch(ChineseNames.Of(level), @"^\p{IsCJKUnifiedIdeographs}+$").Should().BeTrue("{0} has a Chinese name", level);
        }

        foreach (var granularity in Enum.GetValues<PeriodGranularity>())
        {
            Regex.IsMatch(ChineseNames.Of(granularity), @"^\p{IsCJKUnifiedIdeographs}+$").Should().BeTrue("{0} has a Chinese name", granularity);
        }

        ChineseNames.Of(DivisionLevel.Township).Should().Be("乡镇");
        ChineseNames.Of(PeriodGranularity.Quarter).Should().Be("季度");
    }
}
