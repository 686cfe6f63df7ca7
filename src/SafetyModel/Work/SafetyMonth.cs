using System;
using System.Collections.Generic;
using NodaTime;
using SafetyModel.Primitives;

namespace SafetyModel.Work;

/// <summary>
/// 安全生产月, held nationally every June since 2002 (the Nth in year 2001 + N), with 6月16日 as the 安全宣传咨询日, and
/// the yearly themes known to this library (2019–2025).
/// </summary>
public static class SafetyMonth
{
    private static readonly Dictionary<int, string> Themes = new()
    {
        [2019] = "防风险、除隐患、遏事故",
        [2020] = "消除事故隐患，筑牢安全防线",
        [2021] = "落实安全责任，推动安全发展",
        [2022] = "遵守安全生产法，当好第一责任人",
        [2023] = "人人讲安全、个个会应急",
        [2024] = "人人讲安全、个个会应急——畅通生命通道",
        [2025] = "人人讲安全、个个会应急——查找身边安全隐患",
    };

    /// <summary>Gets the first year of the campaign: 2002.</summary>
    public static int FirstYear => 2002;

    /// <summary>Gets the edition held in a year: the Nth in year 2001 + N.</summary>
    /// <param name="year">The year, 2002 or later.</param>
    /// <returns>The edition number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 2002.</exception>
    public static int Edition(int year) => year >= FirstYear ? year - 2001 : throw new ArgumentOutOfRangeException(nameof(year), year, "安全生产月 began in 2002.");

    /// <summary>Gets the 安全宣传咨询日 of a year: 6月16日.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The day.</returns>
    public static LocalDate ConsultationDay(int year) => new(year, 6, 16);

    /// <summary>Gets the national theme of a year, when this library knows it (2019–2025).</summary>
    /// <param name="year">The year.</param>
    /// <param name="theme">The theme, or <see langword="null"/>.</param>
    /// <returns>Whether the theme is known.</returns>
    public static bool TryGetTheme(int year, out string? theme) => Themes.TryGetValue(year, out theme);

    /// <summary>Builds the campaign of a year for a division: June of that year, its theme when known.</summary>
    /// <param name="year">The year, 2002 or later.</param>
    /// <param name="division">The division that holds it.</param>
    /// <param name="id">The record id, or <see langword="null"/> for <c>safety-month-{year}</c>.</param>
    /// <returns>The campaign.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 2002.</exception>
    public static Campaign For(int year, DivisionCode division = default, string? id = null) => new()
    {
        Id = id ?? "safety-month-" + year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Kind = CampaignKind.SafetyMonth,
        Name = $"{year}年第{Edition(year)}个“安全生产月”",
        Period = ReportingPeriod.ForMonth(year, 6),
        Theme = TryGetTheme(year, out var theme) ? theme : null,
        Division = division,
    };
}
