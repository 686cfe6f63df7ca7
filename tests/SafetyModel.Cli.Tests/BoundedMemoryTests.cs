using System.Diagnostics;
using System.Text;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Serialization;

namespace SafetyModel.Cli.Tests;

/// <summary>
/// <c>validate</c> holds memory that does not grow with the valid records, the duplicate ids or the issues, and refuses a
/// huge value while reading it (issue "Hostile and broken input", items 2 and 13). The memory bound is checked in a
/// child process run with a GC heap hard limit (<c>DOTNET_GCHeapHardLimit</c>) far below what the old structures took
/// for the same input: a tool whose memory grew with the input fails there with an out-of-memory fault.
/// </summary>
public class BoundedMemoryTests
{
    /// <summary>16 MiB of managed heap for the child: the old validate, which kept an id and a place a record and every listed issue, ran out of it on both inputs.</summary>
    private const string HeapLimit = "0x1000000";

    private static string Line(long n, long id) =>
        $$"""{"type":"inspection","id":"INS-2022-{{id:D9}}","division":"150626103000","start":"2022-{{n % 12 + 1:D2}}-{{n % 28 + 1:D2}}","inspectingBody":"乌兰陶勒盖镇安全生产监督管理站","hazardsFound":{{n % 7}}}""";

    /// <summary>Generated records, about <paramref name="bytes"/> long; ids repeat every <paramref name="distinct"/> records (0: all distinct).</summary>
    private static (string Path, long Records) Generate(long bytes, long distinct)
    {
        var path = Path.Combine(TempDirectory.Create(), "records.jsonl");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        long n = 0, written = 0;
        while (written < bytes)
        {
            var line = Line(n, distinct > 0 ? n % distinct : n);
            writer.Write(line);
            writer.Write('\n');
            written += Encoding.UTF8.GetByteCount(line) + 1;
            n++;
        }

        return (path, n);
    }

    [Fact]
    public void Validate_checks_24_MB_of_valid_records_for_duplicate_ids_in_a_16_MiB_heap()
    {
        var (path, records) = Generate(24L * 1024 * 1024, 0);

        var run = ChildCli.Run(HeapLimit, "validate", path, "--today", "2023-01-01");

        run.ExitCode.Should().Be(0, run.Error);
        run.Tail.Should().Contain($"{records} records, 0 reports").And.Contain("0 errors, 0 warnings, 0 information");
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    public void Validate_streams_every_duplicate_id_issue_in_a_16_MiB_heap(string format)
    {
        var (path, records) = Generate(8L * 1024 * 1024, 1000);
        var duplicates = records - 1000;

        var run = ChildCli.Run(HeapLimit, "validate", path, "--today", "2023-01-01", "--max-issues", "100000000", "--format", format);

        run.ExitCode.Should().Be(1, run.Error);
        run.Lines.Should().BeGreaterThan(duplicates, "every issue is listed");
        run.Tail.Should().Contain(format == "json" ? $"\"errors\": {duplicates}," : $"{duplicates} errors, 0 warnings");
        run.Tail.Should().Contain(format == "json" ? "\"unlistedIssues\": 0" : "records, 0 reports");
    }

    [Fact]
    public void Duplicate_ids_are_found_exactly_across_files_and_envelopes_and_name_where_the_first_was()
    {
        var set = new RecordSet { Records = new IRecord[] { RecordFiles.Inspection("A", 3), RecordFiles.Inspection("B", 3) } };
        var envelope = RecordFiles.Envelope("set.json", set);
        var lines = RecordFiles.JsonLines("more.jsonl", new IRecord[] { RecordFiles.Inspection("C", 4), RecordFiles.Inspection("B", 4), RecordFiles.Inspection("A", 5), RecordFiles.Inspection("B", 6) });

        var run = CliRun.Of("validate", envelope, lines, "--today", "2023-01-01", "--format", "json");

        run.ExitCode.Should().Be(1, run.Error);
        var issues = run.Json().GetProperty("issues").EnumerateArray()
            .Select(i => (Line: i.GetProperty("line").GetInt32(), Id: i.GetProperty("recordId").GetString(), First: i.GetProperty("arguments").GetProperty("first").GetInt32(), Message: i.GetProperty("message").GetProperty("en").GetString()!))
            .ToList();
        issues.Select(i => (i.Line, i.Id, i.First)).Should().Equal((2, "B", 1), (3, "A", 0), (4, "B", 1));
        issues[0].Message.Should().EndWith($"(first at {envelope}/records/1).");
    }

    [Fact]
    public void Past_a_thousand_issues_JSON_lists_them_as_found_and_counts_them_after()
    {
        var records = Enumerable.Range(0, 1_500).Select(i => (IRecord)RecordFiles.Inspection("SAME", 1 + (i % 12))).ToList();
        var path = RecordFiles.JsonLines("same.jsonl", records);

        var json = CliRun.Of("validate", path, "--today", "2023-01-01", "--format", "json", "--max-issues", "1200").Json();
        var table = CliRun.Of("validate", path, "--today", "2023-01-01", "--max-issues", "1200");

        json.GetProperty("issues").GetArrayLength().Should().Be(1_200);
        json.GetProperty("errors").GetInt32().Should().Be(1_499);
        json.GetProperty("unlistedIssues").GetInt32().Should().Be(299);
        json.GetProperty("records").GetInt32().Should().Be(1_500);
        json.GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("line").GetInt32()).Should().BeInAscendingOrder();
        table.Output.Split('\n').Count(l => l.Contains("SM4002")).Should().Be(1_200);
        table.Output.Should().Contain("… and 299 more, not listed (--max-issues).").And.Contain("1500 records, 0 reports").And.Contain("1499 errors");
    }

    [Fact]
    public void A_huge_id_in_an_envelope_is_refused_with_its_pointer_and_nothing_is_echoed()
    {
        var path = Path.Combine(TempDirectory.Create(), "huge.json");
        using (var file = File.Create(path))
        {
            file.Write("""{"schemaVersion": "1.0", "records": [{"type": "meeting", "division": "150626103000", "date": "2022-05-01", "id": """u8);
            file.Write("\""u8);
            var chunk = new byte[1 << 20];
            chunk.AsSpan().Fill((byte)'a');
            for (var i = 0; i < 24; i++)
            {
                file.Write(chunk);
            }

            file.Write("\"}]}"u8);
        }

        foreach (var format in new[] { "json", "table" })
        {
            var run = CliRun.Of("validate", path, "--format", format);

            run.ExitCode.Should().Be(2);
            run.Error.Should().Contain($"huge.json: {JsonContractCodes.ValueTooLong} (line 1, byte ").And.Contain("at /records/0/id) A value (a string, a member name or a number) is longer than 1048576 bytes");
            run.Output.Should().BeEmpty();
        }
    }

    [Fact]
    public void A_huge_id_on_standard_input_is_refused_after_its_first_MiB_is_read()
    {
        var prefix = """{"schemaVersion": "1.0", "records": [{"type": "meeting", "id": """u8.ToArray();
        var bytes = new byte[prefix.Length + 1 + (16 << 20)];
        prefix.CopyTo(bytes, 0);
        bytes[prefix.Length] = (byte)'"';
        bytes.AsSpan(prefix.Length + 1).Fill((byte)'a');
        var input = new CountingStream(bytes);
        var environment = new CliEnvironment(new StringWriter(), new StringWriter(), () => input, TempDirectory.Create(), errorIsTerminal: false);
        var reader = new Input.RecordReader(environment, Input.RecordFormat.Json);

        var refusal = FluentActions.Invoking(() => reader.Read(new[] { "-" }).ToList()).Should().Throw<CliException>().Which;

        refusal.Message.Should().Contain("standard input: SM8015").And.Contain("/records/0/id");
        input.Consumed.Should().BeLessThan(2 << 20, "reading stops once more than the limit of the value has arrived");
    }

    [Fact]
    public void A_JSON_Lines_record_with_a_huge_value_is_an_unreadable_line_and_the_others_are_validated()
    {
        var huge = SafetyJson.Serialize<IRecord>(RecordFiles.Inspection(new string('a', 2 << 20), 3));
        var path = TempDirectory.File("records.jsonl", SafetyJson.Serialize<IRecord>(RecordFiles.Inspection("I-1", 3)) + "\n" + huge + "\n" + SafetyJson.Serialize<IRecord>(RecordFiles.Inspection("I-3", 3)) + "\n");

        var run = CliRun.Of("validate", path, "--today", "2023-01-01", "--format", "json");

        run.ExitCode.Should().Be(1);
        var json = run.Json();
        json.GetProperty("records").GetInt32().Should().Be(2);
        var issue = json.GetProperty("issues").EnumerateArray().Should().ContainSingle().Subject;
        issue.GetProperty("code").GetString().Should().Be(JsonContractCodes.ValueTooLong);
        issue.GetProperty("line").GetInt32().Should().Be(2);
        issue.GetProperty("path").GetString().Should().Be("/id");
        run.Output.Length.Should().BeLessThan(10_000, "the value is not echoed");
    }

    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long Consumed { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = base.Read(buffer, offset, count);
            Consumed += n;
            return n;
        }
    }
}

/// <summary>
/// The tool run as a child process (<c>dotnet exec SafetyModel.Cli.dll</c>) with a GC heap hard limit: its exit code,
/// the number of lines and the last 4,000 characters of its output (which can be large), and its standard error.
/// </summary>
public sealed record ChildCli(int ExitCode, long Lines, string Tail, string Error)
{
    public static ChildCli Run(string heapHardLimit, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SafetyModel.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_GCHeapHardLimit"] = heapHardLimit;
        start.Environment["DOTNET_gcServer"] = "0";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var buffer = new char[1 << 16];
        var tail = new StringBuilder();
        long lines = 0;
        int read;
        while ((read = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count('\n');
            tail.Append(buffer, 0, read);
            if (tail.Length > 8_000)
            {
                tail.Remove(0, tail.Length - 4_000);
            }
        }

        process.WaitForExit();
        return new ChildCli(process.ExitCode, lines, tail.ToString(), error.Result);
    }
}

/// <summary>The duplicate-id finder compares ids exactly where hashes are equal: a collision is never a duplicate.</summary>
public class DuplicateIdFinderTests
{
    private static List<(string Id, long At, long First)> Find(Func<string, long>? hash, params string[] ids)
    {
        using var finder = new Input.DuplicateIdFinder(hash);
        for (var i = 0; i < ids.Length; i++)
        {
            finder.Add(ids[i], new Input.IdPlace(0, i + 1, -1, i));
        }

        return finder.Find().Select(d => (d.Id, d.At.Ordinal, d.First.Ordinal)).ToList();
    }

    [Fact]
    public void Ids_whose_hashes_collide_are_duplicates_only_when_they_are_equal()
    {
        var found = Find(_ => 42, "A", "B", "A", "C", "B", "", "C", "A");

        found.Should().Equal(("A", 2, 0), ("B", 4, 1), ("C", 6, 3), ("A", 7, 0));
    }

    [Fact]
    public void Distinct_ids_are_no_duplicates_and_equal_ones_name_the_first_with_its_place()
    {
        Find(null, "A", "B", "C").Should().BeEmpty();
        var longId = new string('字', 5_000);
        Find(null, longId, "x", longId).Should().Equal((longId, 2, 0));

        using var finder = new Input.DuplicateIdFinder();
        finder.Add("I-1", new Input.IdPlace(1, 0, 7, 0));
        finder.Add("I-1", new Input.IdPlace(2, 9, -1, 1));
        var duplicate = finder.Find().Should().ContainSingle().Subject;
        duplicate.First.Should().Be(new Input.IdPlace(1, 0, 7, 0));
        duplicate.At.Should().Be(new Input.IdPlace(2, 9, -1, 1));
    }
}
