using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.Tests.Validation;

public class BatchValidationTests
{
    private static readonly ValidationContext Today = FixedClock.On(2022, 7, 7).Context;

    [Fact]
    public void Issues_of_a_batch_carry_the_index_of_their_record()
    {
        var batch = new Hazard[]
        {
            new() { Id = "H-1", FoundOn = new LocalDate(2022, 5, 10) },
            new() { Id = "H-2", FoundOn = new LocalDate(2022, 5, 10), Status = HazardStatus.Rectified, RectifiedOn = new LocalDate(2022, 5, 1) },
            null!,
        };

        var report = RecordRules.Hazards.ValidateAll(batch, Today);

        report.Issues.Select(i => (i.Code, i.Path.ToString())).Should().Equal(
            (ValidationCodes.RectifiedBeforeFound, "/1/rectifiedOn"),
            (ValidationCodes.Required, "/2"));
    }

    [Fact]
    public void Batch_validation_streams_without_holding_the_batch()
    {
        static IEnumerable<IRecord> Endless()
        {
            for (var i = 0; ; i++)
            {
                yield return new Meeting { Id = i == 3 ? string.Empty : "M-" + i, Division = DivisionCode.Parse("150626103"), Date = new LocalDate(2022, 3, 1) };
            }
        }

        RecordRules.Common.ValidateEach(Endless(), Today).First().Path.ToString().Should().Be("/3/id");
    }

    [Fact]
    public void Pointers_join_and_issues_move_under_a_prefix()
    {
        JsonPointer.Parse("/document").Append(JsonPointer.Parse("/date")).ToString().Should().Be("/document/date");
        JsonPointer.Root.Append(JsonPointer.Parse("/a")).ToString().Should().Be("/a");
        JsonPointer.Parse("/a").Append(JsonPointer.Root).ToString().Should().Be("/a");

        var issue = new ValidationIssue("X", ValidationSeverity.Warning, JsonPointer.Parse("/date"), new SafetyModel.Diagnostics.LocalizedText("x", "x"));
        issue.At(JsonPointer.Parse("/document")).Path.ToString().Should().Be("/document/date");
        issue.At(JsonPointer.Root).Should().BeSameAs(issue);
    }
}

public class AsyncBatchValidationTests
{
    private static readonly ValidationContext Today = FixedClock.On(2022, 7, 7).Context;

    private static async IAsyncEnumerable<Hazard> Stream(int count, int broken)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return i == broken
                ? new Hazard { Id = "H-" + i, FoundOn = new LocalDate(2022, 5, 10), Status = HazardStatus.Rectified, RectifiedOn = new LocalDate(2022, 5, 1) }
                : new Hazard { Id = "H-" + i, FoundOn = new LocalDate(2022, 5, 10) };
        }
    }

    [Fact]
    public async Task An_asynchronous_stream_is_validated_as_it_arrives()
    {
        var issues = new List<ValidationIssue>();
        await foreach (var issue in RecordRules.Hazards.ValidateEachAsync(Stream(1000, broken: 637), Today, TestContext.Current.CancellationToken))
        {
            issues.Add(issue);
        }

        issues.Select(i => i.Path.ToString()).Should().Equal("/637/rectifiedOn");
    }

    [Fact]
    public async Task Cancellation_stops_the_stream()
    {
        using var cancel = new CancellationTokenSource();
        var seen = 0;
        var run = async () =>
        {
            await foreach (var issue in RecordRules.Hazards.ValidateEachAsync(Stream(1000, broken: 5), Today, cancel.Token))
            {
                seen++;
                await cancel.CancelAsync();
            }
        };

        await run.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Be(1);
    }
}
