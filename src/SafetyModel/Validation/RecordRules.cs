using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using SafetyModel.Accidents;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;
using SafetyModel.Text;
using SafetyModel.Work;

namespace SafetyModel.Validation;

/// <summary>
/// The built-in rules for records: <see cref="Common"/> for every record (id, division, division known to the
/// registry), <see cref="NotInFuture"/> at the member that dates each kind, <see cref="Hazards"/>, <see cref="Accidents"/>, and <see cref="DuplicateIds"/> over
/// a batch, which streams.
/// </summary>
/// <remarks>Paths point into the JSON contract of the record (<c>/foundOn</c>); batch paths start with the index (<c>/3/id</c>).</remarks>
public static class RecordRules
{
    /// <summary>
    /// Gets the rules every record is checked by, named <c>records</c>: an id, a division code, the division known to
    /// the registry, and every open-list code (检查类型, 行业 …, a GB 6441-1986 accident category) known to its list
    /// (<see cref="ValidationCodes.UnknownCode"/>, a warning naming the list; the code is kept as given).
    /// </summary>
    public static RuleSet<IRecord> Common { get; } = new("records", new[]
    {
        BuiltInRule.Create<IRecord>(ValidationCodes.RecordIdMissing, ValidationSeverity.Error, "A record has an id.", "记录有编号。", IdPresent),
        BuiltInRule.Create<IRecord>(ValidationCodes.RecordDivisionMissing, ValidationSeverity.Error, "A record has a division code.", "记录有区划代码。", DivisionPresent),
        BuiltInRule.Create<IRecord>(ValidationCodes.RecordDivisionUnknown, ValidationSeverity.Warning, "A record's division is in the registry.", "记录的区划代码在名录中。", DivisionKnown),
        BuiltInRule.Create<IRecord>(ValidationCodes.UnknownCode, ValidationSeverity.Warning, "A record's open-list codes are in the registered lists.", "记录的开放代码表代码为已知代码。", KnownCodes.Check),
    });

    /// <summary>
    /// Gets the rules for hidden hazards, named <c>hazards</c>: the register's dates and status (<c>SM4006</c>–<c>SM4009</c>),
    /// and the history, treatment plan and grading basis (<c>SM4020</c>–<c>SM4033</c>): the events follow
    /// <see cref="HazardLifecycle.Transitions"/>, in date order, not before the hazard was found nor after today, with
    /// the members their kind needs; an extension moves the deadline later; a listed (挂牌督办) 重大 hazard is closed only
    /// after a passed re-check by the listing body; the stated status, dates and deadline agree with the history; a 重大
    /// hazard with a history has a treatment plan (安监总局令第16号 第十五条) giving the 五落实 and a grading basis.
    /// docs/hazards.md gives the source of each rule.
    /// </summary>
    public static RuleSet<Hazard> Hazards { get; } = new("hazards", new IValidationRule<Hazard>[]
    {
        BuiltInRule.Create<Hazard>(ValidationCodes.RectifiedBeforeFound, ValidationSeverity.Error, "A hazard is rectified after it is found.", "隐患整改在发现之后。", RectifiedAfterFound),
        BuiltInRule.Create<Hazard>(ValidationCodes.DeadlineBeforeFound, ValidationSeverity.Error, "A deadline is not before the hazard was found.", "整改期限不早于发现日期。", DeadlineAfterFound),
        BuiltInRule.Create<Hazard>(ValidationCodes.HazardOverdue, ValidationSeverity.Warning, "A hazard is rectified by its deadline.", "隐患按期整改。", NotOverdue),
        BuiltInRule.Create<Hazard>(ValidationCodes.HazardStatusDateMismatch, ValidationSeverity.Warning, "A hazard's status and rectification date agree.", "隐患状态与整改日期一致。", StatusMatchesDate),
    }.Concat(HazardHistoryRules.All));

    /// <summary>Gets the rules for accidents, named <c>accidents</c>.</summary>
    public static RuleSet<Accident> Accidents { get; } = new("accidents", new[]
    {
        BuiltInRule.Create<Accident>(ValidationCodes.AccidentGradeInconsistent, ValidationSeverity.Error, "A stated grade is the grade the figures reach.", "填报等级与数字相符。", GradeConsistent),
        BuiltInRule.Create<Accident>(ValidationCodes.AccidentReportedLate, ValidationSeverity.Warning, "An accident is reported within an hour.", "事故在1小时内上报。", ReportedInTime),
    });

    /// <summary>
    /// Reports every record whose id an earlier record of the batch already used, streaming: the batch is read once and
    /// only the ids are kept.
    /// </summary>
    /// <param name="records">The batch, in order.</param>
    /// <returns>The issues, with paths <c>/index/id</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public static IEnumerable<ValidationIssue> DuplicateIds(IEnumerable<IRecord> records)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        return Iterate(records);

        static IEnumerable<ValidationIssue> Iterate(IEnumerable<IRecord> records)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var index = 0;
            foreach (var record in records)
            {
                if (record is not null && record.Id.Length > 0)
                {
                    if (seen.TryGetValue(record.Id, out var first))
                    {
                        yield return DuplicateId(record.Id, index, first);
                    }
                    else
                    {
                        seen.Add(record.Id, index);
                    }
                }

                index++;
            }
        }
    }

    /// <summary>
    /// Gets the issue <see cref="DuplicateIds"/> reports (<see cref="ValidationCodes.DuplicateRecordId"/>, an error): the
    /// record at <paramref name="index"/> of a batch uses <paramref name="id"/>, which the record at
    /// <paramref name="first"/> already used. For tools that find duplicates their own way, over more records than fit
    /// in memory.
    /// </summary>
    /// <param name="id">The id used twice.</param>
    /// <param name="index">The index of the later record in the batch.</param>
    /// <param name="first">The index of the first record with the id.</param>
    /// <returns>The issue, with path <c>/index/id</c> and arguments <c>id</c> and <c>first</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="first"/> is negative or not before <paramref name="index"/>.</exception>
    public static ValidationIssue DuplicateId(string id, long index, long first)
    {
        if (id is null)
        {
            throw new ArgumentNullException(nameof(id));
        }

        if (first < 0 || first >= index)
        {
            throw new ArgumentOutOfRangeException(nameof(first), first, "The first record comes before the later one.");
        }

        return ValidationIssue.Create(
            ValidationCodes.DuplicateRecordId,
            ValidationSeverity.Error,
            JsonPointer.Root.Append(index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("id"),
            first <= int.MaxValue ? DiagnosticArguments.Create(("id", id), ("first", (int)first)) : DiagnosticArguments.Create(("id", id), ("first", first)));
    }

    /// <summary>
    /// Gets the issue <see cref="UnitLinks"/> reports for a record that names a unit the batch does not hold: a warning
    /// (<see cref="ValidationCodes.UnitNotInBatch"/>) when the batch holds unit records, information
    /// (<see cref="ValidationCodes.UnitsNotGiven"/>) when it holds none. For tools that read records once, over more than fit in memory.
    /// </summary>
    /// <param name="unitId">The unit id the record names.</param>
    /// <param name="index">The index of the record in the batch.</param>
    /// <param name="unitsGiven">Whether the batch holds unit records.</param>
    /// <returns>The issue, with path <c>/index/unitId</c> and argument <c>unitId</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static ValidationIssue UnitLink(string unitId, long index, bool unitsGiven)
    {
        if (unitId is null)
        {
            throw new ArgumentNullException(nameof(unitId));
        }

        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "A record's index is not negative.");
        }

        return ValidationIssue.Create(
            unitsGiven ? ValidationCodes.UnitNotInBatch : ValidationCodes.UnitsNotGiven,
            unitsGiven ? ValidationSeverity.Warning : ValidationSeverity.Information,
            JsonPointer.Root.Append(index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("unitId"),
            DiagnosticArguments.Create(("unitId", unitId)));
    }

    /// <summary>
    /// Reports every <c>unitId</c> (<see cref="IUnitLinked"/>) that names no <see cref="SupervisedUnit"/> of the batch: a
    /// warning (<see cref="ValidationCodes.UnitNotInBatch"/>) when the batch holds unit records — the register given is
    /// incomplete or the id is wrong — and information (<see cref="ValidationCodes.UnitsNotGiven"/>) when it holds none, as
    /// when an inspection log is checked without the register it refers to. Units may come before or after the records
    /// that name them: the batch is read once, keeping the unit ids and the links, and the issues follow its end.
    /// </summary>
    /// <param name="records">The batch, in order.</param>
    /// <returns>The issues, with paths <c>/index/unitId</c>, in the order of the records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public static IEnumerable<ValidationIssue> UnitLinks(IEnumerable<IRecord> records)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        return Iterate(records);

        static IEnumerable<ValidationIssue> Iterate(IEnumerable<IRecord> records)
        {
            var links = new UnitLinkCheck();
            var index = 0;
            foreach (var record in records)
            {
                links.Add(record, index++);
            }

            return links.Issues();
        }
    }

    /// <summary>
    /// Reports what only the whole batch shows, reading it once: <see cref="DuplicateIds"/> as they are met, then
    /// <see cref="UnitLinks"/> after the last record.
    /// </summary>
    /// <param name="records">The batch, in order.</param>
    /// <returns>The issues, with paths that start with the record's index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <see langword="null"/>.</exception>
    public static IEnumerable<ValidationIssue> Batch(IEnumerable<IRecord> records)
    {
        if (records is null)
        {
            throw new ArgumentNullException(nameof(records));
        }

        return Iterate(records);

        static IEnumerable<ValidationIssue> Iterate(IEnumerable<IRecord> records)
        {
            var links = new UnitLinkCheck();
            var index = 0;
            foreach (var duplicate in DuplicateIds(Watched()))
            {
                yield return duplicate;
            }

            foreach (var issue in links.Issues())
            {
                yield return issue;
            }

            IEnumerable<IRecord> Watched()
            {
                foreach (var record in records)
                {
                    links.Add(record, index++);
                    yield return record;
                }
            }
        }
    }

    private static IEnumerable<ValidationIssue> IdPresent(IRecord record, ValidationContext context, ValidationSeverity severity)
    {
        if (string.IsNullOrWhiteSpace(record.Id))
        {
            yield return BuiltInRule.Issue(ValidationCodes.RecordIdMissing, severity, "id");
        }
    }

    private static IEnumerable<ValidationIssue> DivisionPresent(IRecord record, ValidationContext context, ValidationSeverity severity)
    {
        if (record.Division == default)
        {
            yield return BuiltInRule.Issue(ValidationCodes.RecordDivisionMissing, severity, "division");
        }
    }

    private static IEnumerable<ValidationIssue> DivisionKnown(IRecord record, ValidationContext context, ValidationSeverity severity)
    {
        if (context.Registry is { } registry && record.Division != default && !registry.Contains(record.Division))
        {
            yield return BuiltInRule.Issue(ValidationCodes.RecordDivisionUnknown, severity, "division", ("division", record.Division.ShortCode));
        }
    }

    /// <summary>
    /// Gets the rule that a record is not dated after today (<see cref="ValidationCodes.RecordDateInFuture"/>), its issue
    /// pointing at the member that dates the record. Every record kind adds it to <see cref="Common"/> with its own
    /// member (<c>Records.RecordKind.DateMember</c>: <c>/start</c> of an inspection, <c>/foundOn</c> of a hazard).
    /// </summary>
    /// <param name="dateMember">The contract name of the member <see cref="IRecord.ReferenceDate"/> comes from.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="dateMember"/> is empty.</exception>
    public static IValidationRule<IRecord> NotInFuture(string dateMember)
    {
        if (string.IsNullOrWhiteSpace(dateMember))
        {
            throw new ArgumentException("Name the member that dates the record.", nameof(dateMember));
        }

        var pointer = JsonPointer.Root.Append(dateMember);
        return BuiltInRule.Create<IRecord>(ValidationCodes.RecordDateInFuture, ValidationSeverity.Error, "A record is not dated after today.", "记录日期不晚于今天。", (record, context, severity) => Future(record, context, severity, pointer));
    }

    /// <summary>
    /// Gets the rule that a record is dated in the years 2 to 9998 that reporting periods cover
    /// (<see cref="ValidationCodes.RecordDateUnsupported"/>), its issue pointing at the member that dates the record.
    /// Aggregation by period cannot place a record outside them; an unset date reads as 0001-01-01 and is caught here.
    /// Every record kind adds it to <see cref="Common"/> with its own member.
    /// </summary>
    /// <param name="dateMember">The contract name of the member <see cref="IRecord.ReferenceDate"/> comes from.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="dateMember"/> is empty.</exception>
    public static IValidationRule<IRecord> InSupportedYears(string dateMember)
    {
        if (string.IsNullOrWhiteSpace(dateMember))
        {
            throw new ArgumentException("Name the member that dates the record.", nameof(dateMember));
        }

        var pointer = JsonPointer.Root.Append(dateMember);
        return BuiltInRule.Create<IRecord>(ValidationCodes.RecordDateUnsupported, ValidationSeverity.Error, "A record is dated in the years 2 to 9998.", "记录日期在公元2年至9998年之间。", (record, context, severity) => Unsupported(record, severity, pointer));
    }

    private static IEnumerable<ValidationIssue> Unsupported(IRecord record, ValidationSeverity severity, JsonPointer pointer)
    {
        if (record.ReferenceDate is { } date && !ReportingPeriod.IsSupportedYear(date.Year))
        {
            yield return ValidationIssue.Create(ValidationCodes.RecordDateUnsupported, severity, pointer, DiagnosticArguments.Create(("date", date)));
        }
    }

    private static IEnumerable<ValidationIssue> Future(IRecord record, ValidationContext context, ValidationSeverity severity, JsonPointer pointer)
    {
        if (record.ReferenceDate is { } date && date > context.Today)
        {
            yield return ValidationIssue.Create(ValidationCodes.RecordDateInFuture, severity, pointer, DiagnosticArguments.Create(("date", date), ("today", context.Today)));
        }
    }

    private static IEnumerable<ValidationIssue> RectifiedAfterFound(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        if (hazard.RectifiedOn is { } rectified && rectified < hazard.FoundOn)
        {
            yield return BuiltInRule.Issue(ValidationCodes.RectifiedBeforeFound, severity, "rectifiedOn", ("rectifiedOn", rectified), ("foundOn", hazard.FoundOn));
        }
    }

    private static IEnumerable<ValidationIssue> DeadlineAfterFound(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        if (hazard.RectificationDeadline is { } deadline && deadline < hazard.FoundOn)
        {
            yield return BuiltInRule.Issue(ValidationCodes.DeadlineBeforeFound, severity, "rectificationDeadline", ("deadline", deadline), ("foundOn", hazard.FoundOn));
        }
    }

    private static IEnumerable<ValidationIssue> NotOverdue(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        if (hazard.IsOverdueOn(context.Today))
        {
            yield return BuiltInRule.Issue(ValidationCodes.HazardOverdue, severity, "rectificationDeadline", ("deadline", hazard.RectificationDeadline), ("today", context.Today));
        }
    }

    private static IEnumerable<ValidationIssue> StatusMatchesDate(Hazard hazard, ValidationContext context, ValidationSeverity severity)
    {
        if (hazard.IsRectified != hazard.RectifiedOn.HasValue)
        {
            yield return BuiltInRule.Issue(ValidationCodes.HazardStatusDateMismatch, severity, hazard.IsRectified ? "rectifiedOn" : "status", ("status", hazard.Status), ("statusName", HazardStatuses.ChineseName(hazard.Status)));
        }
    }

    private static IEnumerable<ValidationIssue> GradeConsistent(Accident accident, ValidationContext context, ValidationSeverity severity)
    {
        if (accident.StatedGrade is { } stated && stated != accident.Grade)
        {
            yield return BuiltInRule.Issue(
                ValidationCodes.AccidentGradeInconsistent, severity, "statedGrade",
                ("stated", AccidentGrading.ChineseName(stated)), ("computed", AccidentGrading.ChineseName(accident.Grade)));
        }
    }

    private static IEnumerable<ValidationIssue> ReportedInTime(Accident accident, ValidationContext context, ValidationSeverity severity)
    {
        if (accident.ReportedLate)
        {
            yield return BuiltInRule.Issue(
                ValidationCodes.AccidentReportedLate, severity, "reportedAt",
                ("reportedAt", accident.ReportedAt!.Value), ("deadline", accident.ReportDeadline));
        }
    }
}
