using MbcBot.Hosting;
using Microsoft.Extensions.Options;

namespace MbcBot.Insights;

/// <summary>
/// At start-up creates the database in the data folder and applies migrations (a failure stops the host, naming
/// <c>Data:Path</c>); then purges stored text older than <c>Insights:RetentionDays</c> at start and every
/// <see cref="PurgeInterval"/> (RetentionDays 0 clears any text left from before).
/// </summary>
internal sealed partial class InsightsMaintenance(
    IInsightsStore store, IOptions<InsightsOptions> options, IOptions<DataOptions> data, TimeProvider time, ILogger<InsightsMaintenance> logger)
    : BackgroundService
{
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromHours(1);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var path = InsightsServiceCollectionExtensions.DatabasePath(data.Value);
        try
        {
            store.Initialize();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidOperationException($"Data:Path: cannot create or open the insights database '{path}': {e.Message}", e);
        }

        LogReady(logger, path, options.Value.RetentionDays);
        Purge();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PurgeInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Purge();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private void Purge()
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
        var cleared = store.PurgeTextBefore(cutoff);
        if (cleared > 0)
        {
            LogPurged(logger, cleared);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Insights store ready at {Path} (text kept {RetentionDays} days).")]
    private static partial void LogReady(ILogger logger, string path, int retentionDays);

    [LoggerMessage(Level = LogLevel.Information, Message = "Insights: cleared the text of {Count} records past retention.")]
    private static partial void LogPurged(ILogger logger, int count);
}
