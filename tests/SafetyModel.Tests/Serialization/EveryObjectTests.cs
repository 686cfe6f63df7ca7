using System.Text.Json.Nodes;
using CsCheck;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Serialization;
using SafetyModel.Validation;

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
            iter: Iterations.Of(10, atLeast: 3));

    [Fact]
    public void The_seed_report_keeps_the_promises_at_every_object() =>
        Check(SafetyJson.Serialize(SafetyModel.Samples.SeedReport.Build()), json => SafetyJson.Deserialize<WorkSummaryReport>(json), r => SafetyJson.Serialize(r));

    private static void Check<T>(string json, Func<string, T> read, Func<T, string> write)
    {
        var objects = new List<(JsonPointer Pointer, JsonObject Node)>();
        Collect(JsonNode.Parse(json)!, JsonPointer.Root, objects);
        objects.Should().NotBeEmpty();

        foreach (var (pointer, node) in objects)
        {
            if (pointer.Segments.Count > 0)
            {
                Expect(read, Replace(json, pointer, JsonValue.Create(7)), JsonContractCodes.WrongKind, pointer);
            }

            foreach (var member in node.Where(m => m.Value is JsonValue value && value.TryGetValue<string>(out _)).Select(m => m.Key).ToList())
            {
                foreach (var (other, found) in OtherKinds)
                {
                    Expect(read, Replace(json, pointer.Append(member), JsonNode.Parse(other)), JsonContractCodes.WrongKind, pointer.Append(member))
                        .Arguments["found"].Should().Be(found, $"{other} at {pointer.Append(member)}");
                }
            }

            foreach (var member in node.Select(m => m.Key).ToList())
            {
                // Without one member the object reads, is refused for missing exactly that member, or breaks a rule
                // between its members (a quantity's bounds) — never another missing member.
                var without = JsonNode.Parse(json)!;
                ((JsonObject)Find(without, pointer)).Remove(member);
                try
                {
                    read(without.ToJsonString());
                }
                catch (JsonContractException e) when (e.Code == JsonContractCodes.MissingMember)
                {
                    e.Arguments["member"].Should().Be(member, $"only {member} was taken from {pointer}");
                    e.Pointer.Should().Be(pointer);
                }
                catch (JsonContractException e)
                {
                    e.Code.Should().Be(
                        member == "type" && pointer.Segments.Count == 0 ? JsonContractCodes.MissingRecordType : JsonContractCodes.InvalidValue,
                        $"taking {member} from {pointer} may only leave a record of no known kind or break a rule between members");
                }
            }

            var withUnknown = Replace(json, pointer.Append("zz-unknown"), JsonNode.Parse("""{"k":[1,"二",null,{"deep":true}]}"""));
            JsonNode.DeepEquals(JsonNode.Parse(write(read(withUnknown))), JsonNode.Parse(withUnknown)).Should().BeTrue($"an unknown member at {pointer} survives");
        }
    }

    /// <summary>Values of every other kind than a string, with the name an error gives the kind.</summary>
    private static readonly (string Json, string Found)[] OtherKinds =
        { ("7", "a number"), ("true", "a boolean"), ("[]", "an array"), ("{}", "an object") };

    private static JsonNode Find(JsonNode root, JsonPointer pointer)
    {
        var node = root;
        foreach (var token in pointer.Segments)
        {
            node = node is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]! : node[token]!;
        }

        return node;
    }

    private static JsonContractException Expect<T>(Func<string, T> read, string json, string code, JsonPointer pointer)
    {
        var act = () => read(json);

        var error = act.Should().Throw<JsonContractException>($"a {code} at {pointer}").Which;
        error.Code.Should().Be(code, pointer.ToString());
        error.Pointer.Should().Be(pointer);
        return error;
    }

    private static void Collect(JsonNode node, JsonPointer pointer, List<(JsonPointer, JsonObject)> objects)
    {
        switch (node)
        {
            case JsonObject obj:
                objects.Add((pointer, obj));
                foreach (var (name, child) in obj)
                {
                    if (child is not null)
                    {
                        Collect(child, pointer.Append(name), objects);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        Collect(item, pointer.Append(i), objects);
                    }
                }

                break;
        }
    }

    /// <summary>A copy of the document with the value at <paramref name="pointer"/> set (or added, for a new member).</summary>
    private static string Replace(string json, JsonPointer pointer, JsonNode? value)
    {
        var root = JsonNode.Parse(json)!;
        var tokens = pointer.Segments;
        var parent = root;
        foreach (var token in tokens.Take(tokens.Count - 1))
        {
            parent = parent is JsonArray array ? array[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]! : parent[token]!;
        }

        if (parent is JsonArray list)
        {
            list[int.Parse(tokens[^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            parent[tokens[^1]] = value;
        }

        return root.ToJsonString();
    }
}
