using System.Globalization;
using System.Text.Json;
using MbcBot.Bot.Protocol;

namespace MbcBot.DirectLine;

/// <summary>
/// One Direct Line conversation held in memory: its stamped activity history, its open streams, and its turn gate.
/// Watermarks: the activity appended at index i (0-based, counted since the start) has id <c>{conversationId}|{i+1:D7}</c>
/// and watermark i+1, so a watermark is "how many activities the client has seen". Only the last
/// <c>maxActivities</c> are kept, and only as many as fit in <c>maxHistoryChars</c> of JSON (the newest always stays);
/// a read from before that starts at the oldest one kept.
/// Appending, reading and subscribing share one lock, so a stream's replay and its live frames never overlap or skip.
/// </summary>
internal sealed class DirectLineConversation
{
    private readonly object _gate = new();
    private readonly object _turnsGate = new();
    private Task _turns = Task.CompletedTask;
    private readonly Queue<string> _history = new();
    private readonly List<DirectLineStream> _streams = [];
    private readonly int _maxActivities;
    private readonly int _maxStreams;
    private readonly long _maxHistoryChars;
    private long _historyChars;
    private long _count;
    private long _typingCount;
    private DateTimeOffset _lastTimestamp = DateTimeOffset.MinValue;
    private long _lastActiveTicks;
    private int _joined;
    private int _posted;

    public DirectLineConversation(string id, string userId, int maxActivities, int maxStreams, DateTimeOffset now, int maxHistoryChars = int.MaxValue)
    {
        Id = id;
        UserId = userId;
        _maxActivities = maxActivities;
        _maxStreams = maxStreams;
        _maxHistoryChars = maxHistoryChars;
        Touch(now);
    }

    public string Id { get; }

    /// <summary>The user bound to this conversation by its token; posted activities get this <c>from.id</c>.</summary>
    public string UserId { get; }

    /// <summary>
    /// Runs <paramref name="turn"/> after every turn enqueued before it, so turns run one at a time and in the order
    /// they were posted, and replies come out in that order (the welcome before the first answer). A semaphore would
    /// serialize them but not order them: neither the thread pool nor SemaphoreSlim is first-in, first-out.
    /// </summary>
    /// <returns>The turn's task, completing when it has run.</returns>
    public Task EnqueueTurn(Func<Task> turn)
    {
        lock (_turnsGate)
        {
            _turns = _turns.ContinueWith(_ => turn(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default)
                .Unwrap();
            return _turns;
        }
    }

    /// <summary>The <see cref="DirectLine.ClientKey"/> of the client that started it, for per-client limits and fair eviction.</summary>
    public string ClientKey { get; init; } = DirectLine.ClientKey.Unknown;

    /// <summary>
    /// True once the token's holder has posted an activity (the page posts its join event on connect). Until then the
    /// conversation is "unused": it expires after <see cref="DirectLineOptions.UnusedConversationTimeout"/> and is evicted first.
    /// </summary>
    public bool HasPosted => Volatile.Read(ref _posted) != 0;

    public void MarkPosted() => Volatile.Write(ref _posted, 1);

    public DateTimeOffset LastActive => new(Interlocked.Read(ref _lastActiveTicks), TimeSpan.Zero);

    /// <summary>The current watermark: how many activities were ever appended.</summary>
    public long Watermark
    {
        get { lock (_gate) { return _count; } }
    }

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastActiveTicks, now.UtcTicks);

    /// <summary>True the first time only: the welcome is sent once per conversation however often the page joins.</summary>
    public bool TryMarkJoined() => Interlocked.Exchange(ref _joined, 1) == 0;

    /// <summary>
    /// Stamps <paramref name="activity"/> (id, millisecond timestamp strictly after the previous one, conversation,
    /// channel), stores it and sends it to every open stream. Returns the stamped activity.
    /// </summary>
    public Activity Append(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            var timestamp = NextTimestamp(now);
            var stamped = Stamp(activity, $"{Id}|{_count + 1:D7}", timestamp);
            var json = Serialize(stamped);
            _history.Enqueue(json);
            _historyChars += json.Length;
            _count++;
            while (_history.Count > _maxActivities || (_historyChars > _maxHistoryChars && _history.Count > 1))
            {
                _historyChars -= _history.Dequeue().Length;
            }

            Broadcast(ActivitySetJson.Write([json], _count));
            return stamped;
        }
    }

    /// <summary>Sends an activity to open streams only, without storing it (typing: Direct Line never replays those).</summary>
    public void SendTransient(Activity activity, DateTimeOffset now)
    {
        lock (_gate)
        {
            var timestamp = NextTimestamp(now);
            var stamped = Stamp(activity, $"{Id}|typing{++_typingCount}", timestamp);
            Broadcast(ActivitySetJson.Write([Serialize(stamped)], watermark: null));
        }
    }

    /// <summary>The ActivitySet of everything from <paramref name="watermark"/> on, for polling.</summary>
    public string Read(long watermark)
    {
        lock (_gate)
        {
            return ActivitySetJson.Write(Since(watermark), _count);
        }
    }

    /// <summary>Opens a stream that first replays everything from <paramref name="watermark"/>, then gets live frames.</summary>
    public DirectLineStream Subscribe(long watermark)
    {
        var stream = new DirectLineStream();
        lock (_gate)
        {
            var replay = Since(watermark).ToList();
            if (replay.Count > 0)
            {
                stream.Enqueue(ActivitySetJson.Write(replay, _count));
            }

            _streams.Add(stream);
            if (_streams.Count > _maxStreams)
            {
                _streams[0].Close();
                _streams.RemoveAt(0);
            }
        }

        return stream;
    }

    public void Unsubscribe(DirectLineStream stream)
    {
        lock (_gate)
        {
            _streams.Remove(stream);
        }
    }

    /// <summary>Closes every open stream (the conversation expired); clients then find it gone (404) and stop.</summary>
    public void Close()
    {
        lock (_gate)
        {
            foreach (var stream in _streams)
            {
                stream.Close();
            }

            _streams.Clear();
        }
    }

    private IEnumerable<string> Since(long watermark)
    {
        var first = _count - _history.Count;
        return _history.Skip((int)Math.Clamp(watermark - first, 0, _history.Count));
    }

    private void Broadcast(string frame)
    {
        foreach (var stream in _streams)
        {
            stream.Enqueue(frame);
        }
    }

    /// <summary>Milliseconds only, and monotonic: Web Chat orders by timestamp, so a reply must sort after its question.</summary>
    private DateTimeOffset NextTimestamp(DateTimeOffset now)
    {
        var truncated = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        _lastTimestamp = truncated > _lastTimestamp ? truncated : _lastTimestamp.AddMilliseconds(1);
        return _lastTimestamp;
    }

    private Activity Stamp(Activity activity, string id, DateTimeOffset timestamp) => activity with
    {
        Id = id,
        Timestamp = timestamp,
        ChannelId = DirectLineAccounts.ChannelId,
        Conversation = new ConversationAccount { Id = Id },
    };

    /// <summary>
    /// Writes the timestamp as an extension field so it reads <c>yyyy-MM-ddTHH:mm:ss.fffZ</c> (the form the real
    /// service and Web Chat use) rather than System.Text.Json's offset form.
    /// </summary>
    private static string Serialize(Activity stamped)
    {
        var extensions = stamped.ExtensionData is null ? [] : new Dictionary<string, JsonElement>(stamped.ExtensionData);
        extensions["timestamp"] = JsonSerializer.SerializeToElement(
            stamped.Timestamp!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        return JsonSerializer.Serialize(stamped with { Timestamp = null, ExtensionData = extensions }, ProtocolJson.Options);
    }
}
