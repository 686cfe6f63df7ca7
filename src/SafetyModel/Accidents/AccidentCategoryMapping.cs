using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using SafetyModel.Diagnostics;

namespace SafetyModel.Accidents;

/// <summary>
/// A user's mapping from the categories of one accident classification scheme to those of another — from GB 6441-2025
/// (in force 2026-07-01) to GB 6441-1986, say — so that a table by category can cross the change: each source code maps
/// to one category of the target scheme (several may map to the same one: 厂(场)内车辆致害 and 道路(轨道)车辆致害 both to
/// 02 车辆伤害). The library ships no mapping: the 2025 standard's list is not confirmed here, and which old category a
/// new one falls in is the user's judgement. Read one from a CSV file with <see cref="ReadCsv"/>.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class AccidentCategoryMapping
{
    private readonly Dictionary<string, AccidentCategory> _map;

    /// <summary>Creates a mapping.</summary>
    /// <param name="sourceScheme">The name of the scheme mapped from, such as <c>GB 6441-2025</c>.</param>
    /// <param name="target">The scheme mapped to, such as <see cref="AccidentCategoryScheme.Gb6441Of1986"/>.</param>
    /// <param name="codes">Pairs of a source code and the target code it maps to.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The source scheme is empty or the target itself, a target code is not of the target scheme, or a source code is mapped twice.</exception>
    public AccidentCategoryMapping(string sourceScheme, AccidentCategoryScheme target, IEnumerable<KeyValuePair<string, string>> codes)
    {
        SourceScheme = string.IsNullOrWhiteSpace(sourceScheme) ? throw new ArgumentException("Name the scheme mapped from.", nameof(sourceScheme)) : sourceScheme;
        Target = target ?? throw new ArgumentNullException(nameof(target));
        if (string.Equals(sourceScheme, target.Name, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A mapping goes from one scheme to another, not from {target.Name} to itself.", nameof(sourceScheme));
        }

        _map = new Dictionary<string, AccidentCategory>(StringComparer.Ordinal);
        foreach (var pair in codes ?? throw new ArgumentNullException(nameof(codes)))
        {
            if (!target.TryGet(pair.Value, out var category))
            {
                throw new ArgumentException($"{pair.Key} maps to {pair.Value}, which {target.Name} does not have.", nameof(codes));
            }

            if (pair.Key is null || _map.ContainsKey(pair.Key))
            {
                throw new ArgumentException($"{pair.Key} is mapped twice; a category maps to one category.", nameof(codes));
            }

            _map.Add(pair.Key, category);
        }
    }

    /// <summary>Gets the name of the scheme mapped from.</summary>
    public string SourceScheme { get; }

    /// <summary>Gets the scheme mapped to.</summary>
    public AccidentCategoryScheme Target { get; }

    /// <summary>Gets the source codes mapped, in the order given.</summary>
    public IReadOnlyCollection<string> SourceCodes => _map.Keys;

    /// <summary>
    /// Maps a category: one of the target scheme is itself; one of the source scheme is the target category its code maps
    /// to; any other (another scheme, or a source code the mapping leaves out) is <see langword="null"/>.
    /// </summary>
    /// <param name="category">The category, or <see langword="null"/>.</param>
    /// <returns>The category in the target scheme, or <see langword="null"/>.</returns>
    public AccidentCategory? Map(AccidentCategory? category)
    {
        if (category is null)
        {
            return null;
        }

        if (string.Equals(category.Scheme, Target.Name, StringComparison.Ordinal))
        {
            return category;
        }

        return string.Equals(category.Scheme, SourceScheme, StringComparison.Ordinal) && _map.TryGetValue(category.Code, out var mapped) ? mapped : null;
    }

    /// <summary>
    /// Reads a mapping from CSV text (UTF-8): a first line naming the source scheme and the target scheme
    /// (<c>GB 6441-2025,GB 6441-1986</c>), then one line per source code — <c>source code,target code</c>. Blank lines
    /// and lines starting with <c>#</c> are skipped; fields are trimmed.
    /// </summary>
    /// <param name="reader">The text.</param>
    /// <param name="target">The target scheme, whose name the first line must give (its categories give the names).</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="AccidentCategoryMappingException">
    /// The text is not such a mapping: its code says why (<c>SM2010</c> a line that is not two fields, <c>SM2011</c> a
    /// target code the scheme lacks, <c>SM2012</c> a source code mapped twice, <c>SM2013</c> a first line that does not
    /// name the schemes) and its line where.
    /// </exception>
    public static AccidentCategoryMapping ReadCsv(TextReader reader, AccidentCategoryScheme target)
    {
        if (reader is null)
        {
            throw new ArgumentNullException(nameof(reader));
        }

        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        string? source = null;
        var pairs = new List<KeyValuePair<string, string>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var fields = text.Split(',').Select(f => f.Trim()).ToArray();
            if (source is null)
            {
                if (fields.Length != 2 || fields[0].Length == 0 || !string.Equals(fields[1], target.Name, StringComparison.Ordinal) || fields[0] == target.Name)
                {
                    throw Error(ValidationCodes.CategoryMappingHeader, number, ("text", text), ("scheme", target.Name));
                }

                source = fields[0];
                continue;
            }

            if (fields.Length != 2 || fields[0].Length == 0 || fields[1].Length == 0)
            {
                throw Error(ValidationCodes.CategoryMappingLine, number, ("line", number), ("text", text));
            }

            if (!target.TryGet(fields[1], out _))
            {
                throw Error(ValidationCodes.CategoryMappingTargetUnknown, number, ("line", number), ("code", fields[1]), ("scheme", target.Name));
            }

            if (!seen.Add(fields[0]))
            {
                throw Error(ValidationCodes.CategoryMappingDuplicate, number, ("line", number), ("code", fields[0]));
            }

            pairs.Add(new KeyValuePair<string, string>(fields[0], fields[1]));
        }

        return source is null
            ? throw Error(ValidationCodes.CategoryMappingHeader, number, ("text", string.Empty), ("scheme", target.Name))
            : new AccidentCategoryMapping(source, target, pairs);
    }

    /// <summary>Returns the schemes and the number of codes mapped.</summary>
    /// <returns>A readable description.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} → {1} ({2} codes)", SourceScheme, Target.Name, _map.Count);

    private static AccidentCategoryMappingException Error(string code, int line, params (string Name, object? Value)[] arguments) =>
        new(code, line, MessageCatalog.Format(code, DiagnosticArguments.Create(arguments)));
}
