using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;
using SafetyModel.Primitives;

namespace SafetyModel.Documents;

/// <summary>
/// The metadata of an official document (公文), with a home for every element of GB/T 9704-2012 §7 and
/// 《党政机关公文处理工作条例》 第九条: 版头 (份号, 密级和保密期限, 紧急程度, 发文机关标志, 发文字号, 签发人), 主体 (标题,
/// 主送机关, 正文 as an outline, 附件说明, 发文机关署名, 成文日期, 附注) and 版记 (抄送机关, 印发机关和印发日期).
/// </summary>
/// <remarks>
/// <para>
/// Built with an object initializer; every member is optional, as real documents omit elements (a 函 has no 印发机关,
/// an unclassified document no 份号). Collections are copied when set, so an instance never changes.
/// </para>
/// <para>
/// <see cref="Direction"/> is kept per document and defaults to the type's usual direction. Equality compares every
/// member, collections by content.
/// </para>
/// </remarks>
[ContractObject]
public sealed partial class OfficialDocument : IEquatable<OfficialDocument>
{
    private readonly string[] _issuingOrgans = Array.Empty<string>();
    private readonly string[] _signers = Array.Empty<string>();
    private readonly string[] _primaryRecipients = Array.Empty<string>();
    private readonly string[] _attachments = Array.Empty<string>();
    private readonly string[] _signatureOrgans = Array.Empty<string>();
    private readonly string[] _copyRecipients = Array.Empty<string>();
    private readonly string[] _preamble = Array.Empty<string>();
    private readonly OutlineSection[] _outline = Array.Empty<OutlineSection>();
    private readonly DocumentDirection? _direction;

    /// <summary>Gets the copy number (份号), usually six digits such as <c>000001</c>; required on classified documents.</summary>
    [ContractMember("copyNumber")]
    public string? CopyNumber { get; init; }

    /// <summary>Gets the secrecy level and period (密级和保密期限), or <see langword="null"/> for an unclassified document.</summary>
    [ContractMember("secrecy")]
    public SecrecyMarking? Secrecy { get; init; }

    /// <summary>Gets the urgency (紧急程度), or <see langword="null"/> when none is marked.</summary>
    [ContractMember("urgency")]
    public Urgency? Urgency { get; init; }

    /// <summary>Gets the issuing organs of the 发文机关标志; more than one for a joint document, the lead organ first.</summary>
    [ContractMember("issuingOrgans")]
    public IReadOnlyList<string> IssuingOrgans { get => _issuingOrgans; init => _issuingOrgans = Copy(value, nameof(IssuingOrgans)); }

    /// <summary>Gets the document number (发文字号), or <see langword="null"/>.</summary>
    [ContractMember("number")]
    public DocumentNumber? Number { get; init; }

    /// <summary>Gets the signers (签发人); required on upward documents (GB/T 9704-2012 §7.2.5).</summary>
    [ContractMember("signers")]
    public IReadOnlyList<string> Signers { get => _signers; init => _signers = Copy(value, nameof(Signers)); }

    /// <summary>Gets the title (标题), or <see langword="null"/>.</summary>
    [ContractMember("title")]
    public DocumentTitle? Title { get; init; }

    /// <summary>Gets the declared type (文种); the default value when not given.</summary>
    [ContractMember("type")]
    public DocumentType Type { get; init; }

    /// <summary>Gets the direction: as set, or else the type's <see cref="DocumentType.DefaultDirection"/>.</summary>
    public DocumentDirection? Direction { get => _direction ?? Type.DefaultDirection; init => _direction = value; }

    /// <summary>Gets the direction as given, without the type's default (what the JSON contract writes).</summary>
    [ContractMember("direction", Setter = nameof(Direction))]
    internal DocumentDirection? ExplicitDirection => _direction;

    /// <summary>Gets the primary recipients (主送机关).</summary>
    [ContractMember("primaryRecipients")]
    public IReadOnlyList<string> PrimaryRecipients { get => _primaryRecipients; init => _primaryRecipients = Copy(value, nameof(PrimaryRecipients)); }

    /// <summary>Gets the paragraphs of the body (正文) before its first heading.</summary>
    [ContractMember("preamble")]
    public IReadOnlyList<string> Preamble { get => _preamble; init => _preamble = Copy(value, nameof(Preamble)); }

    /// <summary>Gets the body (正文) as an outline of sections.</summary>
    [ContractMember("outline")]
    public IReadOnlyList<OutlineSection> Outline { get => _outline; init => _outline = Copy(value, nameof(Outline)); }

    /// <summary>Gets the attachment notes (附件说明), one per attachment.</summary>
    [ContractMember("attachmentNotes")]
    public IReadOnlyList<string> AttachmentNotes { get => _attachments; init => _attachments = Copy(value, nameof(AttachmentNotes)); }

    /// <summary>Gets the signature organs (发文机关署名).</summary>
    [ContractMember("signatureOrgans")]
    public IReadOnlyList<string> SignatureOrgans { get => _signatureOrgans; init => _signatureOrgans = Copy(value, nameof(SignatureOrgans)); }

    /// <summary>Gets the date (成文日期): the date of signature, of the last signer for a joint document.</summary>
    [ContractMember("date")]
    public LocalDate? Date { get; init; }

    /// <summary>Gets the note (附注), or <see langword="null"/>.</summary>
    [ContractMember("remarks")]
    public string? Remarks { get; init; }

    /// <summary>Gets the cc recipients (抄送机关).</summary>
    [ContractMember("copyRecipients")]
    public IReadOnlyList<string> CopyRecipients { get => _copyRecipients; init => _copyRecipients = Copy(value, nameof(CopyRecipients)); }

    /// <summary>Gets the printing organ (印发机关); a 函 has none (信函格式, GB/T 9704-2012 §10.1).</summary>
    [ContractMember("printingOrgan")]
    public string? PrintingOrgan { get; init; }

    /// <summary>Gets the printing date (印发日期).</summary>
    [ContractMember("printingDate")]
    public LocalDate? PrintingDate { get; init; }

    /// <summary>Returns the number, the title and the date, as a register lists a document.</summary>
    /// <returns>A readable one-line description.</returns>
    public override string ToString() =>
        string.Join(" ", new[] { Number?.ToString(), Title?.Text ?? Type.ChineseName, Date is { } d ? Text.ChineseDates.Format(d) : null }
            .Where(part => !string.IsNullOrEmpty(part)));

    private static T[] Copy<T>(IEnumerable<T>? values, string name) => Sequences.Copy(values, name);
}
