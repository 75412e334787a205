using System.Diagnostics;
using MbcBot.Answering;

namespace MbcBot.Hosting;

/// <summary>Builds the answer service (corpus, index, checks) during host start-up; any failure stops the host.</summary>
internal sealed partial class AnsweringWarmup(IServiceProvider services, ILogger<AnsweringWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        services.GetRequiredService<IAnswerService>();
        services.GetService<AnsweringReadiness>()?.MarkReady();
        LogReady(logger, Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        // Start-up leaves garbage the running bot never needs again (the corpus text read, the index built, the vector
        // cache file loaded, model files parsed). One aggressive collection returns it to the system now, so the idle
        // footprint is the bot's own (docs/operations.md gives the figures), not the high-water mark of start-up.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Answering core ready in {ElapsedMs:F0} ms.")]
    private static partial void LogReady(ILogger logger, double elapsedMs);
}
