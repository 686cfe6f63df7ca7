using System;

namespace SafetyModel.Aggregation;

/// <summary>
/// A statistics form as a ready query: a stable code (<c>hazard-quarterly</c>, the CLI's <c>--preset</c>), the form's
/// Chinese title, the source its rows and columns are defined by, and the <see cref="AggregationQuery"/> that gives
/// the form's rows (division × period × dimension) and columns (measures and rates). Immutable;
/// <see cref="AggregationPresets"/> lists the well-known ones.
/// </summary>
public sealed class AggregationPreset
{
    /// <summary>Declares a preset.</summary>
    /// <param name="code">The stable code: lower-case ASCII letters, digits and inner hyphens (<c>hazard-quarterly</c>).</param>
    /// <param name="chineseTitle">The form's Chinese title (隐患排查治理统计分析表（季度）).</param>
    /// <param name="englishTitle">The English title.</param>
    /// <param name="source">Where the form and the definitions of its rows come from (regulation and article).</param>
    /// <param name="query">The query.</param>
    /// <exception cref="ArgumentException">The code is not of that form, or a title or the source is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is <see langword="null"/>.</exception>
    public AggregationPreset(string code, string chineseTitle, string englishTitle, string source, AggregationQuery query)
    {
        Code = Records.RecordKind.CheckCode(code, nameof(code));
        ChineseTitle = string.IsNullOrWhiteSpace(chineseTitle) ? throw new ArgumentException("A preset has a Chinese title.", nameof(chineseTitle)) : chineseTitle;
        EnglishTitle = string.IsNullOrWhiteSpace(englishTitle) ? throw new ArgumentException("A preset has an English title.", nameof(englishTitle)) : englishTitle;
        Source = string.IsNullOrWhiteSpace(source) ? throw new ArgumentException("A preset names its source.", nameof(source)) : source;
        Query = query ?? throw new ArgumentNullException(nameof(query));
    }

    /// <summary>Gets the stable code, such as <c>hazard-quarterly</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the form's Chinese title.</summary>
    public string ChineseTitle { get; }

    /// <summary>Gets the form's English title.</summary>
    public string EnglishTitle { get; }

    /// <summary>Gets where the form and its rows' definitions come from.</summary>
    public string Source { get; }

    /// <summary>Gets the query that makes the form: its rows (division level, period, dimension) and columns (measures, rates).</summary>
    public AggregationQuery Query { get; }

    /// <summary>Returns the code and the Chinese title.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => $"{Code} {ChineseTitle}";
}
