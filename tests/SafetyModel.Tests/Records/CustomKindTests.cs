using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CsCheck;
using FluentAssertions;
using Json.Schema;
using NodaTime;
using SafetyModel.Aggregation;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;
using SafetyModel.Tests.Serialization;
using SafetyModel.Tests.Validation;
using SafetyModel.Validation;
using SafetyModel.Work;
using Xunit;

namespace SafetyModel.Tests.Records;

/// <summary>
/// A kind declared outside the library — 巡查 (patrol): three members, a date and one measure — is read and written as
/// JSON and JSON Lines, appears in the schema, validates and aggregates through a catalogue, with no library change.
/// </summary>
public sealed class CustomKindTests
{
    private static readonly Measure Hours = new("patrol-hours", "巡查时长", "patrol hours", QuantityUnit.Day);

    private static readonly RecordKind<Patrol> Kind = new RecordKind<Patrol>("patrol", "巡查", "patrol", "date")
        .WithCount(Hours, p => p.Hours, "hours")
        .WithDimension(AggregationDimension.Sector, p => p.Sector is { } s ? new DimensionValue(s.Code, s.ChineseName) : default)
        .WithRules(new RuleSet<Patrol>("patrols", new[]
        {
            new ValidationRule<Patrol>("TOWN001", ValidationSeverity.Error, new LocalizedText("A patrol has a route.", "巡查有路线。"), (p, _) =>
                string.IsNullOrWhiteSpace(p.Route)
                    ? new[] { new ValidationIssue("TOWN001", ValidationSeverity.Error, JsonPointer.Root.Append("route"), new LocalizedText("No route.", "未写路线。")) }
                    : Array.Empty<ValidationIssue>()),
        }));

    private static readonly RecordCatalogue Catalogue = RecordCatalogue.Default.With(Kind);

    private static readonly SafetyJsonReadOptions Reading = new() { Catalogue = Catalogue };

    private static readonly DivisionCode Town = DivisionCode.Parse("150626100000");

    private static readonly Gen<Patrol> Patrols = Gen.Select(
            Gen.String.AlphaNumeric, ModelGenerators.Division, Gen.Int[2000, 2030].Select(y => new LocalDate(y, 1, 1)), Gen.Int[0, 364], ModelGenerators.OptionalText,
            Gen.Int[0, 24], Gen.OneOf(Gen.Const((Sector?)null), Gen.Const((Sector?)Sector.Construction), Gen.Const((Sector?)Sector.FromCode("town-own"))))
        .Select((id, division, year, day, route, hours, sector) => new Patrol { Id = id, Division = division, Date = year.PlusDays(day), Route = route, Hours = hours, Sector = sector });

    [Fact]
    public void A_patrol_round_trips_through_json_and_json_lines_with_every_member()
    {
        Gen.Select(Patrols, Patrols.Array[0, 6]).Sample((one, many) =>
        {
            var json = SafetyJson.Serialize(one, Catalogue);
            SafetyJson.Deserialize<IRecord>(json, Reading).Should().Be(one);

            using var stream = new MemoryStream();
            JsonLines.WriteRecords(stream, many, Catalogue).Should().Be(many.Length);
            stream.Position = 0;
            JsonLines.ReadRecords(stream, Reading).Should().Equal(many);
        }, iter: Iterations.Of(200));
    }

    [Fact]
    public void A_patrol_is_written_with_its_members_in_declaration_order_and_empty_ones_left_out()
    {
        var patrol = new Patrol { Id = "P-1", Division = Town, Date = new LocalDate(2022, 7, 7), Route = "镇区—工业园", Hours = 3 };

        SafetyJson.Serialize(patrol, Catalogue).Should().Be(
            """{"type":"patrol","id":"P-1","division":"150626100000","date":"2022-07-07","route":"镇区—工业园","hours":3}""");
    }

    [Fact]
    public void Unknown_members_are_kept_when_preserving_and_refused_with_their_pointer_when_strict()
    {
        const string json = """{"type":"patrol","id":"P-1","date":"2022-07-07","hours":2,"weather":"晴"}""";

        var kept = SafetyJson.Deserialize<IRecord>(json, Reading);
        SafetyJson.Serialize(kept, Catalogue).Should().Be("""{"type":"patrol","id":"P-1","date":"2022-07-07","hours":2,"weather":"晴"}""");

        var strict = () => SafetyJson.Deserialize<IRecord>(json, new SafetyJsonReadOptions { Catalogue = Catalogue, Strict = true });
        var error = strict.Should().Throw<JsonContractException>().Which;
        error.Code.Should().Be(JsonContractCodes.UnknownMember);
        error.Pointer.ToString().Should().Be("/weather");
    }

    [Theory]
    [InlineData("""{"type":"patrol","id":"P-1","hours":2}""", JsonContractCodes.MissingMember, "", "date")]
    [InlineData("""{"type":"patrol","id":"P-1","date":"2022-02-30"}""", JsonContractCodes.InvalidValue, "/date", "2022-02-30")]
    [InlineData("""{"type":"patrol","id":"P-1","date":"2022-07-07","hours":"two"}""", JsonContractCodes.WrongKind, "/hours", "string")]
    [InlineData("""{"type":"patrol","id":"P-1","date":"2022-07-07","date":"2022-07-08"}""", JsonContractCodes.DuplicateMember, "", "date")]
    [InlineData("""{"type":"patrol","id":"P-1","date":"2022-07-07","sector":7}""", JsonContractCodes.WrongKind, "/sector", "number")]
    public void A_broken_patrol_gets_the_contract_s_own_error_code_and_pointer(string json, string code, string path, string mentioned)
    {
        var read = () => SafetyJson.Deserialize<IRecord>(json, Reading);

        var error = read.Should().Throw<JsonContractException>().Which;
        error.Code.Should().Be(code);
        error.Pointer.ToString().Should().Be(path);
        error.Message.Should().Contain(mentioned);
        error.BytePositionInLine.Should().NotBeNull();
    }

    [Fact]
    public void A_file_of_patrols_aggregates_by_the_declared_member_as_the_records_do_and_needs_the_query_s_catalogue()
    {
        // The patrol's hours are a member it declares (WithCount(…, "hours")): JsonLines.Aggregate reads them alone;
        // by sector (a single-valued dimension, not a member) the patrols are read whole — the same tables either way.
        Gen.Select(Patrols.Where(p => p.Date.Year is >= 2 and <= 9998).Array[0, 30], Gen.Bool).Sample((patrols, bySector) =>
        {
            using var stream = new MemoryStream();
            JsonLines.WriteRecords(stream, patrols, Catalogue);
            var query = new AggregationQuery
            {
                Catalogue = Catalogue, DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month,
                Dimension = bySector ? AggregationDimension.Sector : AggregationDimension.None, Measures = new[] { Measure.Records, Hours },
            };

            var table = JsonLines.Aggregate(new MemoryStream(stream.ToArray()), query, Reading).Table;

            table.Rows.Select(Describe).Should().Equal(Aggregator.Aggregate(patrols, query).Rows.Select(Describe));
        }, iter: Iterations.Of(200));

        var other = new AggregationQuery { Catalogue = RecordCatalogue.Default.With(new RecordKind<Undeclared>("undeclared", "未声明", "undeclared", "date")) };
        FluentActions.Invoking(() => JsonLines.Aggregate(new MemoryStream(), other, Reading))
            .Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("*catalogue*");

        static string Describe(StatisticsRow row) =>
            $"{row.Kind} {row.Division?.Code} {row.Period?.Code} {row.Dimension} {row.DimensionName} " + string.Join(" | ", row.Values.Select(v => $"{v.Lower} {v.Upper}"));
    }

    [Fact]
    public void Without_the_catalogue_a_patrol_is_an_unknown_record_type()
    {
        var read = () => SafetyJson.Deserialize<IRecord>("""{"type":"patrol","id":"P-1","date":"2022-07-07"}""");

        read.Should().Throw<JsonContractException>().Which.Code.Should().Be(JsonContractCodes.UnknownRecordType);
        FluentActions.Invoking(() => SafetyJson.Serialize<IRecord>(new Patrol { Id = "P-1" })).Should().Throw<JsonContractException>();
    }

    [Fact]
    public void The_schema_of_the_catalogue_describes_the_patrol_and_a_real_validator_accepts_patrols_and_refuses_a_broken_one()
    {
        var schema = JsonSchema.FromText(SafetyJson.GetSchema(Catalogue));
        SafetyJson.GetSchema().Should().NotContain("patrol", "the default schema knows only the built-in kinds");

        using var stream = new MemoryStream();
        JsonLines.WriteRecords(stream, Patrols.Array[1, 5].Single(_ => true, seed: "0N0XIzNsQ0O2"), Catalogue);
        foreach (var line in Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var envelope = $$"""{"schemaVersion":"{{SafetyJson.SchemaVersion}}","records":[{{line}}]}""";
            using var document = JsonDocument.Parse(envelope);
            schema.Evaluate(document.RootElement).IsValid.Should().BeTrue(line);
        }

        using var broken = JsonDocument.Parse($$"""{"schemaVersion":"{{SafetyJson.SchemaVersion}}","records":[{"type":"patrol","id":"P-1","hours":"x"}]}""");
        schema.Evaluate(broken.RootElement).IsValid.Should().BeFalse();
    }

    [Fact]
    public void The_schema_describes_the_patrol_as_a_kind_its_user_declared_without_describing_its_members()
    {
        using var schema = JsonDocument.Parse(SafetyJson.GetSchema(Catalogue));
        var patrol = schema.RootElement.GetProperty("$defs").GetProperty("Patrol");

        patrol.GetProperty("description").GetString().Should().Be("A record of a kind declared by its user (Patrol, record type patrol).");
        patrol.GetProperty("properties").GetProperty("type").GetProperty("description").GetString().Should().NotBeNullOrEmpty();
        patrol.GetProperty("properties").EnumerateObject().Where(p => p.Name != "type")
            .Should().NotBeEmpty().And.OnlyContain(p => p.Value.GetRawText().IndexOf("\"description\"", StringComparison.Ordinal) < 0, "no XML documentation is there at run time");
    }

    [Fact]
    public void A_patrol_validates_with_the_common_rules_and_its_own()
    {
        var context = new ValidationContext(new FixedClock(new LocalDate(2022, 12, 31)));
        var patrol = new Patrol { Id = " ", Division = Town, Date = new LocalDate(2023, 1, 5), Hours = 2 };

        var issues = Catalogue.Validate(patrol, context).Issues.Select(i => (i.Code, Path: i.Path.ToString())).ToList();

        issues.Should().BeEquivalentTo(new[]
        {
            (ValidationCodes.RecordIdMissing, "/id"),
            (ValidationCodes.RecordDateInFuture, "/date"),
            ("TOWN001", "/route"),
        });
        RecordCatalogue.Default.Validate(patrol, context).Issues.Select(i => i.Code).Should().NotContain("TOWN001", "the default catalogue does not know the kind's own rules");
    }

    [Fact]
    public void Patrols_aggregate_by_month_and_by_their_own_measure_the_same_way_from_records_and_from_a_batch()
    {
        var records = new IRecord[]
        {
            new Patrol { Id = "P-1", Division = Town, Date = new LocalDate(2022, 7, 7), Hours = 3, Sector = Sector.Construction },
            new Patrol { Id = "P-2", Division = Town, Date = new LocalDate(2022, 7, 20), Hours = 5 },
            new Patrol { Id = "P-3", Division = Town, Date = new LocalDate(2022, 8, 1), Hours = 2, Sector = Sector.Construction },
            new Inspection { Id = "I-1", Division = Town, Start = new LocalDate(2022, 7, 8) },
        };
        var query = new AggregationQuery
        {
            Catalogue = Catalogue,
            Granularity = PeriodGranularity.Month,
            Dimension = AggregationDimension.RecordType,
            Measures = new[] { Measure.Records, Hours },
        };

        var table = Aggregator.Aggregate(records, query);
        var batch = Aggregator.Aggregate(RecordBatch.Create(records, Catalogue), query);

        table.Details.Select(r => (r.Period!.Code, r.Dimension, r.DimensionName, (int)r[Measure.Records].Stated, (int)r[Hours].Stated)).Should().Equal(
            ("2022-07", "inspection", "检查", 1, 0),
            ("2022-07", "patrol", "巡查", 2, 8),
            ("2022-08", "patrol", "巡查", 1, 2));
        table.Total[Hours].Should().Be(Quantity.Exact(10, QuantityUnit.Day));
        batch.ToCsv().Should().Be(table.ToCsv());

        var bySector = Aggregator.Aggregate(records, new AggregationQuery { Catalogue = Catalogue, Dimension = AggregationDimension.Sector, Measures = new[] { Hours } });
        bySector.Details.Select(r => (r.Dimension, (int)r[Hours].Stated)).Should().Equal((string.Empty, 5), (Sector.Construction.Code, 5));
    }

    [Fact]
    public void A_patrol_without_the_catalogue_is_refused_by_aggregation_with_what_to_do()
    {
        var act = () => Aggregator.Aggregate(new IRecord[] { new Patrol { Id = "P-9", Date = new LocalDate(2022, 7, 7) } }, new AggregationQuery());

        act.Should().Throw<ArgumentException>().WithMessage("The record at index 0 ('P-9') is a Patrol, a type the query's catalogue has no kind for*RecordCatalogue.With*");
    }

    [Fact]
    public void A_negative_figure_of_the_kind_is_refused_naming_its_member()
    {
        var act = () => Aggregator.Aggregate(new IRecord[] { new Patrol { Id = "P-1", Date = new LocalDate(2022, 7, 7), Hours = -1 } }, new AggregationQuery { Catalogue = Catalogue });

        act.Should().Throw<ArgumentException>().WithMessage("*'P-1'*negative hours*");
    }

    [Fact]
    public void A_catalogue_refuses_a_second_kind_of_the_same_code_or_type()
    {
        FluentActions.Invoking(() => Catalogue.With(new RecordKind<Patrol>("patrol-2", "巡查", "patrol", "date"))).Should().Throw<ArgumentException>().WithMessage("*Patrol*");
        FluentActions.Invoking(() => Catalogue.With(new RecordKind<Meeting>("patrol", "巡查", "patrol", "date"))).Should().Throw<ArgumentException>().WithMessage("*'patrol'*");
        FluentActions.Invoking(() => RecordCatalogue.Default.With(new RecordKind<Patrol>("inspection", "巡查", "patrol", "date"))).Should().Throw<ArgumentException>().WithMessage("*'inspection'*");
    }

    [Fact]
    public void A_kind_whose_type_the_contract_cannot_read_is_refused_with_the_reason()
    {
        var undeclared = RecordCatalogue.Default.With(new RecordKind<Undeclared>("undeclared", "未声明", "undeclared", "date"));
        var wrongDate = RecordCatalogue.Default.With(new RecordKind<Patrol>("patrol", "巡查", "patrol", "day"));
        var unsupported = RecordCatalogue.Default.With(new RecordKind<WithTimeSpan>("timed", "计时", "timed", "date"));

        FluentActions.Invoking(() => SafetyJson.GetSchema(undeclared)).Should().Throw<ArgumentException>().WithMessage("*[ContractObject(\"undeclared\")]*");
        FluentActions.Invoking(() => SafetyJson.GetSchema(wrongDate)).Should().Throw<ArgumentException>().WithMessage("*dated by 'day'*");
        FluentActions.Invoking(() => SafetyJson.GetSchema(unsupported)).Should().Throw<ArgumentException>().WithMessage("*'length'*TimeSpan*");
    }

    [Fact]
    public void The_run_time_codec_writes_and_reads_the_built_in_inspections_and_trainings_exactly_as_their_generated_codecs()
    {
        // The same attributes read two ways — by the source generator, and at run time for a town's kinds — give the same contract.
        var contract = JsonContract.Preserving;
        var inspections = RuntimeCodec<Inspection>.Create(contract, RecordKinds.Inspection);
        var trainings = RuntimeCodec<Training>.Create(contract, RecordKinds.Training);
        Gen.Select(ModelGenerators.Inspection, ModelGenerators.Training).Sample((inspection, training) =>
        {
            JsonContractForTests.Write(inspections, inspection).Should().Be(SafetyJson.Serialize(inspection));
            JsonContractForTests.Write(trainings, training).Should().Be(SafetyJson.Serialize(training));
            JsonContractForTests.Read(inspections, SafetyJson.Serialize(inspection)).Should().Be(inspection);
            JsonContractForTests.Read(trainings, SafetyJson.Serialize(training)).Should().Be(training);
        }, iter: Iterations.Of(300));
    }

    private static class JsonContractForTests
    {
        public static string Write<T>(IJsonCodec<T> codec, T value)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, SafetyJson.WriterOptions(indented: false)))
            {
                codec.Write(writer, value);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        public static T Read<T>(IJsonCodec<T> codec, string json)
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
            reader.Read();
            return codec.Read(ref reader);
        }
    }

    /// <summary>巡查, a town's own record kind.</summary>
    [ContractObject("patrol")]
    public sealed record Patrol : IRecord
    {
        [ContractMember("id")]
        public string Id { get; init; } = string.Empty;

        [ContractMember("division")]
        public DivisionCode Division { get; init; }

        [ContractMember("date", Required = true)]
        public LocalDate Date { get; init; }

        [ContractMember("route")]
        public string? Route { get; init; }

        [ContractMember("hours")]
        public int Hours { get; init; }

        [ContractMember("sector")]
        public Sector? Sector { get; init; }

        LocalDate? IRecord.ReferenceDate => Date;
    }

    /// <summary>A record type with no contract attribute.</summary>
    public sealed record Undeclared : IRecord
    {
        public string Id { get; init; } = string.Empty;

        public DivisionCode Division { get; init; }

        [ContractMember("date")]
        public LocalDate Date { get; init; }

        LocalDate? IRecord.ReferenceDate => Date;
    }

    /// <summary>A record type with a member the contract has no reader for.</summary>
    [ContractObject("timed")]
    public sealed record WithTimeSpan : IRecord
    {
        [ContractMember("id")]
        public string Id { get; init; } = string.Empty;

        public DivisionCode Division { get; init; }

        [ContractMember("date")]
        public LocalDate Date { get; init; }

        [ContractMember("length")]
        public TimeSpan Length { get; init; }

        LocalDate? IRecord.ReferenceDate => Date;
    }
}
