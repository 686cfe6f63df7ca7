using System.Text.Json.Nodes;
using CsCheck;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Serialization;

namespace SafetyModel.Tests.Serialization;

/// <summary>
/// Promises of the contract checked at every object of random records and reports — the record itself, its quantities,
/// categories, documents, outline sections, secrecy markings, groups, members, figures, sources: each refuses a value
/// of the wrong kind with the pointer to it, refuses a wrong kind in each of its text members with the pointer to the
/// member, and keeps an unknown member through a read and a write.
/// </summary>
public class EveryObjectTests
{
    [Fact]
    public void Every_object_of_random_records_keeps_the_promises() =>
        ModelGenerators.Record.Sample(record => Check(SafetyJson.Serialize(record), json => SafetyJson.Deserialize<IRecord>(json), r => SafetyJson.Serialize(r)),
            iter: Iterations.Of(100));

    [Fact]
    public void Every_object_of_random_reports_keeps_the_promises() =>
        ModelGenerators.Report.Sample(report => Check(SafetyJson.Serialize(report), json => SafetyJson.Deserialize<WorkSummaryReport>(json), r => SafetyJson.Serialize(r)),
            iter: Iterations.Of(10));

    [Fact]
    public void The_seed_report_keeps_the_promises_at_every_object() =>
        Check(SafetyJson.Serialize(SafetyModel.Samples.SeedReport.Build()), json => SafetyJson.Deserialize<WorkSummaryReport>(json), r => SafetyJson.Serialize(r));

    private static void Check<T>(string json, Func<string, T> read, Func<T, string> write)
    {
        var objects = new List<(string Pointer, JsonObject Node)>();
        Collect(JsonNode.Parse(json)!, string.Empty, objects);
        objects.Should().NotBeEmpty();

        foreach (var (pointer, node) in objects)
        {
            if (pointer.Length > 0)
            {
                Expect(read, Replace(json, pointer, JsonValue.Create(7)), JsonContractCodes.WrongKind, pointer);
            }

            foreach (var member in node.Where(m => m.Value is JsonValue value && value.TryGetValue<string>(out _)).Select(m => m.Key).ToList())
            {
                Expect(read, Replace(json, pointer + "/" + Escape(member), JsonValue.Create(7)), JsonContractCodes.WrongKind, pointer + "/" + Escape(member));
            }

            var withUnknown = Replace(json, pointer + "/zz-unknown", JsonNode.Parse("""{"k":[1,"二",null,{"deep":true}]}"""));
            JsonNode.DeepEquals(JsonNode.Parse(write(read(withUnknown))), JsonNode.Parse(withUnknown)).Should().BeTrue($"an unknown member at {pointer} survives");
        }
    }

    private static void Expect<T>(Func<string, T> read, string json, string code, string pointer)
    {
        var act = () => read(json);

        var error = act.Should().Throw<JsonContractException>($"a {code} at {pointer}").Which;
        error.Code.Should().Be(code, pointer);
        error.Pointer.ToString().Should().Be(pointer);
    }

    private static void Collect(JsonNode node, string pointer, List<(string, JsonObject)> objects)
    {
        switch (node)
        {
            case JsonObject obj:
                objects.Add((pointer, obj));
                foreach (var (name, child) in obj)
                {
                    if (child is not null)
                    {
                        Collect(child, pointer + "/" + Escape(name), objects);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        Collect(item, pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), objects);
                    }
                }

                break;
        }
    }

    /// <summary>A copy of the document with the value at <paramref name="pointer"/> set (or added, for a new member).</summary>
    private static string Replace(string json, string pointer, JsonNode? value)
    {
        var root = JsonNode.Parse(json)!;
        var tokens = pointer.Split('/').Skip(1).Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();
        var parent = root;
        foreach (var token in tokens.Take(tokens.Count - 1))
        {
            parent = parent is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]! : parent[token]!;
        }

        var last = tokens[^1];
        if (parent is JsonArray list)
        {
            list[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[last] = value;
        }

        return root.ToJsonString();
    }

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
