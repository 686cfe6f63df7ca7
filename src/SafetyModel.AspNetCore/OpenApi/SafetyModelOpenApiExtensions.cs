using System;
using Microsoft.AspNetCore.OpenApi;

namespace SafetyModel.AspNetCore;

/// <summary>Adds SafetyModel's schemas to the OpenAPI documents of <c>Microsoft.AspNetCore.OpenApi</c> (net10.0 build).</summary>
public static class SafetyModelOpenApiExtensions
{
    /// <summary>
    /// Adds <see cref="SafetyModelSchemaTransformer"/> as a schema and a document transformer: every record kind,
    /// quantity, period and division code shown with the contract's real shape and descriptions.
    /// </summary>
    /// <param name="options">The document's options (in <c>services.AddOpenApi(options =&gt; …)</c>).</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public static OpenApiOptions AddSafetyModelSchemas(this OpenApiOptions options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var transformer = new SafetyModelSchemaTransformer();
        options.AddSchemaTransformer(transformer);
        options.AddDocumentTransformer(transformer);
        return options;
    }
}
