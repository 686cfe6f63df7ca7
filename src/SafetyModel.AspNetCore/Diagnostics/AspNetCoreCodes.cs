using SafetyModel.Diagnostics;

namespace SafetyModel.AspNetCore;

/// <summary>
/// The stable codes of SafetyModel.AspNetCore (<c>SM95xx</c>, listed in docs/aspnetcore.md): why a request could not be
/// read. Each is the code of an issue in a problem details response. A code is never renamed or reused.
/// </summary>
public static class AspNetCoreCodes
{
    /// <summary>SM9501 (413): the request body is larger than <see cref="SafetyModelLimits.MaxRequestBodyBytes"/>.</summary>
    public const string BodyTooLarge = "SM9501";

    /// <summary>SM9502 (413): the request holds more records than <see cref="SafetyModelLimits.MaxRecordsPerRequest"/>.</summary>
    public const string TooManyRecords = "SM9502";

    /// <summary>SM9503 (413): the uploaded file is larger than <see cref="SafetyModelLimits.MaxFileBytes"/>.</summary>
    public const string FileTooLarge = "SM9503";

    /// <summary>SM9504 (400): a multipart request has no field named <c>file</c>.</summary>
    public const string NoFileField = "SM9504";

    /// <summary>SM9505 (400): the request body is empty.</summary>
    public const string EmptyBody = "SM9505";

    /// <summary>SM9506 (415): the request's content type is not one the endpoint reads.</summary>
    public const string UnsupportedMediaType = "SM9506";

    /// <summary>SM9507 (400): a query parameter names something the endpoint does not know (a record kind, a grouping).</summary>
    public const string BadQuery = "SM9507";

    internal static LocalizedText BodyTooLargeText(long limit) => new(
        $"The request body is larger than {Format(limit)} bytes, the most this server reads.",
        $"请求正文超过 {Format(limit)} 字节，超出本服务器读取上限。");

    internal static LocalizedText TooManyRecordsText(int limit) => new(
        $"The request holds more than {Format(limit)} records, the most one request may hold; send them in several requests.",
        $"一次请求的记录超过 {Format(limit)} 条上限，请分多次提交。");

    internal static LocalizedText FileTooLargeText(long limit) => new(
        $"The file is larger than {Format(limit)} bytes, the most this server reads.",
        $"文件超过 {Format(limit)} 字节，超出本服务器读取上限。");

    internal static LocalizedText NoFileFieldText { get; } = new(
        "The multipart request has no field named “file”: send the file in a field named file, or as the request body.",
        "多部分请求中没有名为“file”的字段：请将文件放在 file 字段中，或直接作为请求正文提交。");

    internal static LocalizedText EmptyBodyText { get; } = new("The request body is empty.", "请求正文为空。");

    internal static LocalizedText UnsupportedMediaTypeText(string? contentType, string expected) => new(
        $"The content type “{contentType}” is not read here; send {expected}.",
        $"不支持的内容类型“{contentType}”；请提交 {expected}。");

    private static string Format(long value) => value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
