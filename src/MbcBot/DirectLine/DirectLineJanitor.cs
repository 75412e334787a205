namespace MbcBot.DirectLine;

/// <summary>Sweeps expired conversations once a minute, so memory is returned even when nobody looks them up.</summary>
internal sealed partial class DirectLineJanitor(DirectLineConversationStore store, TimeProvider time, ILogger<DirectLineJanitor> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var removed = store.RemoveExpired();
                if (removed > 0)
                {
                    LogSwept(removed, store.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line: dropped {Removed} idle conversations, {Remaining} remain")]
    private partial void LogSwept(int removed, int remaining);
}
