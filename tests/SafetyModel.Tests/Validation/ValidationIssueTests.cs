using System.Globalization;
using SafetyModel.Diagnostics;
using SafetyModel.Text;
using SafetyModel.Validation;

namespace SafetyModel.Tests.Validation;

public class ValidationIssueTests
{
    private static readonly JsonPointer UnitPath = JsonPointer.Parse("/statedFigures/2/quantity/unit");

    private static ValidationIssue UnknownUnit() => ValidationIssue.Create(
        ValidationCodes.UnknownCode,
        ValidationSeverity.Information,
        UnitPath,
        DiagnosticArguments.Create(("code", "面"), ("list", "QuantityUnit")));

    [Fact]
    public void Built_in_issues_carry_the_catalogue_message_in_English_and_Chinese()
    {
        var issue = UnknownUnit();

        issue.Message.English.Should().Be("'面' is not a well-known QuantityUnit code; it is kept as given.");
        issue.Message.Chinese.Should().Be("“面”不是已知的QuantityUnit代码，按原样保留。");
        issue.GetMessage(CultureInfo.GetCultureInfo("zh-Hans")).Should().Be(issue.Message.Chinese);
        issue.GetMessage(CultureInfo.GetCultureInfo("en-US")).Should().Be(issue.Message.English);
        issue.Arguments["code"].Should().Be("面");
        issue.Path.Should().Be(UnitPath);
    }

    [Fact]
    public void Users_create_issues_of_their_own_rules()
    {
        var issue = new ValidationIssue(
            "WLT001",
            ValidationSeverity.Warning,
            JsonPointer.Root.Append("meetings"),
            new LocalizedText("Fewer than 6 meetings in a half-year.", "半年内安全例会少于6次。"),
            DiagnosticArguments.Create(("count", 5)));

        issue.Code.Should().Be("WLT001");
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        issue.ToString().Should().Be("warning WLT001 at /meetings: " + issue.Message);
    }

    [Fact]
    public void Equality_compares_every_part()
    {
        var a = UnknownUnit();
        var b = UnknownUnit();

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(a.WithSeverity(ValidationSeverity.Warning));
        a.Should().NotBe(new ValidationIssue(a.Code, a.Severity, JsonPointer.Root, a.Message, a.Arguments));
        a.Should().NotBe(new ValidationIssue(a.Code, a.Severity, a.Path, a.Message));
    }

    [Fact]
    public void WithSeverity_changes_only_the_severity()
    {
        var issue = UnknownUnit();

        var raised = issue.WithSeverity(ValidationSeverity.Error);

        raised.Severity.Should().Be(ValidationSeverity.Error);
        raised.Code.Should().Be(issue.Code);
        raised.Path.Should().Be(issue.Path);
        raised.Message.Should().Be(issue.Message);
        raised.Arguments.Should().BeSameAs(issue.Arguments);
        issue.WithSeverity(ValidationSeverity.Information).Should().BeSameAs(issue);
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        var message = new LocalizedText("x", "x");

        ((Action)(() => _ = new ValidationIssue(null!, ValidationSeverity.Error, default, message))).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new ValidationIssue("", ValidationSeverity.Error, default, message))).Should().Throw<ArgumentException>();
        ((Action)(() => _ = new ValidationIssue("X", (ValidationSeverity)7, default, message))).Should().Throw<ArgumentException>().WithParameterName("severity");
        ((Action)(() => _ = new ValidationIssue("X", ValidationSeverity.Error, default, null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Severities_are_ordered_from_information_to_error()
    {
        ((int)ValidationSeverity.Information).Should().BeLessThan((int)ValidationSeverity.Warning);
        ((int)ValidationSeverity.Warning).Should().BeLessThan((int)ValidationSeverity.Error);
    }

    [Fact]
    public void ToString_names_the_root_readably()
    {
        var issue = ValidationIssue.Create(
            ValidationCodes.Required, ValidationSeverity.Error, JsonPointer.Root, DiagnosticArguments.Create(("member", "documentNumber")));

        issue.ToString().Should().StartWith("error SM2002 at (root): ");
        issue.Message.English.Should().Be("A value is required for documentNumber.");
        issue.Message.Chinese.Should().Be("documentNumber为必填项。");
    }
}
