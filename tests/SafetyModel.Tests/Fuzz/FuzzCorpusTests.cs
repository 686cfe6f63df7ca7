using SafetyModel.Fuzzing;
using SafetyModel.Tests.Text;

namespace SafetyModel.Tests.Fuzz;

/// <summary>
/// Replays the fuzzers' corpus: the seeds each target starts from and every crash or hang a fuzzing run found
/// (<c>fuzz/regressions</c>, kept once fixed). CI replays them; it does not fuzz (<c>fuzz/run.sh</c> does).
/// </summary>
public class FuzzCorpusTests
{
    private static readonly string Root = Path.Combine(MessageCatalogTests.RepositoryRoot(), "fuzz");

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "seeds", "regressions" })
        {
            foreach (var target in FuzzTargets.All.Keys)
            {
                var directory = Path.Combine(Root, folder, target);
                if (!Directory.Exists(directory))
                {
                    continue;
                }

                foreach (var file in Directory.GetFiles(directory).Where(f => Path.GetFileName(f) != ".gitkeep").OrderBy(f => f, StringComparer.Ordinal))
                {
                    data.Add(target, Path.GetRelativePath(Root, file));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void A_corpus_input_keeps_every_promise_of_its_target(string target, string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Root, file));

        var act = () => FuzzTargets.All[target](bytes);

        act.Should().NotThrow();
    }

    [Fact]
    public void Every_target_has_seeds_and_a_regression_folder()
    {
        foreach (var target in FuzzTargets.All.Keys)
        {
            Directory.GetFiles(Path.Combine(Root, "seeds", target)).Should().NotBeEmpty(target + " starts from seeds");
            Directory.Exists(Path.Combine(Root, "regressions", target)).Should().BeTrue(target + " keeps its findings");
        }
    }

    [Fact]
    public void Every_target_is_named_and_takes_empty_input()
    {
        FuzzTargets.All.Should().ContainKeys("number", "numeral", "date", "quantity", "document", "extraction", "json");
        foreach (var target in FuzzTargets.All.Values)
        {
            target.Invoking(t => t(Array.Empty<byte>())).Should().NotThrow();
        }
    }
}
