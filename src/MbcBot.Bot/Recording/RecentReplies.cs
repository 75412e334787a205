namespace MbcBot.Bot.Recording;

/// <summary>
/// The last answers the bot gave, in memory only, so feedback can find what it rates: by reply id (Web Chat echoes
/// it), by the id the channel gave the sent message (Teams echoes that), or as the latest answer of a conversation
/// (typed phrases). Holds at most <see cref="Capacity"/> replies
/// and forgets them after <see cref="Lifetime"/>; oldest first out. The question kept here is already redacted and
/// is absent when text storage is off. Thread-safe (one lock; every operation is O(1) amortised).
/// </summary>
internal sealed class RecentReplies(TimeProvider time)
{
    public const int Capacity = 10_000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly object _gate = new();
    private readonly Dictionary<string, Entry> _byReply = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lastByConversation = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    // Channel message id → reply id; a reply goes out as one or two messages, so this holds at most twice Capacity.
    private readonly Dictionary<string, string> _byChannelId = new(StringComparer.Ordinal);
    private readonly Queue<string> _channelOrder = new();

    public sealed record Entry(string ReplyId, string ConversationId, bool IsAnswer, string? Question, DateTimeOffset Time);

    public void Add(string replyId, string conversationId, bool isAnswer, string? question)
    {
        lock (_gate)
        {
            var entry = new Entry(replyId, conversationId, isAnswer, question, time.GetUtcNow());
            _byReply[replyId] = entry;
            _lastByConversation[conversationId] = replyId;
            _order.Enqueue(replyId);
            while (_order.Count > Capacity)
            {
                Forget(_order.Dequeue());
            }
        }
    }

    public Entry? Find(string replyId)
    {
        lock (_gate)
        {
            return _byReply.TryGetValue(replyId, out var entry) && IsFresh(entry) ? entry : null;
        }
    }

    /// <summary>Remembers that the channel calls a message of reply <paramref name="replyId"/> <paramref name="channelActivityId"/>.</summary>
    public void Link(string channelActivityId, string replyId)
    {
        lock (_gate)
        {
            if (!_byReply.ContainsKey(replyId))
            {
                return;
            }

            if (_byChannelId.TryAdd(channelActivityId, replyId))
            {
                _channelOrder.Enqueue(channelActivityId);
            }

            while (_channelOrder.Count > 2 * Capacity)
            {
                _byChannelId.Remove(_channelOrder.Dequeue());
            }
        }
    }

    /// <summary>The reply whose message the channel calls <paramref name="channelActivityId"/>, if still recent.</summary>
    public Entry? FindByChannelId(string channelActivityId)
    {
        lock (_gate)
        {
            return _byChannelId.TryGetValue(channelActivityId, out var replyId)
                   && _byReply.TryGetValue(replyId, out var entry) && IsFresh(entry)
                ? entry
                : null;
        }
    }

    /// <summary>The latest reply in the conversation, if the bot's last reply there was an answer and is recent.</summary>
    public Entry? LastAnswer(string conversationId)
    {
        lock (_gate)
        {
            return _lastByConversation.TryGetValue(conversationId, out var replyId)
                   && _byReply.TryGetValue(replyId, out var entry) && entry.IsAnswer && IsFresh(entry)
                ? entry
                : null;
        }
    }

    /// <summary>After feedback by phrase, the same answer cannot be rated again by typing.</summary>
    public void ClearLast(string conversationId)
    {
        lock (_gate)
        {
            _lastByConversation.Remove(conversationId);
        }
    }

    private bool IsFresh(Entry entry) => time.GetUtcNow() - entry.Time <= Lifetime;

    private void Forget(string replyId)
    {
        if (_byReply.Remove(replyId, out var entry)
            && _lastByConversation.TryGetValue(entry.ConversationId, out var last) && last == replyId)
        {
            _lastByConversation.Remove(entry.ConversationId);
        }
    }
}
