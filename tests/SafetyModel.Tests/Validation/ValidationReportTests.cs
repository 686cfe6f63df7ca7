using SafetyModel.Diagnostics;
using SafetyModel.Text;
using SafetyModel.Validation;

namespace SafetyModel.Tests.Validation;

public class ValidationReportTests
{
    private static ValidationIssue Issue(ValidationSeverity severity, string path, string code = "T1") =>
        new(code, severity, JsonPointer.Parse(path), new LocalizedText("m", "信息"));

    [Fact]
    public void An_empty_report_is_valid()
    {
        ValidationReport.Empty.IsValid.Should().BeTrue();
        ValidationReport.Empty.Issues.Should().BeEmpty();
        ValidationReport.Empty.ToString().Should().Be("0 errors, 0 warnings, 0 information");
    }

    [Fact]
    public void Warnings_and_information_leave_a_report_valid_and_an_error_does_not()
    {
        var warningsOnly = new ValidationReport(new[]
        {
            Issue(ValidationSeverity.Warning, "/a"),
            Issue(ValidationSeverity.Information, "/b"),
        });
        var withError = new ValidationReport(new[]
        {
            Issue(ValidationSeverity.Warning, "/a"),
            Issue(ValidationSeverity.Error, "/c"),
        });

        warningsOnly.IsValid.Should().BeTrue();
        withError.IsValid.Should().BeFalse();
        withError.ErrorCount.Should().Be(1);
        withError.WarningCount.Should().Be(1);
        withError.InformationCount.Should().Be(0);
    }

    [Fact]
    public void Issues_keep_the_order_they_were_found_in()
    {
        var first = Issue(ValidationSeverity.Information, "/z");
        var second = Issue(ValidationSeverity.Error, "/a");

        new ValidationReport(new[] { first, second }).Issues.Should().Equal(first, second);
    }

    [Fact]
    public void Merge_appends_and_keeps_validity_honest()
    {
        var a = new ValidationReport(new[] { Issue(ValidationSeverity.Warning, "/a") });
        var b = new ValidationReport(new[] { Issue(ValidationSeverity.Error, "/b") });

        var merged = a.Merge(b);

        merged.Issues.Should().Equal(a.Issues[0], b.Issues[0]);
        merged.IsValid.Should().BeFalse();
        a.Merge(ValidationReport.Empty).Should().BeSameAs(a);
        ValidationReport.Empty.Merge(b).Should().BeSameAs(b);
    }

    [Fact]
    public void Issues_can_be_selected_by_code_and_by_place()
    {
        var report = new ValidationReport(new[]
        {
            Issue(ValidationSeverity.Warning, "/statedFigures/0", "SM5001"),
            Issue(ValidationSeverity.Warning, "/statedFigures/1/quantity", "SM5002"),
            Issue(ValidationSeverity.Error, "/documentNumber", "SM5001"),
        });

        report.WithCode("SM5001").Select(i => i.Path.ToString()).Should().Equal("/statedFigures/0", "/documentNumber");
        report.Within(JsonPointer.Parse("/statedFigures")).Should().HaveCount(2);
    }

    [Fact]
    public void Reports_compare_by_their_issues_in_order()
    {
        var x = Issue(ValidationSeverity.Warning, "/a");
        var y = Issue(ValidationSeverity.Error, "/b");

        new ValidationReport(new[] { x, y }).Should().Be(new ValidationReport(new[] { x, y }));
        new ValidationReport(new[] { x, y }).GetHashCode().Should().Be(new ValidationReport(new[] { x, y }).GetHashCode());
        new ValidationReport(new[] { x, y }).Should().NotBe(new ValidationReport(new[] { y, x }));
    }

    [Fact]
    public void ToString_summarises_then_lists()
    {
        var report = new ValidationReport(new[] { Issue(ValidationSeverity.Error, "/a") });

        report.ToString().Should().StartWith("1 error, 0 warnings, 0 information\nerror T1 at /a: ");
    }

    [Fact]
    public void Null_issues_are_rejected()
    {
        ((Action)(() => _ = new ValidationReport(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new ValidationReport(new ValidationIssue[] { null! }))).Should().Throw<ArgumentNullException>();
        ((Action)(() => ValidationReport.Empty.Merge(null!))).Should().Throw<ArgumentNullException>();
    }
}
