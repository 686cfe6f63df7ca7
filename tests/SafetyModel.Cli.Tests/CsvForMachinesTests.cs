using System.Globalization;
using System.Text;
using SafetyModel.Primitives;

namespace SafetyModel.Cli.Tests;

/// <summary>
/// <c>aggregate --format csv</c> as pandas, DuckDB or a spreadsheet reads it: checked with a reader that knows RFC 4180
/// and nothing of the tool's formats, on the shipped sample file, whose trainings and publicity carry approximate figures.
/// </summary>
public class CsvForMachinesTests
{
    private static string SampleRecords => Path.Combine(DocumentationTests.RepositoryRoot(), "samples", "data", "records.jsonl");

    [Fact]
    public void CSV_of_an_aggregation_with_approximate_figures_reads_by_RFC_4180_alone_and_every_bound_is_a_number()
    {
        var run = CliRun.Of("aggregate", SampleRecords, "--by", "township,quarter", "--measure", "records,people-trained,people-reached,hazards-found,hazards-rectified", "--rate", "rectification-rate", "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().EndWith("\r\n").And.NotContain("\uFEFF");
        var records = Rfc4180.Parse(run.Output);
        var header = records[0];
        records.Skip(1).Should().OnlyContain(r => r.Count == header.Count, "RFC 4180: every record has as many fields as the header");
        var bounds = header.Select((name, i) => (name, i)).Where(c => c.name.EndsWith(".lower", StringComparison.Ordinal) || c.name.EndsWith(".upper", StringComparison.Ordinal)).ToList();
        bounds.Should().HaveCount(12, "five measures and one rate, each with a lower and an upper column");
        var approximate = 0;
        foreach (var row in records.Skip(1))
        {
            foreach (var (name, i) in bounds)
            {
                if (row[i].Length == 0)
                {
                    name.Should().EndWith(".upper", "only an upper bound may be missing (unbounded)");
                    continue;
                }

                decimal.TryParse(row[i], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                    .Should().BeTrue($"{name} = '{row[i]}' is a number");
            }

            var lower = header.IndexOf("people-trained.lower");
            if (row[lower] != row[lower + 1])
            {
                approximate++;
                row[lower + 2].Should().MatchRegex("[大不于少]", "the text beside approximate bounds says what they mean");
            }
        }

        approximate.Should().BeGreaterThan(0, "the sample's approximate figures (约120人, 30余人) give approximate sums");
    }

    [Fact]
    public void CSV_header_is_the_documented_one_and_names_stand_beside_division_period_and_dimension_codes()
    {
        var run = CliRun.Of("aggregate", SampleRecords, "--by", "township,quarter,inspection-type", "--format", "csv");

        run.ExitCode.Should().Be(0, run.Error);
        var records = Rfc4180.Parse(run.Output);
        string.Join(",", records[0]).Should().Be("kind,division,divisionName,period,periodName,dimension,dimensionName,records.lower,records.upper,records.text,unsummedFigures");
        var details = records.Skip(1).Where(r => r[0] == "detail" && r[5].Length > 0).ToList();
        details.Should().NotBeEmpty();
        foreach (var row in details)
        {
            DivisionRegistry.SampleWushenBanner.TryGetName(DivisionCode.Parse(row[1]), out var name).Should().BeTrue();
            row[2].Should().Be(name);
            row[4].Should().Be(ReportingPeriod.Parse(row[3]).ChineseName);
            row[6].Should().NotBe(row[5], "a known inspection type has a Chinese name").And.MatchRegex("\\p{IsCJKUnifiedIdeographs}");
        }

        records.Skip(1).Select(r => r[2]).Should().Contain("乌兰陶勒盖镇").And.Contain("苏力德苏木");
        records.Skip(1).Select(r => r[6]).Should().Contain("汛期");
    }

    [Fact]
    public void Bom_starts_the_CSV_with_a_UTF8_byte_order_mark_and_is_off_by_default()
    {
        var plain = CliRun.Of("aggregate", SampleRecords, "--by", "township", "--format", "csv");
        var marked = CliRun.Of("aggregate", SampleRecords, "--by", "township", "--format", "csv", "--bom");

        plain.ExitCode.Should().Be(0, plain.Error);
        marked.ExitCode.Should().Be(0, marked.Error);
        plain.Output.Should().StartWith("kind,");
        marked.Output.Should().Be("\uFEFF" + plain.Output);
        Encoding.UTF8.GetBytes(marked.Output).Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
    }

    [Fact]
    public void Bom_is_refused_for_other_formats()
    {
        var run = CliRun.Of("aggregate", SampleRecords, "--by", "township", "--bom");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("--bom applies to --format csv only");
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void An_xlsx_table_says_on_standard_error_how_many_records_fell_outside_the_periods()
    {
        var directory = TempDirectory.Create();

        var run = CliRun.Of(directory, null, false, "aggregate", SampleRecords, "--by", "township", "--periods", "2022-Q2", "--format", "xlsx", "--output", "t.xlsx");

        run.ExitCode.Should().Be(0, run.Error);
        File.Exists(Path.Combine(directory, "t.xlsx")).Should().BeTrue();
        run.Error.Should().MatchRegex("[0-9]+ records fall in none of the periods and are left out of the table");
    }

    [Fact]
    public void Chart_none_draws_no_chart_and_writes_no_file_named_none()
    {
        var directory = TempDirectory.Create();

        var run = CliRun.Of(directory, null, false, "aggregate", SampleRecords, "--by", "township", "--chart", "none", "--format", "json");

        run.ExitCode.Should().Be(0, run.Error);
        Directory.EnumerateFileSystemEntries(directory).Should().BeEmpty();
        run.Json().GetProperty("chart").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
    }

    /// <summary>An RFC 4180 reader and nothing more: fields split on commas, quoted fields with doubled quotes, CRLF records.</summary>
    private static class Rfc4180
    {
        public static List<List<string>> Parse(string text)
        {
            var records = new List<List<string>>();
            var record = new List<string>();
            var field = new StringBuilder();
            var i = 0;
            while (i < text.Length)
            {
                if (field.Length == 0 && text[i] == '"')
                {
                    i++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            throw new FormatException("unterminated quoted field");
                        }

                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        field.Append(text[i++]);
                    }

                    if (i < text.Length && text[i] != ',' && text[i] != '\r')
                    {
                        throw new FormatException($"text after a closing quote at {i}");
                    }
                }
                else if (text[i] == ',')
                {
                    record.Add(field.ToString());
                    field.Clear();
                    i++;
                }
                else if (text[i] == '\r')
                {
                    if (i + 1 >= text.Length || text[i + 1] != '\n')
                    {
                        throw new FormatException($"a CR not followed by LF at {i}");
                    }

                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = new List<string>();
                    i += 2;
                }
                else if (text[i] is '\n' or '"')
                {
                    throw new FormatException($"a bare {(text[i] == '\n' ? "LF" : "quote")} at {i}");
                }
                else
                {
                    field.Append(text[i++]);
                }
            }

            if (field.Length > 0 || record.Count > 0)
            {
                throw new FormatException("the last record does not end with CRLF");
            }

            return records;
        }
    }
}
