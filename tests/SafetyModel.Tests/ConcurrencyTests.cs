using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using NodaTime;
using SafetyModel.Accidents;
using SafetyModel.Aggregation;
using SafetyModel.Extraction;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;
using SafetyModel.Tests.Serialization;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Tests;

/// <summary>
/// The model is immutable and the library keeps no per-call state in shared places: the same instances aggregated,
/// validated, serialised and read from many threads at once give exactly what one thread gives.
/// </summary>
public class ConcurrencyTests
{
    private const int Threads = 8;
    private const int Rounds = 4;

    [Fact]
    public async Task Aggregation_validation_serialisation_and_reading_on_shared_instances_give_the_same_results_on_every_thread()
    {
        var records = ModelGenerators.Record
            .Where(r => Aggregator.BadFigure(r) is null)
            .Array[Iterations.Of(400)].Single(_ => true, seed: "0N0XIzNsQ0O2");
        var report = SafetyModel.Samples.SeedReport.Build();
        var text = SafetyModel.Tests.Seed.SeedFixture.Text;
        var batch = RecordBatch.Create(records);
        var context = new ValidationContext(new SafetyModel.Tests.Validation.FixedClock(new LocalDate(2023, 1, 1)), registry: DivisionRegistry.SampleWushenBanner);
        var query = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Quarter, Dimension = AggregationDimension.InspectionType,
            Measures = new[] { Measure.Records, Measure.InspectionHazardsFound, Measure.HazardsFound, Measure.PeopleReached, Measure.Deaths },
            AsOf = new LocalDate(2023, 1, 1),
        };

        string Run()
        {
            var parts = new List<string>
            {
                Aggregator.Aggregate(records, query).ToCsv(),
                Aggregator.Aggregate(batch, query).ToCsv(),
                RecordRules.Common.ValidateAll(records, context).ToString(),
                string.Join("\n", records.OfType<Hazard>().Select(h => RecordRules.Hazards.Validate(h, context).ToString())),
                ReportRules.Default.Validate(report, context).ToString(),
                string.Join("\n", ReportRules.Default.Validate(report, context).Issues.Select(i => i.Message.Chinese)),
                SafetyJson.Serialize(new RecordSet { Records = records, Reports = new[] { report } }),
                SafetyJson.Deserialize<RecordSet>(SafetyJson.Serialize(new RecordSet { Records = records })).Records.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                string.Join("\n", FigureExtractor.Extract(text).Value.Select(f => f.ToString())),
                SafetyJson.Serialize(SummaryText.Parse(text)),
            };
            return string.Join("\n---\n", parts);
        }

        var expected = Run();
        using var start = new Barrier(Threads);
        // A thread each (LongRunning), not pool threads: eight pool threads blocked at the barrier on a 2-core machine
        // would wait for the pool to grow, about a second per thread.
        var results = await Task.WhenAll(Enumerable.Range(0, Threads).Select(_ => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait(TestContext.Current.CancellationToken);
                return Enumerable.Range(0, Rounds).Select(_ => Run()).ToList();
            },
            TestContext.Current.CancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));

        results.SelectMany(r => r).Should().AllBe(expected);
        expected.Should().Contain("SM5001", "the seed report's warning is among the results compared");
    }
}
