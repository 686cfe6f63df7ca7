using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using SafetyModel.Documents;
using SafetyModel.Extraction;
using SafetyModel.Primitives;
using SafetyModel.Reports;
using SafetyModel.Serialization;
using SafetyModel.Text;

namespace SafetyModel.Fuzzing;

/// <summary>
/// The fuzz targets: each reads one input the way a town system would hand it over and checks what the library
/// promises. A parser never throws on bad input; a reading that succeeds gives a usable value; the JSON contract
/// throws only <see cref="JsonContractException"/> and reads back what it wrote. A broken promise is an
/// <see cref="InvalidOperationException"/> (or whatever escaped), which the fuzzer records as a crash and the tests
/// replay from <c>fuzz/regressions</c>.
/// </summary>
public static class FuzzTargets
{
    /// <summary>The targets by name, as <c>fuzz/run.sh &lt;target&gt;</c> takes them.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["number"] = bytes => Number(Text(bytes)),
        ["numeral"] = bytes => Numeral(Text(bytes)),
        ["date"] = bytes => Date(Text(bytes)),
        ["quantity"] = bytes => QuantityText(Text(bytes)),
        ["document"] = bytes => Document(Text(bytes)),
        ["extraction"] = bytes => Extraction(Text(bytes)),
        ["json"] = Json,
    };

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static void Number(string text)
    {
        var lenient = DocumentNumber.ParseLenient(text);
        var strict = DocumentNumber.ParseStrict(text);
        Require(lenient.Success || lenient.Error is not null, "a failed lenient reading carries its error");
        if (strict.Success)
        {
            Require(lenient.Success && lenient.Value.Equals(strict.Value), "what reads strictly reads the same leniently");
            Require(DocumentNumber.ParseStrict(strict.Value.ToString()).Value.Equals(strict.Value), "a number's canonical form reads back as itself");
        }
    }

    private static void Numeral(string text)
    {
        var detailed = ChineseNumerals.ParseDetailed(text);
        var quick = ChineseNumerals.TryParse(text, out var value);
        Require(quick == detailed.Success, "TryParse and ParseDetailed agree");
        if (quick)
        {
            Require(value == detailed.Value, "TryParse and ParseDetailed give the same number");
        }

        ChineseNumerals.ParseDecimalDetailed(text);
    }

    private static void Date(string text)
    {
        var result = ChineseDates.ParseDetailed(text);
        var withYear = ChineseDates.ParseDetailed(text, 2022);
        Require(result.Success || result.Error is not null, "a failed reading carries its error");
        Require(!result.Success || withYear.Success, "a date read without a context year is read with one");
    }

    private static void QuantityText(string text)
    {
        var result = Quantity.ParseDetailed(text);
        if (result.Success)
        {
            var quantity = result.Value;
            Require(quantity.Upper is not { } upper || quantity.Lower.Value <= upper.Value, "a quantity's lower bound is not above its upper bound");
            var json = SafetyJson.Serialize(quantity);
            Require(SafetyJson.Deserialize<Quantity>(json).Equals(quantity), "a quantity reads back from JSON as itself");
        }
    }

    private static void Document(string text)
    {
        var result = DocumentText.ParseDetailed(text);
        if (result.Success)
        {
            var json = SafetyJson.Serialize(result.Value);
            Require(SafetyJson.Deserialize<OfficialDocument>(json).Equals(result.Value), "a document read from text reads back from JSON as itself");
        }
    }

    private static void Extraction(string text)
    {
        var figures = FigureExtractor.Extract(text);
        if (figures.Success)
        {
            foreach (var figure in figures.Value)
            {
                Require(figure.Source is null || (figure.Source.Offset >= 0 && figure.Source.Offset + figure.Source.Length <= text.Length), "a figure's source lies inside the text");
                Require(figure.Source is null || string.CompareOrdinal(text, figure.Source.Offset, figure.Source.Text, 0, figure.Source.Length) == 0, "a figure's source is the text at its offset");
            }
        }

        var report = SummaryText.ParseDetailed(text, new SummaryTextOptions { Registry = DivisionRegistry.SampleWushenBanner });
        if (report.Success)
        {
            var json = SafetyJson.Serialize(report.Value);
            Require(SafetyJson.Deserialize<WorkSummaryReport>(json).Equals(report.Value), "a report read from text reads back from JSON as itself");
        }
    }

    private static void Json(byte[] bytes)
    {
        try
        {
            var set = SafetyJson.Deserialize<RecordSet>(bytes.AsSpan());
            var written = SafetyJson.Serialize(set);
            Require(SafetyJson.Deserialize<RecordSet>(written).Equals(set), "an envelope reads back from JSON as itself");
        }
        catch (JsonContractException)
        {
            // The one documented failure.
        }

        using var stream = new MemoryStream(bytes);
        foreach (var line in JsonLines.ReadAll(stream))
        {
            Require(line.Success == (line.Record is not null) && line.Success != (line.Error is not null), "a line is a record or an error");
        }
    }

    private static void Require(bool condition, string promise)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Broken promise: " + promise + ".");
        }
    }
}
