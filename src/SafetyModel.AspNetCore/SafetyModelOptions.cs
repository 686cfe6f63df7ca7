using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using SafetyModel.Primitives;
using SafetyModel.Records;
using SafetyModel.Reports;
using SafetyModel.Validation;

namespace SafetyModel.AspNetCore;

/// <summary>
/// What an application embeds SafetyModel with, set in <see cref="SafetyModelServiceCollectionExtensions.AddSafetyModel"/>
/// and read through <c>IOptions&lt;SafetyModelOptions&gt;</c>: the record catalogue, the division registry, the rule
/// sets and the town's own rules, the clock for date-dependent rules, how strictly JSON is read, the limits, and how
/// problem details are written. Nothing is kept in a static: two applications in one process each have their own.
/// </summary>
public sealed class SafetyModelOptions
{
    /// <summary>Gets or sets the record kinds requests may hold (<see cref="RecordCatalogue.Default"/>, or one with a town's own kinds).</summary>
    public RecordCatalogue Catalogue { get; set; } = RecordCatalogue.Default;

    /// <summary>Gets or sets the divisions records must use and documents are placed by, or <see langword="null"/> for none (codes are then not checked).</summary>
    public DivisionRegistry? Registry { get; set; }

    /// <summary>Gets or sets the clock that decides "today" for date-dependent rules (a date in the future, an overdue hazard); the system clock by default.</summary>
    public IClock Clock { get; set; } = SystemClock.Instance;

    /// <summary>Gets or sets the zone in which "today" is reckoned, or <see langword="null"/> for China Standard Time (Asia/Shanghai).</summary>
    public DateTimeZone? Zone { get; set; }

    /// <summary>Gets or sets the rules a 公文's work summary is checked by (<see cref="Validation.ReportRules.Default"/>: SM5001 and the rest).</summary>
    public RuleSet<WorkSummaryReport> ReportRules { get; set; } = Validation.ReportRules.Default;

    /// <summary>Gets the town's own record rules, checked after each kind's built-in rules (codes that do not start with <c>SM</c>).</summary>
    public IList<IValidationRule<IRecord>> RecordRules { get; } = new List<IValidationRule<IRecord>>();

    /// <summary>
    /// Gets or sets whether the contract is read strictly: members and codes it does not define are errors (SM8014 and
    /// the strict SM8003 / SM8004) rather than warnings. Applies to the JSON options of minimal APIs and MVC too.
    /// </summary>
    public bool StrictJson { get; set; }

    /// <summary>Gets or sets the request, record, file and office-reader limits.</summary>
    public SafetyModelLimits Limits { get; set; } = new();

    /// <summary>
    /// Gets or sets the language of problem details when a request's <c>Accept-Language</c> names neither Chinese nor
    /// English: Simplified Chinese (<c>zh-Hans</c>) by default, as the clerks who read them are.
    /// </summary>
    public CultureInfo DefaultCulture { get; set; } = CultureInfo.GetCultureInfo("zh-Hans");

    /// <summary>
    /// Gets or sets the address the documentation is published at; each issue's <c>type</c> URI is a page under it with
    /// the code as its fragment (<c>diagnostic-codes.md#sm5001</c>, docs/aspnetcore.md). The repository's docs folder by default.
    /// </summary>
    public Uri DocumentationBase { get; set; } = new("https://github.com/safetymodel/safetymodel/blob/main/docs/");
}
