using SafetyModel.Text;

namespace SafetyModel.Tests.Work;

public class BuildTests
{
    [Fact]
    public void The_package_under_test_is_the_build_that_counts_work()
    {
        WorkMeter.IsCounting.Should().BeTrue("the project reference sets CountWork=true");
        WorkMeter.Reset();
        ChineseNumerals.TryParse("一千二百".AsSpan(), out _).Should().BeTrue();
        WorkMeter.Steps.Should().BeGreaterThan(0);
    }
}
