using System.Reflection;
using System.Runtime.Versioning;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Tests;

public class BuildTargetTests
{
    [Fact]
    public void The_suite_runs_against_the_build_it_is_meant_to_exercise()
    {
        var framework = typeof(ParseResult<>).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()!.FrameworkName;
#if SAFETYMODEL_NETSTANDARD
        framework.Should().Be(".NETStandard,Version=v2.0");
#else
        framework.Should().Be(".NETCoreApp,Version=v8.0");
#endif
    }
}
