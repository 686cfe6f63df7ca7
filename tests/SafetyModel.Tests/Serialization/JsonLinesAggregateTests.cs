using System.IO;
using System.Text;
using System.Threading.Tasks;
using CsCheck;
using NodaTime;
using SafetyModel.Aggregation;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Serialization;
using SafetyModel.Work;

namespace SafetyModel.Tests.Serialization;

/// <summary>
/// <see cref="JsonLines.Aggregate"/> reads only the members a query needs, in chunks on several threads: its table,
/// first error and unknown members must be those of reading every record and aggregating them.
/// </summary>
public sealed class JsonLinesAggregateTests
{
    private static readonly DivisionCode Town = DivisionCode.Parse("150626103000");

    private static readonly Gen<IRecord> ValidRecord = ModelGenerators.Record.Where(r => Aggregator.BadFigure(r) is null);

    private static readonly Gen<AggregationQuery> Query = Gen.Select(
        Gen.OneOf(Gen.Const((DivisionLevel?)null), Gen.Const((DivisionLevel?)DivisionLevel.County), Gen.Const((DivisionLevel?)DivisionLevel.Township)),
        Gen.OneOf(Gen.Const((PeriodGranularity?)null), Gen.Const((PeriodGranularity?)PeriodGranularity.Month), Gen.Const((PeriodGranularity?)PeriodGranularity.Quarter), Gen.Const((PeriodGranularity?)PeriodGranularity.Year)),
        Gen.Int[0, AggregationDimension.BuiltIn.Count - 1].Select(i => AggregationDimension.BuiltIn[i]),
        Gen.Shuffle(Measure.BuiltIn.ToArray()).SelectMany(all => Gen.Int[1, 4].Select(n => all.Take(n).ToArray())))
        .Select((level, granularity, dimension, measures) => new AggregationQuery
        {
            DivisionLevel = level, Granularity = granularity, Dimension = dimension, Measures = measures, AsOf = new LocalDate(2023, 1, 1),
        });

    private static readonly ParallelOptions TwoThreads = new() { MaxDegreeOfParallelism = 2 };

    [Fact]
    public void A_stream_aggregates_to_the_table_of_its_records_for_every_query_on_one_thread_or_two()
    {
        // Small chunks (256 bytes), so that a stream of a few records is read as many chunks on both threads.
        Gen.Select(ValidRecord.Array[0, 40], Query).Sample((records, query) =>
        {
            var bytes = Lines(records);
            var expected = Describe(Aggregator.Aggregate(records, query));

            Describe(Run(bytes, query, null)).Should().Equal(expected);
            Describe(Run(bytes, query, TwoThreads, chunkBytes: 256)).Should().Equal(expected);
        }, iter: Iterations.Of(300));
    }

    [Fact]
    public void A_mutated_line_is_counted_or_refused_exactly_as_the_record_reader_counts_or_refuses_it()
    {
        // The projector's own scanner must accept only what the record reader accepts: valid lines broken in random
        // ways (a character deleted, doubled or replaced by JSON punctuation, digits, letters, a control character,
        // a backslash) give the same table, or the same error, on both paths.
        var alphabet = "{}[],:\"\\ \t0123456789-+.eEnultrfasx\u0001é".ToCharArray();
        var lines = new[]
        {
            Line("I-1", hazards: "12"),
            "{\"type\":\"inspection\",\"id\":\"I-2\",\"division\":\"150626103000\",\"start\":\"2022-06-01\",\"types\":[\"fire-safety\",\"routine\"],\"inspected\":[\"加油站\",\"超市\"],\"hazardsFound\":null,\"end\":\"2022-06-02\"}",
            "{\"type\":\"meeting\",\"id\":\"M-1\",\"division\":\"150626103000\",\"date\":\"2022-06-01\",\"topics\":[\"汛期\"],\"attendance\":30,\"doublesAsTraining\":true}",
        };
        var query = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month, Dimension = AggregationDimension.InspectionType,
            Measures = new[] { Measure.Records, Measure.InspectionHazardsFound, Measure.Meetings },
        };
        Gen.Select(Gen.Int[0, lines.Length - 1], Gen.Int[0, 3].SelectMany(n => Gen.Select(Gen.Int[0, 400], Gen.Int[0, 2], Gen.Int[0, alphabet.Length - 1]).Array[n, n]))
            .Sample((which, edits) =>
            {
                var text = new StringBuilder(lines[which]);
                foreach (var (at, kind, character) in edits)
                {
                    var position = at % (text.Length + 1);
                    switch (kind)
                    {
                        case 0 when position < text.Length:
                            text.Remove(position, 1);
                            break;
                        case 1 when position < text.Length:
                            text[position] = alphabet[character];
                            break;
                        default:
                            text.Insert(position, alphabet[character]);
                            break;
                    }
                }

                var bytes = Encoding.UTF8.GetBytes(Line("I-0", hazards: "1") + "\n" + text);
                var expected = Outcome(() => Aggregator.Aggregate(JsonLines.ReadRecords(new MemoryStream(bytes)), query));
                var actual = Outcome(() => JsonLines.Aggregate(new MemoryStream(bytes), query).Table);
                actual.Should().Be(expected, "the line is {0}", text.ToString());
            }, iter: Iterations.Of(3_000));
    }

    [Fact]
    public void A_line_with_invalid_utf8_anywhere_is_refused_as_the_record_reader_refuses_it()
    {
        // The scanner checks UTF-8 only in strings that have a byte above 0x7F and takes no such byte elsewhere: bytes
        // no UTF-8 text has (a lone continuation, an overlong or surrogate lead, a cut sequence) put in a name, a value
        // read, a value skipped, a list or between tokens give the record reader's error, at its line.
        var bad = new byte[] { 0x80, 0xBF, 0xC0, 0xC3, 0xE4, 0xED, 0xF0, 0xF5, 0xFF };
        var lines = new[]
        {
            "{\"type\":\"inspection\",\"id\":\"I-2\",\"division\":\"150626103000\",\"start\":\"2022-06-01\",\"types\":[\"fire-safety\",\"routine\"],\"inspectingBody\":\"乌兰陶勒盖镇安全生产委员会办公室\",\"inspected\":[\"加油站\",\"超市\"],\"hazardsFound\":3}",
            "{\"type\":\"inspection\",\"id\":\"I-3\",\"division\":\"150626103000\",\"start\":\"2022-06-01\",\"end\":\"2022-06-02\",\"types\":[\"routine\"],\"hazardsFound\":1}",
        };
        var query = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month, Dimension = AggregationDimension.InspectionType,
            Measures = new[] { Measure.Records, Measure.InspectionHazardsFound },
        };
        Gen.Select(Gen.Int[0, lines.Length - 1], Gen.Int[0, 400], Gen.Int[0, bad.Length - 1], Gen.Bool).Sample((which, at, b, replace) =>
        {
            var line = Encoding.UTF8.GetBytes(lines[which]).ToList();
            var position = at % line.Count;
            if (replace)
            {
                line[position] = bad[b];
            }
            else
            {
                line.Insert(position, bad[b]);
            }

            var bytes = Encoding.UTF8.GetBytes(Line("I-0", hazards: "1") + "\n").Concat(line).ToArray();
            var expected = Outcome(() => Aggregator.Aggregate(JsonLines.ReadRecords(new MemoryStream(bytes)), query));
            var actual = Outcome(() => JsonLines.Aggregate(new MemoryStream(bytes), query).Table);
            actual.Should().Be(expected, "byte 0x{0:X2} {1} at {2} of line {3}", bad[b], replace ? "replaces the byte" : "is put", position, which);
            if (!IsUtf8(line.ToArray()))
            {
                expected.Should().StartWith("SM", "a line that is not UTF-8 is refused");
            }
        }, iter: Iterations.Of(1_000));
    }

    [Theory]
    [InlineData("{\"type\":\"inspection\",\"hazardsFound\":3,\"types\":[\"routine\"],\"start\":\"2022-06-01\",\"division\":\"150626103000\",\"id\":\"I-2\"}")]
    [InlineData("{\"type\":\"inspection\",\"id\":\"I-2\",\"divi\\u0073ion\":\"150626103000\",\"start\":\"2022-06-01\",\"types\":[\"routine\"],\"hazardsFound\":3}")]
    [InlineData("{\"type\":\"inspection\",\"id\":\"I-2\" , \"division\" : \"150626103000\",\"start\":\"2022-06-01\",\"types\":[\"routine\"],\"hazardsFound\":3}")]
    [InlineData("{\"type\":\"inspection\",\"id\":\"I-2\",\"division\":\"150626103000\",\"division\":\"150626104000\",\"start\":\"2022-06-01\",\"types\":[\"routine\"]}")]
    [InlineData("{\"type\":\"inspection\",\"id\":\"I-2\",\"division\":\"150626103000\",\"start\":\"2022-02-29\",\"types\":[\"routine\"],\"hazardsFound\":3}")]
    [InlineData("{\"type\":\"inspection\",\"id\":\"I-2\",\"division\":\"150626103000\",\"start\":\"2024-02-29\",\"types\":[\"routine\"],\"hazardsFound\":3}")]
    [InlineData("{\"type\":\"inspection\",\"id\":\"I-2\",\"division\":\"150626103000\",\"start\":\"0001-01-01\",\"types\":[\"routine\"],\"hazardsFound\":3}")]
    [InlineData("{\"type\":\"inspection\",\"id\":\"I-2\",\"division\":\"150626103000\",\"start\":\"2022-6-01\",\"types\":[\"routine\"],\"hazardsFound\":3}")]
    [InlineData("{\"type\":\"inspection\",\"id\":\"I-2\",\"division\":\"150626103000\",\"start\":\"2022-06-01\",\"end\":\"2022-06-31\",\"types\":[\"routine\"]}")]
    [InlineData("{\"type\":\"inspection\",\"id\":\"I-2\",\"division\":\"150626103000\",\"start\":\"2022-06-01\",\"end\":\"2022-06-30\",\"types\":[\"routine\"]}")]
    public void Members_in_another_order_escaped_spaced_or_twice_and_dates_that_do_not_exist_read_as_the_record_reader_reads_them(string line)
    {
        // The projector matches the member the contract declares next by its bytes and reads a date from its digits;
        // any other spelling takes the general path, and a date that does not exist, or in a year no period covers,
        // is read whole: the same table or error either way.
        var query = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month, Dimension = AggregationDimension.InspectionType,
            Measures = new[] { Measure.Records, Measure.InspectionHazardsFound },
        };
        var bytes = Encoding.UTF8.GetBytes(Line("I-0", hazards: "1") + "\n" + line + "\n" + line.Replace("I-2", "I-3", StringComparison.Ordinal));

        Outcome(() => JsonLines.Aggregate(new MemoryStream(bytes), query).Table)
            .Should().Be(Outcome(() => Aggregator.Aggregate(JsonLines.ReadRecords(new MemoryStream(bytes)), query)));
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string Outcome(Func<StatisticsTable> run)
    {
        try
        {
            return string.Join("\n", Describe(run()));
        }
        catch (JsonContractException e)
        {
            return $"{e.Code} line {e.LineNumber}";
        }
        catch (ArgumentException e)
        {
            return "refused: " + e.GetType().Name;
        }
    }

    [Fact]
    public void Inspections_by_town_month_and_type_are_projected_and_agree_with_the_records_including_unknown_codes()
    {
        var random = new Random(7);
        var types = InspectionType.KnownValues.Take(6).Append(InspectionType.FromCode("town-own-check")).ToArray();
        var records = Enumerable.Range(0, 3_000).Select(i => (IRecord)new Inspection
        {
            Id = "I-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Division = DivisionCode.Parse("1506261" + random.Next(10, 16).ToString(System.Globalization.CultureInfo.InvariantCulture) + "000"),
            Start = new LocalDate(2022, 1, 1).PlusDays(random.Next(365)),
            Types = Enumerable.Range(0, random.Next(0, 4)).Select(_ => types[random.Next(types.Length)]).ToArray(),
            HazardsFound = random.Next(4) == 0 ? null : random.Next(12),
            InspectingBody = "乌兰陶勒盖镇安全生产委员会办公室",
        }).ToArray();
        var query = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month, Dimension = AggregationDimension.InspectionType,
            Measures = new[] { Measure.Records, Measure.InspectionHazardsFound, Measure.Inspections, Measure.Meetings },
        };

        var result = JsonLinesAggregator.Run(new MemoryStream(Lines(records)), query, SafetyJsonReadOptions.Default, TwoThreads, chunkBytes: 4096);

        Describe(result.Table).Should().Equal(Describe(Aggregator.Aggregate(records, query)));
        result.Records.Should().Be(3_000);
        result.Table.Rows.Should().Contain(r => r.Dimension == "town-own-check");
    }

    [Fact]
    public void Approximate_people_a_type_that_is_not_first_and_a_blank_line_are_read_whole_with_the_same_result()
    {
        var publicity = new PublicityActivity { Id = "P-1", Division = Town, Date = new LocalDate(2022, 6, 16), PeopleReached = Quantity.Parse("500余人") };
        var text = SafetyJson.Serialize<IRecord>(publicity) + "\n\n" +
            "{\"id\":\"I-1\",\"type\":\"inspection\",\"division\":\"150626103000\",\"start\":\"2022-06-01\",\"types\":[\"fire-safety\"],\"hazardsFound\":3}\r\n" +
            Line("I-2", hazards: "4") + "\r\n";
        var query = new AggregationQuery
        {
            DivisionLevel = DivisionLevel.Township, Granularity = PeriodGranularity.Month, Dimension = AggregationDimension.InspectionType,
            Measures = new[] { Measure.Records, Measure.PeopleReached, Measure.InspectionHazardsFound },
        };
        var bytes = Encoding.UTF8.GetBytes(text);
        var records = JsonLines.ReadRecords(new MemoryStream(bytes)).ToList();

        var table = Run(bytes, query, TwoThreads, chunkBytes: 64);

        Describe(table).Should().Equal(Describe(Aggregator.Aggregate(records, query)));
        table.Rows.Single(r => r.Kind == StatisticsRowKind.Total).Values[1].ToString().Should().Contain("500");
    }

    [Fact]
    public void The_first_unreadable_line_of_the_stream_is_reported_as_the_record_reader_reports_it_whatever_chunk_fails_first()
    {
        var lines = Enumerable.Range(0, 400).Select(i => Line("I-" + i, hazards: "1")).ToList();
        lines[150] = "{\"type\":\"inspection\",\"id\":\"I-150\",\"division\":\"150626103000\",\"start\":\"2022-13-01\"}"; // no 13th month
        lines[390] = "{\"type\":\"inspection\""; // malformed, later in the stream
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines));
        var expected = FluentActions.Invoking(() => JsonLines.ReadRecords(new MemoryStream(bytes)).ToList()).Should().Throw<JsonContractException>().Which;

        foreach (var parallel in new[] { null, TwoThreads })
        {
            var error = FluentActions.Invoking(() => JsonLinesAggregator.Run(new MemoryStream(bytes), new AggregationQuery(), SafetyJsonReadOptions.Default, parallel, chunkBytes: 512))
                .Should().Throw<JsonContractException>().Which;

            error.LineNumber.Should().Be(150);
            error.Code.Should().Be(expected.Code);
            error.Message.Should().Be(expected.Message);
        }
    }

    [Fact]
    public void A_line_without_a_required_member_is_refused_as_its_record_is()
    {
        // An inspection's start is required (SM8012): the line cannot be projected, and is refused as the record reader refuses it.
        var bytes = Encoding.UTF8.GetBytes(Line("I-1", hazards: "1") + "\n" + "{\"type\":\"inspection\",\"id\":\"I-2\",\"division\":\"150626103000\",\"types\":[]}\n");
        var expected = FluentActions.Invoking(() => JsonLines.ReadRecords(new MemoryStream(bytes)).ToList()).Should().Throw<JsonContractException>().Which;

        var error = FluentActions.Invoking(() => JsonLines.Aggregate(new MemoryStream(bytes), new AggregationQuery())).Should().Throw<JsonContractException>().Which;

        error.Code.Should().Be(expected.Code).And.Be(JsonContractCodes.MissingMember);
        error.LineNumber.Should().Be(1);
        error.Message.Should().Be(expected.Message);
    }

    [Theory]
    [InlineData("-3", "negative")]
    [InlineData("3.5", null)]
    [InlineData("\"3\"", null)]
    [InlineData("3000000000", null)]
    public void A_figure_the_contract_or_a_table_refuses_is_refused_as_for_the_records(string figure, string? word)
    {
        var bytes = Encoding.UTF8.GetBytes(Line("I-1", hazards: "1") + "\n" + Line("I-2", hazards: figure) + "\n");
        var query = new AggregationQuery { Measures = new[] { Measure.InspectionHazardsFound } };
        var recordPath = FluentActions.Invoking(() => Aggregator.Aggregate(JsonLines.ReadRecords(new MemoryStream(bytes)), query));

        var act = FluentActions.Invoking(() => JsonLines.Aggregate(new MemoryStream(bytes), query));

        if (word is null)
        {
            var expected = recordPath.Should().Throw<JsonContractException>().Which;
            act.Should().Throw<JsonContractException>().Which.Code.Should().Be(expected.Code);
        }
        else
        {
            recordPath.Should().Throw<ArgumentException>();
            act.Should().Throw<ArgumentException>().WithMessage($"Line 2: *{word}*");
        }
    }

    [Fact]
    public void Members_not_in_the_contract_are_listed_by_line_and_count_nothing_as_for_the_records()
    {
        var bytes = Encoding.UTF8.GetBytes(
            Line("I-1", hazards: "2") + "\n" +
            "{\"type\":\"inspection\",\"id\":\"I-2\",\"division\":\"150626103000\",\"start\":\"2022-06-01\",\"hazardFound\":7}\n");
        var query = new AggregationQuery { Measures = new[] { Measure.InspectionHazardsFound } };

        var result = JsonLines.Aggregate(new MemoryStream(bytes), query);

        result.UnknownMemberCount.Should().Be(1);
        var unknown = result.UnknownMembers.Should().ContainSingle().Which;
        unknown.LineNumber.Should().Be(1);
        unknown.Issue.Code.Should().Be(JsonContractCodes.UnknownMemberKept);
        unknown.Issue.Path.ToString().Should().Be("/hazardFound");
        Describe(result.Table).Should().Equal(Describe(Aggregator.Aggregate(JsonLines.ReadRecords(new MemoryStream(bytes)), query)));
        FluentActions.Invoking(() => JsonLines.Aggregate(new MemoryStream(bytes), query, SafetyJsonReadOptions.StrictDefault))
            .Should().Throw<JsonContractException>().Which.LineNumber.Should().Be(1);
    }

    [Fact]
    public void A_byte_order_mark_before_the_first_line_is_skipped_and_a_line_over_the_limit_is_refused()
    {
        var line = Line("I-1", hazards: "2");
        var withMark = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(line + "\n" + line.Replace("I-1", "I-2", StringComparison.Ordinal))).ToArray();
        JsonLines.Aggregate(new MemoryStream(withMark), new AggregationQuery()).Records.Should().Be(2);

        var options = new SafetyJsonReadOptions { MaxRecordBytes = 200 };
        var tooLong = Encoding.UTF8.GetBytes(line + "\n" + "{\"type\":\"inspection\",\"id\":\"" + new string('x', 300) + "\"}\n" + line);
        var expected = FluentActions.Invoking(() => JsonLines.ReadRecords(new MemoryStream(tooLong), options).ToList()).Should().Throw<JsonContractException>().Which;
        foreach (var chunk in new[] { 64, 1 << 20 })
        {
            var error = FluentActions.Invoking(() => JsonLinesAggregator.Run(new MemoryStream(tooLong), new AggregationQuery(), options, TwoThreads, chunk))
                .Should().Throw<JsonContractException>().Which;
            error.Code.Should().Be(expected.Code);
            error.LineNumber.Should().Be(1);
        }
    }

    [Fact]
    public void Reading_can_be_cancelled_and_arguments_are_checked()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        var bytes = Encoding.UTF8.GetBytes(Line("I-1", hazards: "2"));

        FluentActions.Invoking(() => JsonLines.Aggregate(new MemoryStream(bytes), new AggregationQuery(), null, new ParallelOptions { CancellationToken = cancelled.Token }))
            .Should().Throw<OperationCanceledException>();
        FluentActions.Invoking(() => JsonLines.Aggregate(null!, new AggregationQuery())).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
        FluentActions.Invoking(() => JsonLines.Aggregate(new MemoryStream(bytes), null!)).Should().Throw<ArgumentNullException>().WithParameterName("query");
    }

    private static string Line(string id, string hazards) =>
        $"{{\"type\":\"inspection\",\"id\":\"{id}\",\"division\":\"150626103000\",\"start\":\"2022-06-01\",\"types\":[\"fire-safety\"],\"hazardsFound\":{hazards}}}";

    private static byte[] Lines(IEnumerable<IRecord> records)
    {
        using var stream = new MemoryStream();
        JsonLines.WriteRecords(stream, records);
        return stream.ToArray();
    }

    private static StatisticsTable Run(byte[] bytes, AggregationQuery query, ParallelOptions? parallel, int chunkBytes = JsonLinesAggregator.ChunkBytes) =>
        JsonLinesAggregator.Run(new MemoryStream(bytes), query, SafetyJsonReadOptions.Default, parallel, chunkBytes).Table;

    private static IEnumerable<string> Describe(StatisticsTable table) => table.Rows.Select(row =>
        $"{row.Kind} {row.Division?.Code} {row.Period?.Code} {row.Dimension} {row.DimensionName} {row.UnsummedFigures} " +
        string.Join(" | ", row.Values.Select(v => $"{v.Lower} {v.Upper} {v.Qualifier} {v.Unit.Code}"))) .Append($"outside {table.RecordsOutsidePeriods}");
}
