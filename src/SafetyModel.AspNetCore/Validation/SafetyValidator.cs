using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Extensions.Options;
using SafetyModel.Diagnostics;
using SafetyModel.Reports;
using SafetyModel.Serialization;
using SafetyModel.Validation;

namespace SafetyModel.AspNetCore;

/// <summary>
/// Validates what requests bring with the application's rules (<see cref="SafetyModelOptions"/>): each record by its
/// kind's rules in the catalogue and the town's own <see cref="SafetyModelOptions.RecordRules"/>, members the contract
/// does not define (SM8014), ids used twice in one request (SM4002); a 公文's work summary by
/// <see cref="SafetyModelOptions.ReportRules"/>. "Today" comes from <see cref="SafetyModelOptions.Clock"/>.
/// Registered by <see cref="SafetyModelServiceCollectionExtensions.AddSafetyModel"/>.
/// </summary>
public sealed class SafetyValidator
{
    private readonly SafetyModelOptions _options;

    /// <summary>Creates a validator with the application's options.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public SafetyValidator(IOptions<SafetyModelOptions> options) => _options = (options ?? throw new ArgumentNullException(nameof(options))).Value;

    /// <summary>Creates the context rules are checked in: the clock, zone and registry of the options, read now.</summary>
    /// <returns>The context.</returns>
    public ValidationContext CreateContext() => new(_options.Clock, _options.Zone, _options.Registry);

    /// <summary>Validates the records of one request; each issue is placed at the record's line or pointer.</summary>
    /// <param name="records">The records read.</param>
    /// <returns>Every issue, record by record, then the duplicate ids.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<ProblemIssue> ValidateRecords(IReadOnlyList<RequestRecord> records)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        var context = CreateContext();
        var issues = new List<ProblemIssue>();
        foreach (var read in records)
        {
            foreach (var issue in _options.Catalogue.Validate(read.Record, context).Issues)
            {
                issues.Add(ProblemIssue.FromValidation(issue.At(read.Path), read.Line));
            }

            foreach (var rule in _options.RecordRules)
            {
                foreach (var issue in rule.Check(read.Record, context))
                {
                    issues.Add(ProblemIssue.FromValidation(issue.At(read.Path), read.Line));
                }
            }

            foreach (var issue in SafetyJson.FindUnknownMembers(read.Record, _options.StrictJson))
            {
                issues.Add(ProblemIssue.FromValidation(issue.At(read.Path), read.Line));
            }
        }

        foreach (var duplicate in RecordRules.DuplicateIds(records.Select(r => r.Record)))
        {
            // The rule's path starts with the index in the batch; the record's own place replaces it.
            var place = records[int.Parse(duplicate.Path.Segments[0], CultureInfo.InvariantCulture)];
            var within = JsonPointer.Root;
            foreach (var segment in duplicate.Path.Segments.Skip(1))
            {
                within = within.Append(segment);
            }

            issues.Add(new ProblemIssue(duplicate.Code, duplicate.Severity, duplicate.Message, place.Path.Append(within), place.Line));
        }

        return issues;
    }

    /// <summary>Validates a 公文's work summary as read (a failed reading is its one error).</summary>
    /// <param name="parsed">The reading.</param>
    /// <returns>The report's issues.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parsed"/> is <see langword="null"/>.</exception>
    public ValidationReport ValidateReport(ParseResult<WorkSummaryReport> parsed) =>
        _options.ReportRules.ValidateParsed(parsed ?? throw new ArgumentNullException(nameof(parsed)), CreateContext());
}
