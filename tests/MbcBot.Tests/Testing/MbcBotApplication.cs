using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MbcBot.Tests.Testing;

/// <summary>
/// The bot's web host for tests, the one place that swaps infrastructure (TodoApi's TodoApplication pattern).
/// Create one per test (<c>await using var app = new MbcBotApplication();</c>) so no state leaks between tests.
/// </summary>
internal sealed class MbcBotApplication : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Action<IServiceCollection>> _serviceOverrides = [];

    /// <summary>Overrides one configuration key (highest precedence), e.g. <c>WithSetting("Answering:CorpusPath", dir)</c>.</summary>
    public MbcBotApplication WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Replaces or adds services after the app's own registrations (fakes, recording connectors...).</summary>
    public MbcBotApplication WithServices(Action<IServiceCollection> configure)
    {
        _serviceOverrides.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        builder.ConfigureTestServices(services =>
        {
            foreach (var configure in _serviceOverrides)
            {
                configure(services);
            }
        });
    }
}
