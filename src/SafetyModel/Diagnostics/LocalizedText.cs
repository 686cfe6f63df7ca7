using System;
using System.Globalization;

namespace SafetyModel.Diagnostics;

/// <summary>
/// A short text (a message, a name) in English and in Simplified Chinese (简体中文).
/// </summary>
/// <remarks>
/// <para>
/// Every message this library produces — parse diagnostics, validation issues — carries both languages,
/// so that a record exchanged between systems keeps both and a user interface can show either.
/// </para>
/// <para>
/// Instances are immutable and compare by both texts (ordinal).
/// </para>
/// </remarks>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    /// <summary>
    /// Creates a text from its English and Simplified Chinese forms.
    /// </summary>
    /// <param name="english">The English text.</param>
    /// <param name="chinese">The Simplified Chinese (简体中文) text.</param>
    /// <exception cref="ArgumentNullException">Either text is <see langword="null"/>.</exception>
    public LocalizedText(string english, string chinese)
    {
        English = english ?? throw new ArgumentNullException(nameof(english));
        Chinese = chinese ?? throw new ArgumentNullException(nameof(chinese));
    }

    /// <summary>Gets the English text.</summary>
    public string English { get; }

    /// <summary>Gets the Simplified Chinese (简体中文) text.</summary>
    public string Chinese { get; }

    /// <summary>
    /// Gets the text for a culture: the Chinese text for any Chinese culture (<c>zh</c>, <c>zh-Hans</c>,
    /// <c>zh-CN</c>, <c>zh-Hant</c>, …), the English text for every other culture, including the invariant culture.
    /// </summary>
    /// <param name="culture">The culture, or <see langword="null"/> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The text in the language of <paramref name="culture"/>.</returns>
    public string Get(CultureInfo? culture)
    {
        return IsChinese(culture ?? CultureInfo.CurrentUICulture) ? Chinese : English;
    }

    /// <summary>Returns the text for <see cref="CultureInfo.CurrentUICulture"/>, as <see cref="Get"/> chooses it.</summary>
    /// <returns>The text in the current user-interface language.</returns>
    public override string ToString() => Get(null);

    /// <inheritdoc />
    public bool Equals(LocalizedText? other) =>
        other is not null &&
        string.Equals(English, other.English, StringComparison.Ordinal) &&
        string.Equals(Chinese, other.Chinese, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(English),
        StringComparer.Ordinal.GetHashCode(Chinese));

    private static bool IsChinese(CultureInfo culture)
    {
        var name = culture.Name;
        return name.Length >= 2 &&
               (name[0] == 'z' || name[0] == 'Z') &&
               (name[1] == 'h' || name[1] == 'H') &&
               (name.Length == 2 || name[2] == '-');
    }
}
