using System;
using System.Collections.Generic;
using SafetyModel.Diagnostics;
using SafetyModel.Text;

namespace SafetyModel.Documents;

/// <summary>
/// 标题, the title of an official document, split as GB/T 9704-2012 §7.3.1 composes it: 发文机关 + 关于 + 事由 + 的 + 文种,
/// as in <c>乌兰陶勒盖镇人民政府</c> <c>关于</c> <c>报送乌兰陶勒盖镇2022年安全生产半年工作总结</c> <c>的</c> <c>函</c>.
/// </summary>
/// <remarks>
/// The split is at the first 关于 and the last 的 before the type, so nested titles keep their inner parts in the
/// subject: <c>X关于转发Y关于Z的通知的通知</c> has issuer X and subject <c>转发Y关于Z的通知</c>. A title without 关于
/// has no issuer. Immutable; equal when the texts are equal.
/// </remarks>
public sealed class DocumentTitle : IEquatable<DocumentTitle>
{
    private const int MaximumLength = 400;

    private DocumentTitle(string text, string? issuer, string subject, DocumentType type)
    {
        Text = text;
        Issuer = issuer;
        Subject = subject;
        Type = type;
    }

    /// <summary>Gets the whole title, as given (without surrounding white space).</summary>
    public string Text { get; }

    /// <summary>Gets the issuing organ named before 关于, or <see langword="null"/> when the title names none.</summary>
    public string? Issuer { get; }

    /// <summary>Gets the subject (事由): what the document is about, between 关于 and the final 的.</summary>
    public string Subject { get; }

    /// <summary>Gets the type (文种) the title ends with.</summary>
    public DocumentType Type { get; }

    /// <summary>Reads a title.</summary>
    /// <param name="text">The text, or <see langword="null"/>.</param>
    /// <returns>The result, with a note when the title has no 关于; never throws on bad input.</returns>
    public static ParseResult<DocumentTitle> ParseDetailed(string? text)
    {
        if (text is null)
        {
            return ParseResult<DocumentTitle>.ForError(ParseDiagnostic.Create(ParseCodes.NullText, 0, 0));
        }

        if (text.Length > MaximumLength)
        {
            return ParseResult<DocumentTitle>.ForError(
                ParseDiagnostic.Create(ParseCodes.TextTooLong, 0, text.Length, DiagnosticArguments.Create(("length", text.Length), ("maximum", MaximumLength))), text);
        }

        var title = TextSpans.Trim(text.AsSpan(), out var offset).ToString();
        if (title.Length == 0)
        {
            return ParseResult<DocumentTitle>.ForError(ParseDiagnostic.Create(ParseCodes.EmptyText, 0, text.Length), text);
        }

        var typeName = EndingType(title, out var type);
        if (typeName is null)
        {
            return ParseResult<DocumentTitle>.ForError(
                ParseDiagnostic.Create(ParseCodes.TitleWithoutType, offset, title.Length, DiagnosticArguments.Create(("text", title))), text);
        }

        var body = title.Substring(0, title.Length - typeName.Length);
        if (body.EndsWith("的", StringComparison.Ordinal))
        {
            body = body.Substring(0, body.Length - 1);
        }

        var notes = new List<ParseDiagnostic>();
        string? issuer = null;
        var guanyu = body.IndexOf("关于", StringComparison.Ordinal);
        if (guanyu >= 0)
        {
            issuer = guanyu == 0 ? null : body.Substring(0, guanyu);
            body = body.Substring(guanyu + 2);
        }
        else
        {
            notes.Add(ParseDiagnostic.Create(ParseCodes.TitleWithoutGuanyu, offset, title.Length));
        }

        return ParseResult<DocumentTitle>.ForValue(new DocumentTitle(title, issuer, body, type), notes, text);
    }

    /// <summary>Reads a title (see <see cref="ParseDetailed"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The title.</returns>
    /// <exception cref="ParseException">The text does not end with a document type.</exception>
    public static DocumentTitle Parse(string text) => ParseDetailed(text).Value;

    /// <summary>Returns the whole title.</summary>
    /// <returns>The title text.</returns>
    public override string ToString() => Text;

    /// <inheritdoc />
    public bool Equals(DocumentTitle? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentTitle);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>The longest well-known type name the title ends with (会议纪要 before 纪要), or null.</summary>
    internal static string? EndingType(string title, out DocumentType type)
    {
        string? best = null;
        type = default;
        foreach (var known in DocumentType.KnownValues)
        {
            WorkMeter.Step();
            foreach (var name in known.TitleEndings)
            {
                WorkMeter.Step();
                if (title.EndsWith(name, StringComparison.Ordinal) && (best is null || name.Length > best.Length))
                {
                    best = name;
                    type = known;
                }
            }
        }

        return best;
    }
}
