using System.Globalization;
using System.Text;
using SafetyModel.Records;

namespace SafetyModel.Parquet.Tests;

/// <summary>
/// The schema of every kind in docs/scale-out.md is generated from the declarations (the catalogue's JSON contract), not
/// written by hand: this test fails when it is out of date, and rewrites it when SAFETYMODEL_UPDATE_DOCS=1.
/// </summary>
public sealed class SchemaDocumentationTests
{
    private const string Begin = "<!-- schema: generated from the declarations by SchemaDocumentationTests; do not edit -->";
    private const string End = "<!-- schema: end -->";

    [Fact]
    public void The_tables_in_docs_scale_out_md_are_those_the_declarations_give()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "scale-out.md");
        var doc = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "docs/scale-out.md has the generated schema section");
        var current = doc.Substring(start + Begin.Length, end - start - Begin.Length);
        var generated = "\n" + Render(RecordCatalogue.Default);

        if (current != generated && Environment.GetEnvironmentVariable("SAFETYMODEL_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, string.Concat(doc.AsSpan(0, start + Begin.Length), generated, doc.AsSpan(end)));
            return;
        }

        current.Should().Be(generated, "the schema section of docs/scale-out.md is generated: run the Parquet tests with SAFETYMODEL_UPDATE_DOCS=1 to rewrite it");
    }

    [Fact]
    public void A_kind_declares_its_columns_from_its_contract_shape()
    {
        var inspection = ParquetTable.For(RecordCatalogue.Default, "inspection");
        inspection.Columns.Select(c => c.ToString()).Should().StartWith(["type VARCHAR", "reference_date DATE", "id VARCHAR", "division VARCHAR", "division_province VARCHAR", "division_province_name VARCHAR"]);
        inspection.Find("start")!.Type.Should().Be(ParquetColumnType.Date);
        inspection.Find("types")!.Type.Should().Be(ParquetColumnType.TextList);
        inspection.Find("hazards_found")!.Type.Should().Be(ParquetColumnType.Integer32);

        var training = ParquetTable.For(RecordCatalogue.Default, "training");
        training.Columns.Where(c => c.Member == "peopleTrained").Select(c => c.Name).Should().Contain(
            ["people_trained_qualifier", "people_trained_lower", "people_trained_lower_inclusive", "people_trained_upper", "people_trained_upper_inclusive", "people_trained_unit", "people_trained_text"]);
        training.Find("people_trained_lower")!.SqlType.Should().Be("DECIMAL(38,18)");

        var accident = ParquetTable.For(RecordCatalogue.Default, "accident");
        accident.Find("occurred_at")!.Type.Should().Be(ParquetColumnType.Text);
        accident.Find("occurred_at_date")!.Role.Should().Be(ParquetColumnRole.DateOfDateTime);

        ParquetTable.For(RecordCatalogue.Default, "publicity").Find("materials_json")!.Type.Should().Be(ParquetColumnType.Json);
    }

    internal static string Render(RecordCatalogue catalogue)
    {
        var text = new StringBuilder();
        foreach (var table in ParquetTable.All(catalogue))
        {
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"### `{table.Kind.Code}` ({table.Kind.ChineseName}) — `out/{table.Kind.Code}/**/*.parquet`\n\n");
            text.Append("| column | type | holds |\n|---|---|---|\n");
            foreach (var column in table.Columns)
            {
                var role = column.Role == ParquetColumnRole.Member ? string.Empty : " *(derived; not read back)*";
                if (column.Role is ParquetColumnRole.Presence or ParquetColumnRole.Unknown)
                {
                    role = string.Empty;
                }

                text.Append(CultureInfo.InvariantCulture, $"| `{column.Name}` | {column.SqlType} | {column.Description.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)}{role} |\n");
            }
        }

        return text.Append('\n').ToString();
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SafetyModel.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }
}
