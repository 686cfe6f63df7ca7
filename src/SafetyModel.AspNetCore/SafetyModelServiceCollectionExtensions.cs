using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SafetyModel.Serialization;

namespace SafetyModel.AspNetCore;

/// <summary>Registers SafetyModel in an application's services.</summary>
public static class SafetyModelServiceCollectionExtensions
{
    /// <summary>
    /// Adds SafetyModel: <see cref="SafetyModelOptions"/> (through <c>IOptions</c>), the contract's converters in the JSON
    /// options of minimal APIs (<c>Microsoft.AspNetCore.Http.Json.JsonOptions</c>) and MVC
    /// (<c>Microsoft.AspNetCore.Mvc.JsonOptions</c>) by <see cref="SafetyJson.Configure"/>, and the
    /// <see cref="SafetyRequestReader"/> and <see cref="SafetyValidator"/> services. Nothing is kept in a static.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options (catalogue, registry, rules, clock, limits), or <see langword="null"/>.</param>
    /// <returns>The same services, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddSafetyModel(this IServiceCollection services, Action<SafetyModelOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = services.AddOptions<SafetyModelOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>()
            .Configure<IOptions<SafetyModelOptions>>((json, safety) => SafetyJson.Configure(json.SerializerOptions, safety.Value.StrictJson));
        services.AddOptions<Microsoft.AspNetCore.Mvc.JsonOptions>()
            .Configure<IOptions<SafetyModelOptions>>((json, safety) => SafetyJson.Configure(json.JsonSerializerOptions, safety.Value.StrictJson));
        services.TryAddSingleton<SafetyRequestReader>();
        services.TryAddSingleton<SafetyValidator>();
        return services;
    }
}
