using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using SafetyModel.Contract;
using SafetyModel.Diagnostics;

namespace SafetyModel.Primitives;

/// <summary>
/// The unit of a counted or measured figure — in Chinese usually a measure word (量词) such as 次, 条, 份, 处, 人,
/// 起, 所, or a currency unit such as 万元. An open list (see <see cref="IExtensibleEnum"/>): a unit the library does
/// not know is kept as written.
/// </summary>
/// <remarks>
/// The code of a unit is the unit as written in Chinese (<c>"份"</c>, <c>"万元"</c>): that is how documents state
/// it, and it is what the JSON contract carries.
/// </remarks>
[ContractList("unit")]
public readonly struct QuantityUnit : IExtensibleEnum, IEquatable<QuantityUnit>
{
    private static readonly ExtensibleEnumCatalog<QuantityUnit> Catalog = new(entry => new QuantityUnit(entry));

    private readonly ExtensibleEnumEntry? _entry;

    private QuantityUnit(ExtensibleEnumEntry entry) => _entry = entry;

    /// <summary>次 — times, occurrences (meetings held, inspections made).</summary>
    public static QuantityUnit Times { get; } = Catalog.Define("次", "次", "times", "time");

    /// <summary>条 — items such as banners (横幅) and slogans (标语).</summary>
    public static QuantityUnit Item { get; } = Catalog.Define("条", "条", "items", "item");

    /// <summary>份 — copies (leaflets, documents).</summary>
    public static QuantityUnit Copy { get; } = Catalog.Define("份", "份", "copies", "copy");

    /// <summary>处 — places, sites (hidden hazards found or rectified).</summary>
    public static QuantityUnit Place { get; } = Catalog.Define("处", "处", "places", "place", "site", "sites");

    /// <summary>人 — persons.</summary>
    public static QuantityUnit Person { get; } = Catalog.Define("人", "人", "persons", "person", "people");

    /// <summary>名 — persons (counted by name: staff, casualties).</summary>
    public static QuantityUnit NamedPerson { get; } = Catalog.Define("名", "名", "persons (named)", "person (named)");

    /// <summary>人次 — person-times (attendances counted once per person per event).</summary>
    public static QuantityUnit PersonTime { get; } = Catalog.Define("人次", "人次", "person-times", "person-time");

    /// <summary>起 — cases (accidents, incidents).</summary>
    public static QuantityUnit Case { get; } = Catalog.Define("起", "起", "cases", "case");

    /// <summary>所 — institutions (schools, kindergartens, hospitals).</summary>
    public static QuantityUnit Institution { get; } = Catalog.Define("所", "所", "institutions", "institution");

    /// <summary>家 — enterprises, businesses, units.</summary>
    public static QuantityUnit Enterprise { get; } = Catalog.Define("家", "家", "enterprises", "enterprise");

    /// <summary>个 — the general measure word.</summary>
    public static QuantityUnit Piece { get; } = Catalog.Define("个", "个", "pieces", "piece");

    /// <summary>场 — sessions, events (drills, lectures).</summary>
    public static QuantityUnit Session { get; } = Catalog.Define("场", "场", "sessions", "session");

    /// <summary>期 — editions, course runs (training classes, bulletins).</summary>
    public static QuantityUnit Edition { get; } = Catalog.Define("期", "期", "editions", "edition");

    /// <summary>块 — boards, panels (display boards, 展板).</summary>
    public static QuantityUnit Board { get; } = Catalog.Define("块", "块", "boards", "board");

    /// <summary>幅 — pictures, posters, banners counted as pieces of display.</summary>
    public static QuantityUnit Picture { get; } = Catalog.Define("幅", "幅", "pictures", "picture");

    /// <summary>张 — sheets (posters, notices).</summary>
    public static QuantityUnit Sheet { get; } = Catalog.Define("张", "张", "sheets", "sheet");

    /// <summary>本 — booklets, volumes.</summary>
    public static QuantityUnit Booklet { get; } = Catalog.Define("本", "本", "booklets", "booklet");

    /// <summary>项 — items of work, measures.</summary>
    public static QuantityUnit Measure { get; } = Catalog.Define("项", "项", "measures", "measure");

    /// <summary>户 — households.</summary>
    public static QuantityUnit Household { get; } = Catalog.Define("户", "户", "households", "household");

    /// <summary>辆 — vehicles.</summary>
    public static QuantityUnit Vehicle { get; } = Catalog.Define("辆", "辆", "vehicles", "vehicle");

    /// <summary>天 — days (a duration).</summary>
    public static QuantityUnit Day { get; } = Catalog.Define("天", "天", "days", "day");

    /// <summary>个月 — months (a duration: 为期一个月).</summary>
    public static QuantityUnit Month { get; } = Catalog.Define("个月", "个月", "months", "month");

    /// <summary>元 — yuan (CNY).</summary>
    public static QuantityUnit Yuan { get; } = Catalog.Define("元", "元", "yuan", "CNY");

    /// <summary>万元 — ten thousand yuan, the usual unit of direct economic loss in accident statistics.</summary>
    public static QuantityUnit TenThousandYuan { get; } = Catalog.Define("万元", "万元", "ten thousand yuan");

    /// <summary>亿元 — one hundred million yuan.</summary>
    public static QuantityUnit HundredMillionYuan { get; } = Catalog.Define("亿元", "亿元", "hundred million yuan");

    /// <summary>Gets the well-known units, in the order listed in this type.</summary>
    public static IReadOnlyList<QuantityUnit> KnownValues => Catalog.Known;

    /// <inheritdoc />
    public string Code => _entry?.Code ?? string.Empty;

    /// <inheritdoc />
    public string ChineseName => _entry?.ChineseName ?? string.Empty;

    /// <inheritdoc />
    public string EnglishName => _entry?.EnglishName ?? string.Empty;

    /// <inheritdoc />
    public bool IsKnown => _entry?.IsKnown ?? false;

    /// <summary>Gets the English name for one (<c>1 time</c>, <c>1 copy</c>); the <see cref="EnglishName"/> where it has no singular.</summary>
    public string EnglishSingularName
    {
        get
        {
            foreach (var alias in _entry?.Aliases ?? Array.Empty<string>())
            {
                // The plural is the alias with its first word in the plural: person (named) → persons (named).
                var space = alias.IndexOf(' ');
                var word = space < 0 ? alias : alias.Substring(0, space);
                var rest = space < 0 ? string.Empty : alias.Substring(space);
                if (EnglishName == word + "s" + rest || (word.EndsWith("y", StringComparison.Ordinal) && EnglishName == word.Substring(0, word.Length - 1) + "ies" + rest))
                {
                    return alias;
                }
            }

            return EnglishName;
        }
    }

    /// <summary>
    /// Gets the unit with a code: the well-known unit, or an unknown unit that keeps <paramref name="code"/> exactly
    /// as given (a town's own measure word, say <c>"面"</c> for flags).
    /// </summary>
    /// <param name="code">The code, that is, the unit as written in Chinese.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or white space.</exception>
    public static QuantityUnit FromCode(string code) => Catalog.FromCode(code, nameof(code));

    /// <summary>
    /// Finds a well-known unit by its code, its Chinese name, its English name (case-insensitive, singular or plural)
    /// or another accepted name. Unknown names are not invented into units: use <see cref="FromCode"/> for that.
    /// </summary>
    /// <param name="name">The name to look up.</param>
    /// <param name="unit">The unit found, or the default value.</param>
    /// <returns>Whether a well-known unit has that name.</returns>
    public static bool TryFromName(string? name, out QuantityUnit unit) => Catalog.TryFromName(name, out unit);

    /// <inheritdoc />
    public bool Equals(QuantityUnit other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is QuantityUnit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns the code, that is, the unit as written in Chinese.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <summary>Compares two units by code.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns>Whether the codes are equal.</returns>
    public static bool operator ==(QuantityUnit left, QuantityUnit right) => left.Equals(right);

    /// <summary>Compares two units by code.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns>Whether the codes differ.</returns>
    public static bool operator !=(QuantityUnit left, QuantityUnit right) => !left.Equals(right);
}
