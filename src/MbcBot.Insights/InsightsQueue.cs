using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace MbcBot.Insights;

/// <summary>
/// The hand-off between turns and the one <see cref="InsightsWriter"/>: a bounded in-memory queue on
/// System.Threading.Channels. <see cref="TryAdd"/> never waits. When the queue is full (the disk is slower than the
/// traffic) or closed (the host has stopped) the record is dropped and counted in <see cref="Dropped"/>, and the
/// first drop of each run of drops is logged once; the reply goes out either way. Any number of turns may add at once.
/// </summary>
public sealed partial class InsightsQueue
{
    private readonly Channel<InsightsRecord> _channel;
    private readonly ILogger<InsightsQueue> _logger;
    private long _dropped;
    private int _dropping;

    public InsightsQueue(int capacity, ILogger<InsightsQueue> logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        Capacity = capacity;
        // Wait mode: TryWrite answers false when the queue is full (DropWrite would answer true and drop silently).
        _channel = Channel.CreateBounded<InsightsRecord>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    public int Capacity { get; }

    /// <summary>Records dropped because the queue was full or closed, since start.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Records waiting for the writer.</summary>
    public int Count => _channel.Reader.Count;

    /// <summary>The writer's side; it ends once <see cref="Complete"/> was called and every record was read.</summary>
    public ChannelReader<InsightsRecord> Reader => _channel.Reader;

    /// <summary>Queues <paramref name="record"/>, or drops and counts it; false when dropped.</summary>
    public bool TryAdd(InsightsRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (_channel.Writer.TryWrite(record))
        {
            if (Volatile.Read(ref _dropping) != 0)
            {
                Volatile.Write(ref _dropping, 0);
            }

            return true;
        }

        Interlocked.Increment(ref _dropped);
        if (Interlocked.Exchange(ref _dropping, 1) == 0)
        {
            LogDropping(_logger, Capacity);
        }

        return false;
    }

    /// <summary>Accepts no more records: the writer drains what is queued and ends.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    // One line per run of drops, never the record (it may hold patient text).
    [LoggerMessage(Level = LogLevel.Warning, Message = "Insights: the write queue is full ({Capacity} records) or closed; records are dropped and counted (mbcbot.insights.dropped) until it has room. Replies are not affected.")]
    private static partial void LogDropping(ILogger logger, int capacity);
}
