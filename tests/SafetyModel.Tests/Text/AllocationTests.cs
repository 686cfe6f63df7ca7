using NodaTime;
using SafetyModel.Text;

namespace SafetyModel.Tests.Text;

/// <summary>
/// The success paths of numeral and date parsing allocate nothing: counted in bytes allocated by the thread, not timed.
/// </summary>
public class AllocationTests
{
    [Theory]
    [InlineData("一万二千三百四十五亿六千七百八十九万零一百二十三")]
    [InlineData("500")]
    [InlineData("1.5万")]
    [InlineData("壹仟零伍")]
    [InlineData("二〇二二")]
    public void Numeral_parsing_allocates_nothing_on_success(string text)
    {
        ChineseNumerals.TryParse(text.AsSpan(), out _).Should().BeTrue();

        var (allocated, successes) = Allocated(() =>
        {
            var successes = 0;
            for (var i = 0; i < 1000; i++)
            {
                successes += ChineseNumerals.TryParse(text.AsSpan(), out _) ? 1 : 0;
            }

            return successes;
        });

        successes.Should().Be(1000);
        allocated.Should().Be(0);
    }

    [Theory]
    [InlineData("2022年7月7日")]
    [InlineData("二〇二二年七月七日")]
    [InlineData("2022-07-07")]
    [InlineData("２０２２ 年 07 月 07 日")]
    public void Date_parsing_allocates_nothing_on_success(string text)
    {
        ChineseDates.TryParse(text.AsSpan(), out _).Should().BeTrue();

        var (allocated, successes) = Allocated(() =>
        {
            var successes = 0;
            for (var i = 0; i < 1000; i++)
            {
                successes += ChineseDates.TryParse(text.AsSpan(), out LocalDate _) ? 1 : 0;
            }

            return successes;
        });

        successes.Should().Be(1000);
        allocated.Should().Be(0);
    }

    /// <summary>
    /// The fewest bytes one round of <paramref name="loop"/> allocated over several rounds. A real allocation on the
    /// success path shows in every round (1,000 calls, at least 24 bytes each); the runtime's own one-off work — tiered
    /// compilation swapping in optimised code mid-round, a first-use table — shows in one round only, and is not ours.
    /// </summary>
    private static (long Allocated, int Result) Allocated(Func<int> loop)
    {
        loop(); // warm up: JIT and static initialisation allocate once
        var fewest = long.MaxValue;
        var result = 0;
        for (var round = 0; round < 5 && fewest != 0; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            result = loop();
            var after = GC.GetAllocatedBytesForCurrentThread();
            fewest = Math.Min(fewest, after - before);
        }

        return (fewest, result);
    }
}
