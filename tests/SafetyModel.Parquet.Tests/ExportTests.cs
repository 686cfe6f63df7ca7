using CsCheck;
using DuckDB.NET.Data;
using NodaTime;
using Parquet;
using SafetyModel.Accidents;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Work;

namespace SafetyModel.Parquet.Tests;

/// <summary>How an export lays out its files, bounds its memory, partitions, and fails without leaving a file behind.</summary>
public sealed class ExportTests
{
    private static Inspection Inspection(int i, string division = "150626103201") => new()
    {
        Id = $"i{i}", Division = DivisionCode.Parse(division), Start = new LocalDate(2021 + (i % 3), 1 + (i % 12), 1), Types = [InspectionType.Comprehensive], HazardsFound = i % 4,
    };

    [Fact]
    public async Task Each_kind_gets_one_file_named_after_it_with_the_kind_in_its_metadata()
    {
        using var directory = new TempDirectory();
        IRecord[] records = [Inspection(1), new Meeting { Id = "m1", Date = new LocalDate(2022, 3, 1) }, Inspection(2)];

        var result = await ParquetExporter.ExportAsync(records, directory.Path, cancellationToken: TestContext.Current.CancellationToken);

        result.Files.Should().Equal("inspection/part-00000.parquet", "meeting/part-00000.parquet");
        directory.Files().Should().Equal(result.Files);
        result.RecordsByKind.Should().BeEquivalentTo(new Dictionary<string, long> { ["inspection"] = 2, ["meeting"] = 1 });
        await using var file = File.OpenRead(directory.Combine("meeting", "part-00000.parquet"));
        await using var reader = await ParquetReader.CreateAsync(file, cancellationToken: TestContext.Current.CancellationToken);
        reader.CustomMetadata[ParquetTable.KindMetadataKey].Should().Be("meeting");
    }

    [Fact]
    public async Task No_more_than_the_row_group_size_is_held_before_it_is_written_as_a_row_group()
    {
        using var directory = new TempDirectory();

        await ParquetExporter.ExportAsync(Enumerable.Range(0, 1000).Select(i => (IRecord)Inspection(i)), directory.Path, new ParquetExportOptions { RowGroupSize = 100 }, TestContext.Current.CancellationToken);

        await using var file = File.OpenRead(directory.Combine("inspection", "part-00000.parquet"));
        await using var reader = await ParquetReader.CreateAsync(file, cancellationToken: TestContext.Current.CancellationToken);
        reader.RowGroupCount.Should().Be(10);
        reader.RowGroups.Should().OnlyContain(g => g.RowCount == 100);
    }

    [Fact]
    public async Task A_failure_in_the_middle_of_the_input_leaves_no_file_behind()
    {
        using var directory = new TempDirectory();

        static IEnumerable<IRecord> Failing()
        {
            for (var i = 0; i < 500; i++)
            {
                yield return Inspection(i);
            }

            throw new InvalidDataException("line 501 is not a record");
        }

        var export = () => ParquetExporter.ExportAsync(Failing(), directory.Path, new ParquetExportOptions { RowGroupSize = 64, PartitionBy = [ParquetPartitionKey.Year] }, TestContext.Current.CancellationToken);

        await export.Should().ThrowAsync<InvalidDataException>().WithMessage("line 501*");
        directory.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task An_export_never_overwrites_an_earlier_one()
    {
        using var directory = new TempDirectory();
        await ParquetExporter.ExportAsync([Inspection(1)], directory.Path, cancellationToken: TestContext.Current.CancellationToken);
        var before = await File.ReadAllBytesAsync(directory.Combine("inspection", "part-00000.parquet"), TestContext.Current.CancellationToken);

        var again = () => ParquetExporter.ExportAsync([Inspection(2)], directory.Path, cancellationToken: TestContext.Current.CancellationToken);

        await again.Should().ThrowAsync<IOException>().WithMessage("*is there already*");
        (await File.ReadAllBytesAsync(directory.Combine("inspection", "part-00000.parquet"), TestContext.Current.CancellationToken)).Should().Equal(before);
        directory.Files().Should().Equal("inspection/part-00000.parquet");
    }

    [Fact]
    public async Task A_number_that_does_not_fit_an_exact_decimal_is_refused_with_the_record_id()
    {
        using var directory = new TempDirectory();
        var accident = new Accident { Id = "a-big", OccurredAt = new LocalDateTime(2022, 1, 1, 8, 0), DirectLossTenThousandYuan = 1_000_000_000_000_000_000_000m };

        var export = () => ParquetExporter.ExportAsync([accident], directory.Path, cancellationToken: TestContext.Current.CancellationToken);

        await export.Should().ThrowAsync<ArgumentException>().WithMessage("*accident record 'a-big'*DECIMAL(38,18)*");
        directory.Files().Should().BeEmpty();
    }

    [Fact]
    public async Task A_record_of_a_kind_the_catalogue_lacks_is_refused()
    {
        using var directory = new TempDirectory();
        var export = () => ParquetExporter.ExportAsync([new Stranger()], directory.Path, cancellationToken: TestContext.Current.CancellationToken);

        await export.Should().ThrowAsync<ArgumentException>().WithMessage("*Stranger is of no kind of the catalogue*");
    }

    [Fact]
    public async Task Hive_partitions_by_year_and_county_read_as_one_table_in_DuckDB()
    {
        using var directory = new TempDirectory();
        var records = Enumerable.Range(0, 300).Select(i => (IRecord)Inspection(i, i % 2 == 0 ? "150626103201" : "150602001000"))
            .Append(new Inspection { Id = "nowhere", Start = new LocalDate(2022, 5, 5) }).ToArray();

        var result = await ParquetExporter.ExportAsync(records, directory.Path, new ParquetExportOptions { PartitionBy = [ParquetPartitionKey.Year, ParquetPartitionKey.County] }, TestContext.Current.CancellationToken);

        result.Files.Should().Contain("inspection/year=2022/county=150626000000/part-00000.parquet")
            .And.Contain("inspection/year=2022/county=__HIVE_DEFAULT_PARTITION__/part-00000.parquet")
            .And.HaveCount(7);
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT count(*), count(*) FILTER (WHERE year = year(reference_date) AND county IS NOT DISTINCT FROM division_county), count(DISTINCT year), count(county)
            FROM read_parquet('{directory.Path}/inspection/**/*.parquet', hive_partitioning = true, hive_types = {"{'county': VARCHAR}"})
            """;
        using var reader = command.ExecuteReader();
        reader.Read().Should().BeTrue();
        (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)).Should().Be((301L, 301L, 3L, 300L));
    }

    [Fact]
    public void Partitioned_exports_read_back_to_the_same_records()
    {
        var options = new ParquetExportOptions { PartitionBy = [ParquetPartitionKey.Year, ParquetPartitionKey.County], RowGroupSize = 50 };
        CityRecords.Set.Sample(
            records =>
            {
                var back = Exported.RoundTripAsync(records, options).GetAwaiter().GetResult();
                static Dictionary<IRecord, int> Counted(IEnumerable<IRecord> set) => set.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
                Counted(back).Should().Equal(Counted(records));
            },
            iter: 2,
            threads: 1);
    }

    private sealed class Stranger : IRecord
    {
        public string Id => "s";

        public DivisionCode Division => default;

        public LocalDate? ReferenceDate => null;
    }
}
