using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Text;
using SafetyModel.Validation;

namespace SafetyModel.Tests.Validation;

public class RuleSetTests
{
    private static readonly ValidationContext Today = FixedClock.On(2026, 11, 29).Context;
    private static readonly OfficialDocument Untitled = new() { Type = DocumentType.Letter };

    [Fact]
    public void A_rule_can_be_turned_off_by_its_code()
    {
        var rules = DocumentRules.Default.Without(ValidationCodes.Required);

        rules.Validate(Untitled, Today).Issues.Should().BeEmpty();
        DocumentRules.Default.Validate(Untitled, Today).Issues.Should().HaveCount(2, "the original set is unchanged");
    }

    [Fact]
    public void A_rule_can_be_given_another_severity()
    {
        var rules = DocumentRules.Default.WithSeverity(ValidationCodes.Required, ValidationSeverity.Warning);

        var report = rules.Validate(Untitled, Today);

        report.IsValid.Should().BeTrue();
        report.WarningCount.Should().Be(2);
        rules.SeverityOf(ValidationCodes.Required).Should().Be(ValidationSeverity.Warning);
        DocumentRules.Default.SeverityOf(ValidationCodes.Required).Should().Be(ValidationSeverity.Error);
    }

    [Fact]
    public void Users_add_rules_of_their_own()
    {
        var ownRule = new ValidationRule<OfficialDocument>(
            "WLT001",
            ValidationSeverity.Information,
            new LocalizedText("Documents name the town's safety office.", "公文应注明镇安办。"),
            (document, context) => document.CopyRecipients.Contains("镇安办")
                ? Array.Empty<ValidationIssue>()
                : new[] { new ValidationIssue("WLT001", ValidationSeverity.Information, JsonPointer.Root.Append("copyRecipients"), new LocalizedText("No copy to 镇安办.", "未抄送镇安办。")) });

        var report = DocumentRules.Default.With(ownRule).Validate(Untitled, Today);

        report.Issues.Select(i => i.Code).Should().Equal(ValidationCodes.Required, ValidationCodes.Required, "WLT001");
        DocumentRules.Default.With(ownRule).Rules[^1].Should().BeSameAs(ownRule);
        ownRule.ToString().Should().Be("WLT001: Documents name the town's safety office.");
    }

    [Fact]
    public void Misconfiguration_is_refused_clearly()
    {
        ((Action)(() => DocumentRules.Default.Without("NOPE"))).Should().Throw<ArgumentException>().WithMessage("*documents*NOPE*");
        ((Action)(() => DocumentRules.Default.WithSeverity("NOPE", ValidationSeverity.Error))).Should().Throw<ArgumentException>();
        ((Action)(() => DocumentRules.Default.WithSeverity(ValidationCodes.Required, (ValidationSeverity)9))).Should().Throw<ArgumentException>();
        ((Action)(() => DocumentRules.Default.With(DocumentRules.Default.Rules[0]))).Should().Throw<ArgumentException>().WithMessage("*share the code*");
        ((Action)(() => DocumentRules.Default.Validate(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => _ = new ValidationRule<int>("", ValidationSeverity.Error, new LocalizedText("a", "b"), (_, _) => Array.Empty<ValidationIssue>()))).Should().Throw<ArgumentException>();
    }

    [Fact]
    public async System.Threading.Tasks.Task Null_arguments_are_named_and_null_rules_refused()
    {
        ((Action)(() => DocumentRules.Default.ValidateParsed(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("parsed");
        ((Action)(() => DocumentRules.Default.ValidateEach(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("subjects");
        ((Action)(() => DocumentRules.Default.ValidateEachAsync(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("subjects");
        ((Action)(() => DocumentRules.Default.ValidateAll(null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("subjects");
        ((Action)(() => _ = new RuleSet<OfficialDocument>("documents", null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("rules");
        ((Action)(() => _ = new RuleSet<OfficialDocument>("documents", new IValidationRule<OfficialDocument>[] { null! })))
            .Should().Throw<ArgumentNullException>().WithMessage("A rule set holds no null rule.*").Which.ParamName.Should().Be("rules");
        var issues = new List<ValidationIssue>();
        await foreach (var issue in DocumentRules.Default.ValidateEachAsync(new[] { Untitled }.ToAsyncEnumerable(), Today, TestContext.Current.CancellationToken))
        {
            issues.Add(issue);
        }

        issues.Select(i => i.Code).Should().Equal(DocumentRules.Default.ValidateEach(new[] { Untitled }, Today).Select(i => i.Code));
        DocumentRules.Default.ToString().Should().Be($"{DocumentRules.Default.Name} ({DocumentRules.Default.Rules.Count} rules)");
    }

    private static readonly Dictionary<string, (string Name, string Text, (string Code, LocalizedText Description)[] Rules)> Sets = new()
    {
        ["campaigns"] = Describe(CampaignRules.Default),
        ["documents"] = Describe(DocumentRules.Default),
        ["records"] = Describe(RecordRules.Common),
        ["hazards"] = Describe(RecordRules.Hazards),
        ["accidents"] = Describe(RecordRules.Accidents),
        ["reports"] = Describe(ReportRules.Default),
    };

    [Theory]
    [InlineData("campaigns")]
    [InlineData("documents")]
    [InlineData("records")]
    [InlineData("hazards")]
    [InlineData("accidents")]
    [InlineData("reports")]
    public void Every_built_in_rule_set_is_named_and_its_rules_are_described_in_both_languages(string name)
    {
        var set = Sets[name];
        var published = typeof(ValidationCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

        set.Name.Should().Be(name);
        set.Text.Should().Be($"{name} ({set.Rules.Length} rules)");
        set.Rules.Should().NotBeEmpty();
        set.Rules.Select(r => r.Code).Should().OnlyHaveUniqueItems().And.OnlyContain(code => published.Contains(code));
        set.Rules.Should().OnlyContain(r => r.Description.English.Length > 1 && r.Description.English.EndsWith('.'), "an English description is a sentence");
        set.Rules.Should().OnlyContain(r => r.Description.Chinese.Length > 1 && r.Description.Chinese.EndsWith('。'), "a Chinese description is a sentence");
    }

    private static (string Name, string Text, (string Code, LocalizedText Description)[] Rules) Describe<T>(RuleSet<T> set) =>
        (set.Name, set.ToString(), set.Rules.Select(r => (r.Code, r.Description)).ToArray());

    [Fact]
    public void Every_built_in_rule_has_a_published_code_and_a_description_in_both_languages()
    {
        var published = typeof(ValidationCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

        DocumentRules.Default.Rules.Should().OnlyContain(r => published.Contains(r.Code));
        DocumentRules.Default.Rules.Should().OnlyContain(r => r.Description.English.Length > 0 && r.Description.Chinese.Length > 0);
        DocumentRules.Default.ToString().Should().Be($"documents ({DocumentRules.Default.Rules.Count} rules)");
    }
}
