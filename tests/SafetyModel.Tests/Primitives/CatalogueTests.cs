using SafetyModel.Primitives;

namespace SafetyModel.Tests.Primitives;

/// <summary>
/// The well-known values of every open list are exactly those of <c>Fixtures/catalogues.txt</c>: the same codes (part
/// of the JSON contract), in the same order, with the same Chinese and English names, and every other name listed
/// there reads as its value. A change to a catalogue shows in the fixture's diff.
/// </summary>
public class CatalogueTests
{
    private sealed record Entry(string Code, string ChineseName, string EnglishName, IReadOnlyList<string> OtherNames);

    private static Dictionary<string, List<Entry>> Fixture()
    {
        var lists = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        List<Entry>? current = null;
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "catalogues.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                current = new List<Entry>();
                lists.Add(line[1..^1], current);
                continue;
            }

            var parts = line.Split('\t');
            parts.Should().HaveCount(4, "a catalogue line is code, Chinese name, English name and other names: {0}", line);
            current.Should().NotBeNull("a catalogue line comes under a [list] heading");
            current!.Add(new Entry(parts[0], parts[1], parts[2], parts[3].Length == 0 ? Array.Empty<string>() : parts[3].Split('|')));
        }

        return lists;
    }

    public static TheoryData<string> Lists => new(ExtensibleEnumContractTests.All.Select(list => list.Name));

    private static ExtensibleEnumContractTests.OpenList Catalogue(string name) => ExtensibleEnumContractTests.All.Single(list => list.Name == name);

    [Theory]
    [MemberData(nameof(Lists))]
    public void The_well_known_values_are_those_published(string list)
    {
        var expected = Fixture()[list];

        Catalogue(list).Known.Select(k => $"{k.Code}\t{k.ChineseName}\t{k.EnglishName}")
            .Should().Equal(expected.Select(e => $"{e.Code}\t{e.ChineseName}\t{e.EnglishName}"));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void Every_published_name_reads_as_its_value(string list)
    {
        var fromName = Catalogue(list).FromName;

        foreach (var entry in Fixture()[list])
        {
            foreach (var name in entry.OtherNames.Append(entry.Code).Append(entry.ChineseName).Append(entry.EnglishName))
            {
                fromName(name).Should().NotBeNull(name).And.Match<IExtensibleEnum>(v => v.Code == entry.Code, name);
            }
        }
    }

    [Fact]
    public void The_fixture_lists_every_open_list()
    {
        Fixture().Keys.Should().BeEquivalentTo(ExtensibleEnumContractTests.All.Select(list => list.Name));
    }
}
