using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Validation;
using SafetyModel.Work;

namespace SafetyModel.AspNetCore.Tests;

/// <summary>AddSafetyModel's registrations, the problem types and the documentation of the package's codes.</summary>
public sealed class ServicesAndProblemsTests
{
    private static readonly Uri Docs = new("https://example.org/docs/");

    [Fact]
    public void The_contract_is_in_the_JSON_options_of_minimal_APIs_and_MVC()
    {
        using var provider = new ServiceCollection().AddSafetyModel().BuildServiceProvider();
        const string Json = "{\"type\":\"inspection\",\"id\":\"I-1\",\"start\":\"2022-05-01\",\"hazardsFound\":2}";

        var minimal = provider.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var mvc = provider.GetRequiredService<IOptions<Microsoft.AspNetCore.Mvc.JsonOptions>>().Value.JsonSerializerOptions;

        JsonSerializer.Deserialize<Inspection>(Json, minimal)!.HazardsFound.Should().Be(2);
        JsonSerializer.Deserialize<IRecord>(Json, mvc).Should().BeOfType<Inspection>().Which.Start.Should().Be(new LocalDate(2022, 5, 1));
    }

    [Fact]
    public void Two_applications_in_one_process_keep_their_own_clock_and_rules()
    {
        var early = new FixedClock(Instant.FromUtc(2022, 4, 1, 0, 0));
        using var first = new ServiceCollection().AddSafetyModel(o => o.Clock = early).BuildServiceProvider();
        using var second = new ServiceCollection().AddSafetyModel().BuildServiceProvider();
        var record = new[] { new RequestRecord(new Inspection { Id = "I-1", Division = DivisionCode.Parse("150626103000"), Start = new LocalDate(2022, 5, 1) }, 1, JsonPointer.Root) };

        first.GetRequiredService<SafetyValidator>().ValidateRecords(record).Select(i => i.Code).Should().Contain(ValidationCodes.RecordDateInFuture, "on 2022-04-01 a May inspection lies in the future");
        second.GetRequiredService<SafetyValidator>().ValidateRecords(record).Select(i => i.Code).Should().NotContain(ValidationCodes.RecordDateInFuture);
    }

    [Theory]
    [InlineData("SM5001", "https://example.org/docs/diagnostic-codes.md#sm5001")]
    [InlineData("SM8014", "https://example.org/docs/diagnostic-codes.md#sm8014")]
    [InlineData("SM9002", "https://example.org/docs/office.md#sm9002")]
    [InlineData("SM9501", "https://example.org/docs/aspnetcore.md#sm9501")]
    public void Each_SafetyModel_code_has_a_stable_type_URI_on_the_page_that_documents_it(string code, string expected) =>
        SafetyProblem.IssueType(code, Docs)!.AbsoluteUri.Should().Be(expected);

    [Fact]
    public void A_towns_own_code_has_no_type_URI() => SafetyProblem.IssueType("WLTLG001", Docs).Should().BeNull();

    [Theory]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-TW,en;q=0.5", "zh-Hans")]
    [InlineData("fr-FR, en;q=0.8, zh;q=0.5", "en")]
    [InlineData("fr-FR", "zh-Hans")]
    [InlineData("", "zh-Hans")]
    public void The_language_is_the_first_Chinese_or_English_range_by_quality(string acceptLanguage, string expected)
    {
        var context = new DefaultHttpContext { RequestServices = new ServiceCollection().AddSafetyModel().BuildServiceProvider() };
        context.Request.Headers.AcceptLanguage = acceptLanguage;

        context.Request.GetSafetyModelCulture().Name.Should().Be(expected);
    }

    [Fact]
    public void Every_code_of_the_package_is_documented_with_its_anchor_in_aspnetcore_md()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "aspnetcore.md"));
        foreach (var field in typeof(AspNetCoreCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (string)field.GetRawConstantValue()!;
            page.Should().Contain($"<a id=\"{code.ToLowerInvariant()}\"></a>{code}", "the type URI of {0} points at it", code);
        }
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SafetyModel.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("No SafetyModel.sln above the test's directory.");
    }
}
