using MbcBot.Bot.Recording;
using MbcBot.Hosting;
using MbcBot.Insights.Redaction;
using MbcBot.Insights.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MbcBot.Insights;

/// <summary>
/// Registers the insights store: the validated <c>Insights</c> section, the SQLite file in the data folder
/// (<c>Data:Path</c>), the bounded <see cref="InsightsQueue"/> turns hand records to through the <see cref="TurnRecorder"/>,
/// the one background <see cref="InsightsWriter"/>, and the start-up/purge service (registered first, so the database
/// exists before the writer starts).
/// </summary>
public static class InsightsServiceCollectionExtensions
{
    public static IServiceCollection AddInsights(this IServiceCollection services)
    {
        services.AddDataFolder();
        services.AddValidatedSection<InsightsOptions>(InsightsOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IInsightsStore>(sp => new SqliteInsightsStore(DatabasePath(sp.GetRequiredService<IOptions<DataOptions>>().Value)));
        services.TryAddSingleton(sp => new InsightsQueue(
            sp.GetRequiredService<IOptions<InsightsOptions>>().Value.QueueCapacity, sp.GetRequiredService<ILogger<InsightsQueue>>()));
        services.TryAddSingleton(sp =>
        {
            var writer = ActivatorUtilities.CreateInstance<InsightsWriter>(sp);
            sp.GetService<MbcBotMetrics>()?.ObserveInsights(sp.GetRequiredService<InsightsQueue>(), writer);
            return writer;
        });
        services.TryAddSingleton(sp => new TurnRecorder(
            sp.GetRequiredService<InsightsQueue>(),
            sp.GetRequiredService<IOptions<InsightsOptions>>().Value,
            TextRedactor.Default,
            sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<InsightsMaintenance>();
        services.AddHostedService(sp => sp.GetRequiredService<InsightsWriter>());
        return services;
    }

    /// <summary>The database file in the data folder.</summary>
    public static string DatabasePath(DataOptions data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Path.Combine(data.FullPath, InsightsOptions.DatabaseFileName);
    }
}
