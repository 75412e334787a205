using MbcBot.Bot.Recording;
using MbcBot.Hosting;
using MbcBot.Insights;
using MbcBot.Insights.Redaction;
using MbcBot.Insights.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MbcBot.Insights;

/// <summary>
/// Registers the insights store: the validated <c>Insights</c> section, the SQLite file under <c>Insights:DataPath</c>
/// (relative paths resolve against the binary's folder, as the corpus does) behind the fail-safe wrapper, the
/// <see cref="TurnRecorder"/> the bot uses, and the start-up/purge service.
/// </summary>
public static class InsightsServiceCollectionExtensions
{
    public static IServiceCollection AddInsights(this IServiceCollection services)
    {
        services.AddValidatedSection<InsightsOptions>(InsightsOptions.SectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InsightsOptions>, InsightsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IInsightsStore>(sp => new FailSafeInsightsStore(
            new SqliteInsightsStore(DatabasePath(sp.GetRequiredService<IOptions<InsightsOptions>>().Value)),
            sp.GetRequiredService<ILogger<FailSafeInsightsStore>>()));
        services.TryAddSingleton(sp => new TurnRecorder(
            sp.GetRequiredService<IInsightsStore>(),
            sp.GetRequiredService<IOptions<InsightsOptions>>().Value,
            TextRedactor.Default,
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<InsightsMaintenance>();
        return services;
    }

    /// <summary>The database file for these options.</summary>
    public static string DatabasePath(InsightsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Path.Combine(Path.GetFullPath(options.DataPath, AppContext.BaseDirectory), InsightsOptions.DatabaseFileName);
    }
}
