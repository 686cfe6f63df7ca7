using CsCheck;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;
using SafetyModel.Tests.Serialization;

namespace SafetyModel.Parquet.Tests;

/// <summary>An export reads back to equal records, for every member the JSON contract has (generated records, synthetic).</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Kinds => new(RecordCatalogue.Default.Kinds.Select(k => k.Code));

    private static Gen<IRecord> GeneratorOf(string kind) => kind switch
    {
        "inspection" => ModelGenerators.Inspection.Select(r => (IRecord)r),
        "hazard" => ModelGenerators.Hazard.Select(r => (IRecord)r),
        "meeting" => ModelGenerators.Meeting.Select(r => (IRecord)r),
        "publicity" => ModelGenerators.Publicity.Select(r => (IRecord)r),
        "training" => ModelGenerators.Training.Select(r => (IRecord)r),
        "campaign" => ModelGenerators.Campaign.Select(r => (IRecord)r),
        "accident" => ModelGenerators.Accident.Select(r => (IRecord)r),
        "unit" => ModelGenerators.SupervisedUnit.Select(r => (IRecord)r),
        "enforcement" => ModelGenerators.Enforcement.Select(r => (IRecord)r),
        _ => throw new ArgumentException(kind),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Generated_records_of_every_kind_read_back_equal_in_order(string kind)
    {
        GeneratorOf(kind).Array[1000, 1200].Sample(
            records =>
            {
                var back = Exported.RoundTripAsync(records, new ParquetExportOptions { RowGroupSize = 300 }).GetAwaiter().GetResult();
                back.Should().HaveCount(records.Length);
                for (var i = 0; i < records.Length; i++)
                {
                    if (!back[i].Equals(records[i]))
                    {
                        throw new InvalidOperationException($"record {i} differs:\n{SafetyJson.Serialize(records[i], RecordCatalogue.Default)}\n{SafetyJson.Serialize(back[i], RecordCatalogue.Default)}");
                    }
                }
            },
            iter: 2,
            threads: 1);
    }

    [Fact]
    public async Task Members_the_contract_does_not_know_are_kept_in_the_unknown_column_and_read_back()
    {
        const string line = """{"type":"training","id":"t1","date":"2022-05-06","peopleTrained":{"qualifier":"more-than","stated":50,"lower":50,"lowerInclusive":false,"upper":60,"upperInclusive":false,"unit":"人","rawText":"50余人","note":"from the register"},"trainer":{"name":"张三"}}""";
        var record = JsonLines.ReadRecords(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(line + "\n"))).Single();

        var back = (await Exported.RoundTripAsync([record])).Single();

        SafetyJson.Serialize(back, RecordCatalogue.Default).Should().Be(SafetyJson.Serialize(record, RecordCatalogue.Default));
        SafetyJson.GetUnknownMembers(back).Select(p => p.Key).Should().Equal("trainer");
    }
}

/// <summary>Reading refuses files it cannot turn back into records, saying why.</summary>
public sealed class ImportRefusalTests
{
    [Fact]
    public async Task A_Parquet_file_not_written_by_the_package_is_refused_with_the_reason()
    {
        using var directory = new TempDirectory();
        var path = directory.Combine("other.parquet");
        var field = new global::Parquet.Schema.DataField<string>("id", true);
        await using (var stream = File.Create(path))
        {
            await using var writer = await global::Parquet.ParquetWriter.CreateAsync(new global::Parquet.Schema.ParquetSchema(field), stream, cancellationToken: TestContext.Current.CancellationToken);
            using var group = writer.CreateRowGroup();
            await group.WriteAsync(field, new[] { "x" }, null);
        }

        var read = async () => await ParquetImport.ReadFileAsync(path, cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        await read.Should().ThrowAsync<InvalidDataException>().WithMessage("*no 'safetymodel.kind' metadata*");
    }

    [Fact]
    public async Task A_file_of_a_kind_the_catalogue_lacks_is_refused_with_the_reason()
    {
        using var directory = new TempDirectory();
        var catalogue = RecordCatalogue.Default.With(TownKindTests.Drill.Kind);
        await ParquetExporter.ExportAsync([new TownKindTests.Drill { Id = "D-1", Date = new NodaTime.LocalDate(2022, 1, 1) }], directory.Path, new ParquetExportOptions { Catalogue = catalogue }, TestContext.Current.CancellationToken);

        var read = async () => await ParquetImport.ReadFileAsync(directory.Combine("drill", "part-00000.parquet"), cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        await read.Should().ThrowAsync<InvalidDataException>().WithMessage("*holds 'drill' records, a kind the catalogue*does not have*");
    }
}
