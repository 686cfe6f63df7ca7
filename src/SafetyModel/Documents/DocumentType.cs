using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Documents;

/// <summary>
/// 文种, the kind of an official document: the 15 of 《党政机关公文处理工作条例》(2012) 第八条 — 决议, 决定, 命令（令）,
/// 公报, 公告, 通告, 意见, 通知, 通报, 报告, 请示, 批复, 议案, 函, 纪要 — and the types older documents use (规定, 办法,
/// 指示, 总结 …). An open list (see <see cref="IExtensibleEnum"/>).
/// </summary>
/// <remarks>Codes are English words (<c>letter</c> for 函); <see cref="TryFromName"/> also finds a type by its Chinese name.</remarks>
[ContractList("document type")]
public readonly struct DocumentType : IExtensibleEnum, IEquatable<DocumentType>
{
    private static readonly ExtensibleEnumCatalog<DocumentType> Catalog = new(entry => new DocumentType(entry));

    private readonly ExtensibleEnumEntry? _entry;

    private DocumentType(ExtensibleEnumEntry entry) => _entry = entry;

    /// <summary>决议 — resolution.</summary>
    public static DocumentType Resolution { get; } = Catalog.Define("resolution", "决议", "resolution");

    /// <summary>决定 — decision.</summary>
    public static DocumentType Decision { get; } = Catalog.Define("decision", "决定", "decision");

    /// <summary>命令（令） — order.</summary>
    public static DocumentType Order { get; } = Catalog.Define("order", "命令", "order", "令", "命令（令）");

    /// <summary>公报 — communiqué.</summary>
    public static DocumentType Communique { get; } = Catalog.Define("communique", "公报", "communiqué", "communique");

    /// <summary>公告 — announcement (to the public at home and abroad).</summary>
    public static DocumentType Announcement { get; } = Catalog.Define("announcement", "公告", "announcement");

    /// <summary>通告 — public notice (matters to be observed or known in an area).</summary>
    public static DocumentType PublicNotice { get; } = Catalog.Define("public-notice", "通告", "public notice");

    /// <summary>意见 — opinion; may travel in any direction.</summary>
    public static DocumentType Opinion { get; } = Catalog.Define("opinion", "意见", "opinion");

    /// <summary>通知 — notice.</summary>
    public static DocumentType Notice { get; } = Catalog.Define("notice", "通知", "notice");

    /// <summary>通报 — circular.</summary>
    public static DocumentType Circular { get; } = Catalog.Define("circular", "通报", "circular");

    /// <summary>报告 — report; upward, and must not carry requests (不得夹带请示事项).</summary>
    public static DocumentType Report { get; } = Catalog.Define("report", "报告", "report");

    /// <summary>请示 — request for instructions; upward, one matter per document (一文一事).</summary>
    public static DocumentType Request { get; } = Catalog.Define("request", "请示", "request for instructions");

    /// <summary>批复 — reply to a request.</summary>
    public static DocumentType Reply { get; } = Catalog.Define("reply", "批复", "reply");

    /// <summary>议案 — motion (from a government to a people's congress).</summary>
    public static DocumentType Motion { get; } = Catalog.Define("motion", "议案", "motion");

    /// <summary>函 — letter, between organs with no line authority. The seed is one.</summary>
    public static DocumentType Letter { get; } = Catalog.Define("letter", "函", "letter");

    /// <summary>纪要 — minutes.</summary>
    public static DocumentType Minutes { get; } = Catalog.Define("minutes", "纪要", "minutes", "会议纪要");

    /// <summary>规定 — regulation (an older or internal type, outside the 15).</summary>
    public static DocumentType Regulation { get; } = Catalog.Define("regulation", "规定", "regulation");

    /// <summary>办法 — measures (outside the 15).</summary>
    public static DocumentType Measures { get; } = Catalog.Define("measures", "办法", "measures");

    /// <summary>指示 — directive (a pre-2012 type, outside the 15).</summary>
    public static DocumentType Directive { get; } = Catalog.Define("directive", "指示", "directive");

    /// <summary>总结 — work summary, usually an attachment (outside the 15).</summary>
    public static DocumentType Summary { get; } = Catalog.Define("summary", "总结", "summary", "工作总结");

    /// <summary>方案 — plan, such as a campaign's 实施方案 (outside the 15).</summary>
    public static DocumentType Plan { get; } = Catalog.Define("plan", "方案", "plan", "实施方案");

    /// <summary>答复 — answer to a deputy's 建议 or a member's 提案 (建议、提案办理情况的答复; outside the 15, often sent as a 函).</summary>
    public static DocumentType Answer { get; } = Catalog.Define("answer", "答复", "answer");

    /// <summary>Gets the well-known types: the 15 of the 条例 first, then the others.</summary>
    public static IReadOnlyList<DocumentType> KnownValues => Catalog.Known;

    /// <inheritdoc />
    public string Code => _entry?.Code ?? string.Empty;

    /// <inheritdoc />
    public string ChineseName => _entry?.ChineseName ?? string.Empty;

    /// <inheritdoc />
    public string EnglishName => _entry?.EnglishName ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => _entry?.IsKnown ?? false;

    /// <summary>Gets a value indicating whether the type is one of the 15 of 《党政机关公文处理工作条例》 第八条.</summary>
    public bool IsStatutory => Code is "resolution" or "decision" or "order" or "communique" or "announcement" or "public-notice" or
        "opinion" or "notice" or "circular" or "report" or "request" or "reply" or "motion" or "letter" or "minutes";

    /// <summary>
    /// Gets the direction a document of this type usually travels: upward for 报告 and 请示; parallel for 函; downward for
    /// 批复, 通知, 通报, 决定, 命令, 决议; <see langword="null"/> where there is no default (意见 may go any way; the public
    /// types; unknown types).
    /// </summary>
    public DocumentDirection? DefaultDirection => Code switch
    {
        "report" or "request" or "motion" => DocumentDirection.Upward,
        "letter" => DocumentDirection.Parallel,
        "reply" or "notice" or "circular" or "decision" or "order" or "resolution" => DocumentDirection.Downward,
        _ => null,
    };

    /// <summary>The Chinese names a title may end with: the name and its Chinese aliases (令, 会议纪要, 工作总结, 实施方案).</summary>
    internal IEnumerable<string> TitleEndings
    {
        get
        {
            yield return ChineseName;
            foreach (var alias in _entry?.Aliases ?? Array.Empty<string>())
            {
                if (alias.Length > 0 && alias[0] >= '\u4E00' && alias[alias.Length - 1] != '）')
                {
                    yield return alias;
                }
            }
        }
    }

    /// <summary>Gets the type with a code: the well-known one, or an unknown type that keeps <paramref name="code"/> as given.</summary>
    /// <param name="code">The code, such as <c>letter</c>, or a Chinese name for a type the library does not know (<c>细则</c>).</param>
    /// <returns>The type.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or white space.</exception>
    public static DocumentType FromCode(string code) => Catalog.FromCode(code, nameof(code));

    /// <summary>Finds a well-known type by its code, Chinese name (函, 命令, 令 …) or English name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="type">The type found, or the default.</param>
    /// <returns>Whether a well-known type has that name.</returns>
    public static bool TryFromName(string? name, out DocumentType type) => Catalog.TryFromName(name, out type);

    /// <inheritdoc />
    public bool Equals(DocumentType other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is DocumentType other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the Chinese name, such as 函, or the code of an unknown type.</summary>
    /// <returns>The Chinese name.</returns>
    public override string ToString() => ChineseName;

    /// <summary>Compares two types by code.</summary>
    /// <param name="left">The first type.</param>
    /// <param name="right">The second type.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(DocumentType left, DocumentType right) => left.Equals(right);

    /// <summary>Compares two types by code.</summary>
    /// <param name="left">The first type.</param>
    /// <param name="right">The second type.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(DocumentType left, DocumentType right) => !left.Equals(right);
}
