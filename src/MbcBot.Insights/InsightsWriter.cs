using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MbcBot.Insights;

/// <summary>
/// The one writer: from host start to host stop it takes what <see cref="InsightsQueue"/> holds, up to
/// <see cref="MaxBatch"/> records at a time, and commits each batch in one transaction (<see cref="IInsightsStore.Write"/>),
/// so SQLite's locks, retries and WAL checkpoints happen on this thread, never on a turn's. Under load batches grow by
/// themselves: records arrive while the previous commit runs.
/// <para>
/// Stop: the queue is closed only once every other hosted service has stopped (<see cref="StoppedAsync"/>, after the
/// web server has finished its requests), and then drained, so a graceful stop (SIGTERM, Ctrl+C) loses nothing that
/// was accepted, within the host's shutdown timeout.
/// </para>
/// <para>
/// A failed batch (disk full, read-only file, corrupt database) is counted in <see cref="Failed"/>; the first failure of
/// a run is logged with the exception's type and SQLite code only, never a record, and the writer goes on.
/// </para>
/// </summary>
public sealed partial class InsightsWriter(InsightsQueue queue, IInsightsStore store, ILogger<InsightsWriter> logger) : IHostedLifecycleService
{
    /// <summary>Records per transaction at most: large enough to amortise the commit, small enough to hold the lock briefly.</summary>
    public const int MaxBatch = 512;

    private Task _drain = Task.CompletedTask;
    private long _written;
    private long _failed;
    private bool _failing;

    /// <summary>Records committed since start.</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Records lost to failed writes since start.</summary>
    public long Failed => Interlocked.Read(ref _failed);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _drain = Task.Run(DrainAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        try
        {
            await _drain.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            LogNotFlushed(logger, queue.Count);
            return;
        }

        LogFlushed(logger, Written, queue.Dropped, Failed);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task DrainAsync()
    {
        var reader = queue.Reader;
        var batch = new List<InsightsRecord>(MaxBatch);
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < MaxBatch && reader.TryRead(out var record))
            {
                batch.Add(record);
            }

            Commit(batch);
            batch.Clear();
        }
    }

    private void Commit(List<InsightsRecord> batch)
    {
        using var activity = InsightsTelemetry.Source.StartActivity("insights write");
        activity?.SetTag("mbcbot.insights.records", batch.Count);
        try
        {
            store.Write(batch);
            Interlocked.Add(ref _written, batch.Count);
            if (_failing)
            {
                _failing = false;
                LogResumed(logger, Failed);
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Interlocked.Add(ref _failed, batch.Count);
            activity?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            if (!_failing)
            {
                _failing = true;
                LogWriteFailed(logger, batch.Count, exception.GetType().Name, (exception as SqliteException)?.SqliteErrorCode);
            }
        }
    }

    // The exception object is not logged: its message could echo a value in some providers.
    [LoggerMessage(Level = LogLevel.Error, Message = "Insights: a batch of {Count} records was not written ({ExceptionType}, SQLite code {SqliteCode}); later failures are counted (mbcbot.insights.failed) until a write succeeds. Replies are not affected.")]
    private static partial void LogWriteFailed(ILogger logger, int count, string exceptionType, int? sqliteCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Insights: writes succeed again; {Failed} records were lost since start.")]
    private static partial void LogResumed(ILogger logger, long failed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Insights: the write queue is flushed; since start {Written} records were written, {Dropped} dropped (queue full) and {Failed} lost to failed writes.")]
    private static partial void LogFlushed(ILogger logger, long written, long dropped, long failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Insights: the host stopped before the write queue was flushed; {Count} records were not written.")]
    private static partial void LogNotFlushed(ILogger logger, int count);
}
