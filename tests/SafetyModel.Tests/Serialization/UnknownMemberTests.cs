using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Serialization;

namespace SafetyModel.Tests.Serialization;

/// <summary>Members a newer writer added survive a read and a write by this version, unchanged and in order.</summary>
public class UnknownMemberTests
{
    private static readonly Gen<JsonNode?> Value = Gen.OneOf(
        Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i)),
        Gen.String.Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Const((JsonNode?)null),
        Gen.Const<JsonNode?>(JsonNode.Parse("""{"nested":[1,2.50,{"deep":"值"}],"big":123456789012345678901234567890}""")));

    private static readonly Gen<(string Name, JsonNode? Value)[]> Extras =
        Gen.Select(Gen.String[Gen.Char["abcxyz新字段_"], 1, 8].Select(n => "x_" + n), Value).Array[1, 20]
            .Select(members => members.DistinctBy(m => m.Item1).ToArray());

    [Fact]
    public void Unknown_members_on_records_survive_read_then_write() => Gen.Select(ModelGenerators.Record, Extras).Sample(
        (record, extras) =>
        {
            var node = JsonNode.Parse(SafetyJson.Serialize(record))!.AsObject();
            foreach (var (name, value) in extras)
            {
                node[name] = value?.DeepClone();
            }

            var written = JsonNode.Parse(SafetyJson.Serialize(SafetyJson.Deserialize<IRecord>(node.ToJsonString())))!.AsObject();
            return JsonNode.DeepEquals(written, node) &&
                   written.Select(m => m.Key).TakeLast(extras.Length).SequenceEqual(extras.Select(e => e.Name));
        },
        iter: Iterations.Of(1000));

    [Fact]
    public void Unknown_members_inside_nested_objects_survive()
    {
        var json = """
            {"schemaVersion":"1.3","records":[],"reports":[{"division":"150626103000","statedFigures":[{"indicator":"leaflets",
            "quantity":{"qualifier":"more-than","stated":500,"lower":500,"lowerInclusive":false,"upper":600,"upperInclusive":false,"unit":"份","rawText":"500余份","confidence":0.9},
            "provenance":{"paragraph":3}}]}],"producer":"town-system 4.2"}
            """;

        var set = SafetyJson.Deserialize<RecordSet>(json);
        var written = SafetyJson.Serialize(set);

        JsonNode.DeepEquals(JsonNode.Parse(written), JsonNode.Parse(json)).Should().BeTrue(written);
        SafetyJson.GetUnknownMembers(set).Single().Key.Should().Be("producer");
        SafetyJson.GetUnknownMembers(set.Reports[0].StatedFigures[0].Quantity!).Single().Value.GetDouble().Should().Be(0.9);
    }

    [Fact]
    public void Unknown_members_can_be_carried_to_a_changed_copy()
    {
        var read = SafetyJson.Deserialize<SafetyModel.Work.Meeting>("""{"type":"meeting","id":"M-1","date":"2022-05-01","room":"三楼"}""");
        var copy = new SafetyModel.Work.Meeting { Id = read.Id, Date = read.Date, Attendance = 12 };

        SafetyJson.CopyUnknownMembers(read, copy);

        SafetyJson.Serialize(copy).Should().EndWith(",\"room\":\"三楼\"}");
    }

    [Fact]
    public void Strict_reading_keeps_nothing_it_does_not_know()
    {
        var act = () => SafetyJson.Deserialize<WorkSummaryReport>("""{"division":"150626103000","x":1}""", SafetyJsonReadOptions.StrictDefault);

        act.Should().Throw<JsonContractException>().Which.Code.Should().Be(JsonContractCodes.UnknownMember);
    }
}
