namespace SafetyModel.Office;

/// <summary>Where a line of a document file's text stood, as far as it matters to reading a 公文 (GB/T 9704-2012).</summary>
public enum SourceLineRole
{
    /// <summary>A paragraph of the body (or a line of an OFD page).</summary>
    Body = 0,

    /// <summary>The 发文机关标志 (版头): red text at the top of the first page (GB/T 9704-2012 §7.2.3).</summary>
    Banner = 1,

    /// <summary>A centred line in bold throughout: how a title is set when no 小标宋 font is at hand.</summary>
    Title = 2,

    /// <summary>A paragraph in a table cell.</summary>
    TableCell = 3,

    /// <summary>A paragraph in a text box (where a red 版头 or a 发文字号 is often put).</summary>
    TextBox = 4,

    /// <summary>A paragraph of a page header part (页眉), read before the body.</summary>
    PageHeader = 5,
}
