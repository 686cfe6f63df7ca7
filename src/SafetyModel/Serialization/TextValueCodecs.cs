using System;
using System.Text.Json;
using SafetyModel.Diagnostics;
using SafetyModel.Documents;
using SafetyModel.Primitives;
using SafetyModel.Text;

namespace SafetyModel.Serialization;

/// <summary>
/// The values the contract writes as their canonical text, read back by the model's own parsers. Reading is strict:
/// only the canonical form is accepted (a 发文字号 with 〔〕, a period code), so what is read is what is written.
/// </summary>
internal abstract class TextValueCodec<T> : IJsonCodec<T>
{
    protected TextValueCodec(string expected, string example)
    {
        Expected = expected;
        Example = example;
    }

    /// <summary>Gets what the value is, in messages and the schema.</summary>
    public string Expected { get; }

    /// <summary>Gets an example of the canonical form.</summary>
    public string Example { get; }

    public T Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonContract.WrongKind(ref reader, "a " + Expected);
        }

        var text = JsonContract.GetString(ref reader);
        var problem = TryParse(text, out var value);
        if (problem is null && string.Equals(Format(value), text, StringComparison.Ordinal))
        {
            return value;
        }

        throw JsonContract.InvalidValue(ref reader, text, Expected, problem ?? new LocalizedText(
            "only the canonical form is read, such as " + Example, "只接受规范写法，例如 " + Example));
    }

    public void Write(Utf8JsonWriter writer, T value) => writer.WriteStringValue(Format(value));

    /// <summary>Parses; returns the failure's message, or <see langword="null"/>.</summary>
    protected abstract LocalizedText? TryParse(string text, out T value);

    /// <summary>Writes the canonical form.</summary>
    protected abstract string Format(T value);

    protected static LocalizedText? Problem<TValue>(ParseResult<TValue> result, out TValue value)
    {
        value = result.Success ? result.Value : default!;
        return result.Error?.Message;
    }
}

/// <summary><see cref="ReportingPeriod"/> as its code: <c>2022-H1</c>, <c>2022-Q3</c>, <c>2022-07</c>, <c>2022</c>, <c>2022-05-01/2022-09-30</c>.</summary>
internal sealed class ReportingPeriodCodec : TextValueCodec<ReportingPeriod>
{
    public ReportingPeriodCodec()
        : base("reporting period code", "2022-H1")
    {
    }

    protected override LocalizedText? TryParse(string text, out ReportingPeriod value) => Problem(ReportingPeriod.ParseDetailed(text), out value);

    protected override string Format(ReportingPeriod value) => value.Code;
}

/// <summary><see cref="DocumentNumber"/> (发文字号) in its GB/T 9704 form: <c>乌兰镇政函〔2022〕297号</c>.</summary>
internal sealed class DocumentNumberCodec : TextValueCodec<DocumentNumber>
{
    public DocumentNumberCodec()
        : base("document number (发文字号)", "乌兰镇政函〔2022〕297号")
    {
    }

    protected override LocalizedText? TryParse(string text, out DocumentNumber value) => Problem(DocumentNumber.ParseStrict(text), out value);

    protected override string Format(DocumentNumber value) => value.ToString();
}

/// <summary><see cref="DocumentTitle"/> as its text.</summary>
internal sealed class DocumentTitleCodec : TextValueCodec<DocumentTitle>
{
    public DocumentTitleCodec()
        : base("document title (标题)", "乌兰陶勒盖镇关于2022年上半年安全生产工作总结的报告")
    {
    }

    protected override LocalizedText? TryParse(string text, out DocumentTitle value) => Problem(DocumentTitle.ParseDetailed(text), out value);

    protected override string Format(DocumentTitle value) => value.Text;
}

/// <summary><see cref="UnifiedSocialCreditCode"/> (统一社会信用代码) as its 18 characters.</summary>
internal sealed class CreditCodeCodec : TextValueCodec<UnifiedSocialCreditCode>
{
    public CreditCodeCodec()
        : base("unified social credit code", "91330100799655058B")
    {
    }

    protected override LocalizedText? TryParse(string text, out UnifiedSocialCreditCode value) => Problem(UnifiedSocialCreditCode.ParseDetailed(text), out value);

    protected override string Format(UnifiedSocialCreditCode value) => value.ToString();
}
