using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Validation;

/// <summary>
/// A named set of validation rules over one kind of subject, with per-code configuration: rules can be turned off
/// (<see cref="Without"/>), given another severity (<see cref="WithSeverity"/>), and joined by rules of the user's own
/// (<see cref="With"/>). Validation runs every rule in one pass and reports every issue.
/// </summary>
/// <typeparam name="T">What the rules check.</typeparam>
/// <remarks>Immutable: each configuration method returns a new set.</remarks>
public sealed class RuleSet<T>
{
    private readonly IValidationRule<T>[] _rules;
    private readonly Dictionary<string, ValidationSeverity> _severities;

    /// <summary>Creates a rule set.</summary>
    /// <param name="name">The name, such as <c>documents</c>.</param>
    /// <param name="rules">The rules; codes must be unique.</param>
    /// <exception cref="ArgumentNullException">An argument or a rule is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two rules share a code.</exception>
    public RuleSet(string name, IEnumerable<IValidationRule<T>> rules)
        : this(name ?? throw new ArgumentNullException(nameof(name)), Check(rules), new Dictionary<string, ValidationSeverity>(StringComparer.Ordinal))
    {
    }

    private RuleSet(string name, IValidationRule<T>[] rules, Dictionary<string, ValidationSeverity> severities)
    {
        Name = name;
        _rules = rules;
        _severities = severities;
    }

    /// <summary>Gets the name of the set.</summary>
    public string Name { get; }

    /// <summary>Gets the rules, in the order they run.</summary>
    public IReadOnlyList<IValidationRule<T>> Rules => _rules;

    /// <summary>Gets the severity the set gives the issues of a rule: its override, or the rule's default.</summary>
    /// <param name="code">The rule's code.</param>
    /// <returns>The severity.</returns>
    /// <exception cref="ArgumentException">No rule of the set has that code.</exception>
    public ValidationSeverity SeverityOf(string code)
    {
        var rule = Find(code);
        return _severities.TryGetValue(code, out var severity) ? severity : rule.DefaultSeverity;
    }

    /// <summary>Returns a set with a rule of the user's own added at the end.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">A rule of the set already has that code.</exception>
    public RuleSet<T> With(IValidationRule<T> rule) =>
        new(Name, Check(_rules.Concat(new[] { rule ?? throw new ArgumentNullException(nameof(rule)) })), _severities);

    /// <summary>Returns a set without the rule of a code (turned off).</summary>
    /// <param name="code">The rule's code.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">No rule of the set has that code.</exception>
    public RuleSet<T> Without(string code)
    {
        Find(code);
        return new(Name, _rules.Where(r => !string.Equals(r.Code, code, StringComparison.Ordinal)).ToArray(), _severities);
    }

    /// <summary>Returns a set that reports the issues of a rule with another severity.</summary>
    /// <param name="code">The rule's code.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentException">No rule of the set has that code, or the severity is not defined.</exception>
    public RuleSet<T> WithSeverity(string code, ValidationSeverity severity)
    {
        Find(code);
        if (severity is not (ValidationSeverity.Information or ValidationSeverity.Warning or ValidationSeverity.Error))
        {
            throw new ArgumentException($"{(int)severity} is not a defined severity.", nameof(severity));
        }

        return new(Name, _rules, new Dictionary<string, ValidationSeverity>(_severities, StringComparer.Ordinal) { [code] = severity });
    }

    /// <summary>Runs every rule on a subject and reports every issue, in rule order.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="context">The clock and zone, or <see langword="null"/> for the system clock in China Standard Time.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is <see langword="null"/>.</exception>
    public ValidationReport Validate(T subject, ValidationContext? context = null)
    {
        if (subject is null)
        {
            throw new ArgumentNullException(nameof(subject));
        }

        context ??= ValidationContext.SystemClock;
        var issues = new List<ValidationIssue>();
        foreach (var rule in _rules)
        {
            foreach (var issue in rule.Check(subject, context))
            {
                issues.Add(_severities.TryGetValue(issue.Code, out var severity) ? issue.WithSeverity(severity) : issue);
            }
        }

        return new ValidationReport(issues);
    }

    /// <summary>
    /// Validates what a reader made of a text (such as <c>SummaryText.ParseDetailed</c>): the reader's notes become
    /// issues of severity <see cref="ValidationSeverity.Information"/>, followed by the issues of every rule on the value. A failed reading gives one
    /// <see cref="ValidationSeverity.Error"/> issue with the reader's code.
    /// </summary>
    /// <param name="parsed">The reading.</param>
    /// <param name="context">The clock and zone, or <see langword="null"/> for the system clock in China Standard Time.</param>
    /// <returns>The report. Issues from notes point at the root (<c>""</c>) and carry the note's place in the text as
    /// the arguments <c>textPosition</c> and <c>textLength</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parsed"/> is <see langword="null"/>.</exception>
    public ValidationReport ValidateParsed(ParseResult<T> parsed, ValidationContext? context = null)
    {
        if (parsed is null)
        {
            throw new ArgumentNullException(nameof(parsed));
        }

        if (!parsed.Success)
        {
            return new ValidationReport(new[] { FromDiagnostic(parsed.Error!, ValidationSeverity.Error) });
        }

        var notes = parsed.Notes.Select(n => FromDiagnostic(n, ValidationSeverity.Information));
        return new ValidationReport(notes).Merge(Validate(parsed.Value, context));
    }

    private static ValidationIssue FromDiagnostic(ParseDiagnostic diagnostic, ValidationSeverity severity) =>
        new(diagnostic.Code, severity, JsonPointer.Root, diagnostic.Message,
            new DiagnosticArguments(diagnostic.Arguments.Concat(new[]
            {
                new KeyValuePair<string, object?>("textPosition", diagnostic.Position), new KeyValuePair<string, object?>("textLength", diagnostic.Length),
            })));

    /// <summary>
    /// Runs every rule on each subject of a batch and yields the issues as it goes, each path prefixed with the
    /// subject's index (<c>/3/foundOn</c>). The batch is read once and not held: it may be larger than memory.
    /// </summary>
    /// <param name="subjects">The batch, in order; a null subject is reported (SM2002) rather than thrown on.</param>
    /// <param name="context">The clock and zone, or <see langword="null"/> for the system clock in China Standard Time.</param>
    /// <returns>The issues, in batch order then rule order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subjects"/> is <see langword="null"/>.</exception>
    public IEnumerable<ValidationIssue> ValidateEach(IEnumerable<T> subjects, ValidationContext? context = null)
    {
        if (subjects is null)
        {
            throw new ArgumentNullException(nameof(subjects));
        }

        return Iterate(subjects, context ?? ValidationContext.SystemClock);
    }

    /// <summary>
    /// Runs every rule on each subject of an asynchronous stream of records (read from a file or a network) and yields
    /// the issues as it goes, each path prefixed with the subject's index. Nothing but the current subject is held.
    /// </summary>
    /// <param name="subjects">The stream, in order; a null subject is reported (SM2002).</param>
    /// <param name="context">The clock and zone, or <see langword="null"/> for the system clock in China Standard Time.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The issues, in stream order then rule order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subjects"/> is <see langword="null"/>.</exception>
    public IAsyncEnumerable<ValidationIssue> ValidateEachAsync(
        IAsyncEnumerable<T> subjects, ValidationContext? context = null, CancellationToken cancellationToken = default)
    {
        if (subjects is null)
        {
            throw new ArgumentNullException(nameof(subjects));
        }

        return IterateAsync(subjects, context ?? ValidationContext.SystemClock, cancellationToken);
    }

    /// <summary>Runs every rule on each subject of a batch and reports every issue (see <see cref="ValidateEach"/>).</summary>
    /// <param name="subjects">The batch.</param>
    /// <param name="context">The clock and zone, or <see langword="null"/> for the system clock in China Standard Time.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subjects"/> is <see langword="null"/>.</exception>
    public ValidationReport ValidateAll(IEnumerable<T> subjects, ValidationContext? context = null) =>
        new(ValidateEach(subjects, context));

    /// <summary>Returns the name and the number of rules.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Name} ({_rules.Length} rules)";

    private IEnumerable<ValidationIssue> Iterate(IEnumerable<T> subjects, ValidationContext context)
    {
        var index = 0;
        foreach (var subject in subjects)
        {
            foreach (var issue in IssuesOf(subject, index, context))
            {
                yield return issue;
            }

            index++;
        }
    }

    private async IAsyncEnumerable<ValidationIssue> IterateAsync(
        IAsyncEnumerable<T> subjects, ValidationContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var index = 0;
        await foreach (var subject in subjects.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // Checked here too: a source that ignores the token still stops at the next record.
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var issue in IssuesOf(subject, index, context))
            {
                yield return issue;
            }

            index++;
        }
    }

    private IEnumerable<ValidationIssue> IssuesOf(T subject, int index, ValidationContext context)
    {
        var prefix = JsonPointer.Root.Append(index);
        if (subject is null)
        {
            return new[] { ValidationIssue.Create(ValidationCodes.Required, ValidationSeverity.Error, prefix, Diagnostics.DiagnosticArguments.Create(("member", prefix.ToString()))) };
        }

        return Validate(subject, context).Issues.Select(issue => issue.At(prefix));
    }

    private IValidationRule<T> Find(string code) =>
        _rules.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.Ordinal))
        ?? throw new ArgumentException($"The rule set '{Name}' has no rule '{code}'.", nameof(code));

    private static IValidationRule<T>[] Check(IEnumerable<IValidationRule<T>> rules)
    {
        if (rules is null)
        {
            throw new ArgumentNullException(nameof(rules));
        }

        var array = rules.ToArray();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in array)
        {
            if (rule is null)
            {
                throw new ArgumentNullException(nameof(rules), "A rule set holds no null rule.");
            }

            if (!codes.Add(rule.Code))
            {
                throw new ArgumentException($"Two rules share the code '{rule.Code}'.", nameof(rules));
            }
        }

        return array;
    }
}
