using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SafetyModel.Tests.Corpus;

/// <summary>
/// The development corpus of real public documents under <c>Fixtures/corpus</c>: one <c>.txt</c> per text, copied
/// exactly as stored, and one <c>.json</c> annotation beside it (see <c>Fixtures/corpus/README.md</c> for the format).
/// </summary>
internal static class RealCorpus
{
    /// <summary>The folder the fixtures are copied to.</summary>
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "corpus");

    /// <summary>Every text with its annotation, in file-name order; loaded once.</summary>
    public static IReadOnlyList<CorpusText> Texts => LazyTexts.Value;

    private static readonly Lazy<IReadOnlyList<CorpusText>> LazyTexts = new(() => Load());

    private static List<CorpusText> Load()
    {
        var texts = new List<CorpusText>();
        foreach (var path in Directory.GetFiles(Folder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var text = File.ReadAllText(path, Encoding.UTF8);
            var annotationPath = Path.ChangeExtension(path, ".json");
            texts.Add(new CorpusText(id, text, File.Exists(annotationPath) ? File.ReadAllText(annotationPath, Encoding.UTF8) : null));
        }

        return texts;
    }
}

/// <summary>A text of the corpus and its annotation, read lazily so that a broken fixture fails its own test.</summary>
internal sealed class CorpusText
{
    public CorpusText(string id, string text, string? annotationJson)
    {
        Id = id;
        Text = text;
        AnnotationJson = annotationJson;
    }

    public string Id { get; }

    public string Text { get; }

    public string? AnnotationJson { get; }

    /// <summary>Parses the annotation; throws <see cref="JsonException"/> on a broken one.</summary>
    public JsonElement Annotation()
    {
        using var document = JsonDocument.Parse(AnnotationJson ?? throw new InvalidOperationException($"{Id} has no annotation"));
        return document.RootElement.Clone();
    }

    public override string ToString() => Id;
}

/// <summary>Reading the annotation format (README.md in the fixture folder).</summary>
internal static class Annotation
{
    public static JsonElement? Property(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static string? String(this JsonElement element, string name) => element.Property(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static bool Has(this JsonElement element, string name) => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out _);

    public static IEnumerable<JsonElement> Array(this JsonElement element, string name) =>
        element.Property(name) is { ValueKind: JsonValueKind.Array } value ? value.EnumerateArray() : Enumerable.Empty<JsonElement>();

    public static IReadOnlyList<string>? Strings(this JsonElement element, string name) =>
        element.Property(name) is { ValueKind: JsonValueKind.Array } value ? value.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToList() : null;

    /// <summary>Whether a header field is left out of the scored set (ambiguous), with the reason in <c>notScored</c>.</summary>
    public static bool NotScored(this JsonElement header, string field) => header.Property("notScored") is { } reasons && reasons.Has(field);

    /// <summary>All the places where <paramref name="needle"/> occurs in <paramref name="text"/>.</summary>
    public static IEnumerable<int> Occurrences(string text, string needle)
    {
        if (needle.Length == 0)
        {
            yield break;
        }

        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    /// <summary>
    /// The key a figure is matched by: indicator, unit, qualifier, the stated number (and the second number of a
    /// range), and for a 其中 part the indicator of its total.
    /// </summary>
    public static string FigureKey(string? parentIndicator, string indicator, string unit, string qualifier, decimal value, decimal? upper) =>
        string.Join(
            "|",
            parentIndicator is null ? "top" : "part-of:" + parentIndicator,
            indicator,
            unit,
            qualifier,
            value.ToString("0.####", CultureInfo.InvariantCulture),
            upper?.ToString("0.####", CultureInfo.InvariantCulture) ?? "-");
}
