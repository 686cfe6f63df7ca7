using System.Globalization;
using System.Linq;
using Microsoft.AspNetCore.Http;

namespace SafetyModel.AspNetCore;

/// <summary>
/// The language of a response from the request's <c>Accept-Language</c> (RFC 9110 §12.5.4): the first language range by
/// quality that is Chinese (<c>zh</c>, <c>zh-CN</c>, <c>zh-Hans</c>…, answered in Simplified Chinese) or English;
/// otherwise the application's default.
/// </summary>
internal static class ProblemLanguage
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-Hans");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public static CultureInfo For(HttpRequest request, CultureInfo fallback)
    {
        var ranges = request.GetTypedHeaders().AcceptLanguage;
        if (ranges is null)
        {
            return fallback;
        }

        foreach (var range in ranges.OrderByDescending(r => r.Quality ?? 1.0))
        {
            if (range.Quality == 0)
            {
                continue;
            }

            var tag = range.Value.Value ?? string.Empty;
            if (tag.StartsWith("zh", System.StringComparison.OrdinalIgnoreCase))
            {
                return Chinese;
            }

            if (tag.StartsWith("en", System.StringComparison.OrdinalIgnoreCase))
            {
                return English;
            }
        }

        return fallback;
    }

    public static bool IsChinese(CultureInfo culture) => culture.Name.StartsWith("zh", System.StringComparison.OrdinalIgnoreCase);
}
