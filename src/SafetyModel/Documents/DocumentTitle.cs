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

        var notes = new List<ParseDiagnostic>();
        var typeName = EndingType(title, out var type);
        if (typeName is null && HasSpace(title))
        {
            // 通 报: text extracted from a PDF or typed with spaces between the characters.
            var compact = RemoveSpaces(title);
            if (EndingType(Simplified(compact), out _) is not null)
            {
                notes.Add(ParseDiagnostic.Create(ParseCodes.TitleSpacesRemoved, offset, title.Length));
                title = compact;
                typeName = EndingType(title, out type);
            }
        }

        if (typeName is null && Simplified(title) is var simplified && !ReferenceEquals(simplified, title) &&
            EndingType(simplified, out type) is { } simplifiedName)
        {
            // 決定, 意見, 通報: the type in traditional characters (a mirror or an old scan); the title is kept as written.
            typeName = simplifiedName;
            var found = title.Substring(title.Length - simplifiedName.Length);
            notes.Add(ParseDiagnostic.Create(
                ParseCodes.TraditionalCharactersRead, offset + title.Length - simplifiedName.Length, simplifiedName.Length,
                DiagnosticArguments.Create(("found", found), ("read", simplifiedName))));
        }

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

        string? issuer = null;
        var guanyu = body.IndexOf("关于", StringComparison.Ordinal);
        if (guanyu < 0 && Simplified(body) is var simpleBody && !ReferenceEquals(simpleBody, body))
        {
            guanyu = simpleBody.IndexOf("关于", StringComparison.Ordinal);
            if (guanyu >= 0)
            {
                notes.Add(ParseDiagnostic.Create(
                    ParseCodes.TraditionalCharactersRead, offset + guanyu, 2, DiagnosticArguments.Create(("found", body.Substring(guanyu, 2)), ("read", "关于"))));
            }
        }

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

    /// <summary>The text with its traditional characters simplified (<see cref="TraditionalCharacters"/>); the same instance when it has none.</summary>
    internal static string Simplified(string text) => TraditionalCharacters.ToSimplified(text, out _);

    private static bool HasSpace(string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string RemoveSpaces(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            WorkMeter.Step();
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

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
