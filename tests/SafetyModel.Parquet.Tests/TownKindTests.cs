using NodaTime;
using SafetyModel.Contract;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Work;

namespace SafetyModel.Parquet.Tests;

/// <summary>A kind a town declares itself gets its table from its declaration and reads back, like the built-in ones.</summary>
public sealed class TownKindTests
{
    private static readonly RecordCatalogue Catalogue = RecordCatalogue.Default.With(Drill.Kind);

    [Fact]
    public void A_town_kind_gets_columns_from_its_contract_attributes()
    {
        var table = ParquetTable.For(Catalogue, "drill");

        table.Columns.Where(c => c.Role == ParquetColumnRole.Member).Select(c => c.ToString())
            .Should().Equal("id VARCHAR", "division VARCHAR", "date DATE", "scenario VARCHAR", "participants INTEGER", "scenario_tags VARCHAR[]");
    }

    [Fact]
    public async Task A_town_kind_reads_back_equal_beside_a_built_in_kind()
    {
        IRecord[] records =
        [
            new Drill { Id = "D-1", Division = DivisionCode.Parse("150626100000"), Date = new LocalDate(2022, 6, 16), Scenario = "消防疏散", Participants = 120, ScenarioTags = ["fire", "evacuation"] },
            new Drill { Id = "D-2", Date = new LocalDate(2022, 7, 8) },
            new Inspection { Id = "I-1", Start = new LocalDate(2022, 6, 20), Types = [InspectionType.FireSafety] },
        ];

        var back = await Exported.RoundTripAsync(records, new ParquetExportOptions { Catalogue = Catalogue });

        back.Should().HaveCount(3).And.Contain(records[0]).And.Contain(records[1]).And.Contain(records[2]);
    }

    /// <summary>An emergency drill (应急演练), declared as a town would (synthetic).</summary>
    [ContractObject("drill")]
    public sealed record Drill : IRecord
    {
        [ContractMember("id")]
        public string Id { get; init; } = string.Empty;

        [ContractMember("division")]
        public DivisionCode Division { get; init; }

        [ContractMember("date", Required = true)]
        public LocalDate Date { get; init; }

        [ContractMember("scenario")]
        public string? Scenario { get; init; }

        [ContractMember("participants")]
        public int Participants { get; init; }

        [ContractMember("scenarioTags")]
        public IReadOnlyList<string> ScenarioTags { get; init; } = [];

        public static RecordKind<Drill> Kind { get; } = new RecordKind<Drill>("drill", "应急演练", "emergency drill", "date");

        LocalDate? IRecord.ReferenceDate => Date;

        public bool Equals(Drill? other) =>
            other is not null && Id == other.Id && Division == other.Division && Date == other.Date && Scenario == other.Scenario && Participants == other.Participants && ScenarioTags.SequenceEqual(other.ScenarioTags);

        public override int GetHashCode() => HashCode.Combine(Id, Date);
    }
}
