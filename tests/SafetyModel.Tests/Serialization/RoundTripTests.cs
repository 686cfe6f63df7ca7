using SafetyModel.Diagnostics;
using SafetyModel.Work;
using System.Text.Json;
using CsCheck;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Serialization;

namespace SafetyModel.Tests.Serialization;

/// <summary>deserialize(serialize(x)) equals x for random valid model graphs: 1,000 cases a type, on every path in.</summary>
public class RoundTripTests
{
    private const int Cases = 1000;

    [Fact]
    public void Inspections_round_trip() => RoundTrips(ModelGenerators.Inspection);

    [Fact]
    public void Hazards_round_trip() => RoundTrips(ModelGenerators.Hazard);

    [Fact]
    public void Meetings_round_trip() => RoundTrips(ModelGenerators.Meeting);

    [Fact]
    public void Publicity_activities_round_trip() => RoundTrips(ModelGenerators.Publicity);

    [Fact]
    public void Trainings_round_trip() => RoundTrips(ModelGenerators.Training);

    [Fact]
    public void Campaigns_round_trip() => RoundTrips(ModelGenerators.Campaign);

    [Fact]
    public void Accidents_round_trip() => RoundTrips(ModelGenerators.Accident);

    [Fact]
    public void Supervised_units_round_trip() => RoundTrips(ModelGenerators.SupervisedUnit);

    [Fact]
    public void Enforcement_actions_round_trip() => RoundTrips(ModelGenerators.Enforcement);

    [Fact]
    public void Quantities_round_trip() => RoundTrips(ModelGenerators.Quantity);

    [Fact]
    public void Organisations_round_trip_with_their_credit_code_and_sector() => Gen.Select(
            ModelGenerators.Text, ModelGenerators.OptionalText, Gen.Enum<OrganisationKind>(), ModelGenerators.Division,
            Gen.OneOf(Gen.Const((UnifiedSocialCreditCode?)null), Gen.Const((UnifiedSocialCreditCode?)UnifiedSocialCreditCode.Parse("91330100799655058B"))),
            Gen.OneOf(Gen.Const((Sector?)null), Gen.Int[0, Sector.KnownValues.Count - 1].Select(i => (Sector?)Sector.KnownValues[i])))
        .Select((name, shortName, kind, division, code, sector) => new Organisation
        {
            Name = name, ShortName = shortName, Kind = kind, Division = division, CreditCode = code, Sector = sector,
        })
        .Sample(
            organisation =>
            {
                var json = SafetyJson.Serialize(organisation);
                return SafetyJson.Deserialize<Organisation>(json).Equals(organisation) &&
                       SafetyJson.Deserialize<Organisation>(json, SafetyJsonReadOptions.StrictDefault).Equals(organisation);
            },
            iter: Iterations.Of(Cases));

    [Fact]
    public void Reports_round_trip() => ModelGenerators.Report.Sample(
        report =>
        {
            var read = SafetyJson.Deserialize<WorkSummaryReport>(SafetyJson.Serialize(report));
            return read.Equals(report) && read.GetHashCode() == report.GetHashCode() &&
                   (read.Document?.Outline ?? []).Select(s => s.GetHashCode()).SequenceEqual((report.Document?.Outline ?? []).Select(s => s.GetHashCode())) &&
                   read.StatedFigures.SelectMany(f => f.Parts.Append(f)).Select(f => f.Source?.GetHashCode())
                       .SequenceEqual(report.StatedFigures.SelectMany(f => f.Parts.Append(f)).Select(f => f.Source?.GetHashCode()));
        },
        iter: Iterations.Of(300));

    [Fact]
    public void Records_round_trip_through_the_discriminator_and_strict_reading() => ModelGenerators.Record.Sample(
        record =>
        {
            var json = SafetyJson.Serialize(record);
            var read = SafetyJson.Deserialize<IRecord>(json);
            return read.Equals(record) && read.GetHashCode() == record.GetHashCode() && (StrictlyEqual(json, record) || HasUnknownCode(json));
        },
        iter: Iterations.Of(Cases));

    [Fact]
    public void Record_sets_round_trip_through_JsonSerializer_with_the_contract_options() => ModelGenerators.Record.Array[0, 20].Sample(
        records =>
        {
            var set = new RecordSet { Records = records };
            var json = JsonSerializer.Serialize(set, SafetyJson.Options);
            return JsonSerializer.Deserialize<RecordSet>(json, SafetyJson.Options)!.Equals(set) &&
                   SafetyJson.Deserialize<RecordSet>(json).Equals(set);
        },
        iter: Iterations.Of(200));

    [Fact]
    public void Record_streams_round_trip_through_JSON_Lines() => ModelGenerators.Record.Array[0, 50].Sample(
        records =>
        {
            using var stream = new MemoryStream();
            JsonLines.WriteRecords(stream, records);
            stream.Position = 0;
            return JsonLines.ReadRecords(stream).SequenceEqual(records);
        },
        iter: Iterations.Of(200));

    [Fact]
    public void Every_well_known_code_reads_strictly_including_Chinese_unit_codes()
    {
        foreach (var unit in QuantityUnit.KnownValues)
        {
            var quantity = Quantity.Exact(3, unit);
            SafetyJson.Deserialize<Quantity>(SafetyJson.Serialize(quantity), SafetyJsonReadOptions.StrictDefault).Should().Be(quantity, unit.Code);
        }
    }

    private static void RoundTrips<T>(Gen<T> gen)
        where T : class => gen.Sample(
        value =>
        {
            var json = SafetyJson.Serialize(value);
            var bytes = SafetyJson.SerializeToUtf8Bytes(value);
            var read = SafetyJson.Deserialize<T>(json);
            return read.Equals(value) && read.GetHashCode() == value.GetHashCode() && !read.Equals(null) &&
                   SafetyJson.Deserialize<T>(bytes.AsSpan()).Equals(value) && System.Text.Encoding.UTF8.GetString(bytes) == json;
        },
        iter: Iterations.Of(Cases));

    private static bool StrictlyEqual(string json, IRecord record)
    {
        try
        {
            return SafetyJson.Deserialize<IRecord>(json, SafetyJsonReadOptions.StrictDefault).Equals(record);
        }
        catch (JsonContractException)
        {
            return false;
        }
    }

    // Strict reading refuses open-list codes that are not well known; the generators make some on purpose.
    private static bool HasUnknownCode(string json)
    {
        try
        {
            SafetyJson.Deserialize<IRecord>(json, SafetyJsonReadOptions.StrictDefault);
            return false;
        }
        catch (JsonContractException e)
        {
            return e.Code == JsonContractCodes.UnknownCode;
        }
    }
}
