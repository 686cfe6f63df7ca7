using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SafetyModel.AspNetCore.Tests;

/// <summary>The sample town system in memory, with its limits set by configuration as a town would set them.</summary>
public sealed class TownSystemFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public TownSystemFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    internal TownSystemFactory(IReadOnlyDictionary<string, string?> settings) => _settings = settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
