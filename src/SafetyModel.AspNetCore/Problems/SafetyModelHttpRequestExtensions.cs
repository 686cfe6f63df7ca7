using System;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SafetyModel.AspNetCore;

/// <summary>What SafetyModel reads from a request besides its body.</summary>
public static class SafetyModelHttpRequestExtensions
{
    /// <summary>
    /// Gets the language to answer a request's messages in: Simplified Chinese when its <c>Accept-Language</c> asks first
    /// for Chinese (<c>zh</c>, <c>zh-CN</c>, <c>zh-Hans</c>…), English when it asks first for English, else
    /// <see cref="SafetyModelOptions.DefaultCulture"/> (RFC 9110 §12.5.4, by quality).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns><c>zh-Hans</c>, <c>en</c> or the default culture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is <see langword="null"/>.</exception>
    public static CultureInfo GetSafetyModelCulture(this HttpRequest request)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var options = request.HttpContext.RequestServices?.GetService<IOptions<SafetyModelOptions>>()?.Value;
        return ProblemLanguage.For(request, options?.DefaultCulture ?? CultureInfo.GetCultureInfo("zh-Hans"));
    }
}
