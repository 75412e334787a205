using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace MbcBot.DirectLine;

/// <summary>
/// Every live Direct Line conversation, in memory, bounded and shared fairly between clients (a client is a
/// <see cref="DirectLine.ClientKey"/>). Expiry: a conversation is dropped after
/// <see cref="DirectLineOptions.ConversationIdleTimeout"/> without activity, or after the much shorter
/// <see cref="DirectLineOptions.UnusedConversationTimeout"/> while nothing was ever posted to it (checked on every
/// lookup and swept by <see cref="DirectLineJanitor"/>).
/// Admission, so that many addresses opening conversations cannot lock a new visitor out:
/// <list type="number">
/// <item>a client already holding <see cref="DirectLineOptions.MaxConversationsPerClient"/> replaces its own oldest;</item>
/// <item>clients that already hold a conversation may fill only <c>MaxConversations × (1 − NewClientReserve)</c> slots;
/// the rest is kept for clients holding none;</item>
/// <item>when a start finds no free slot it evicts one: from the client holding the most conversations, an unused
/// one before one with messages, the longest idle first. A flood from many addresses thus evicts its own
/// conversations before a patient's single one.</item>
/// </list>
/// A start never fails while the store holds any conversation. Admission is O(n) in the conversations held (one
/// scan, only when full), n ≤ MaxConversations. Thread-safe.
/// </summary>
internal sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _perClient = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly DirectLineOptions _options = options.Value;

    public int Count => _conversations.Count;

    /// <summary>How many conversations <paramref name="clientKey"/> holds now.</summary>
    public int CountFor(string clientKey)
    {
        lock (_gate)
        {
            return _perClient.GetValueOrDefault(clientKey);
        }
    }

    /// <summary>A fresh unguessable conversation id (128 random bits, URL-safe).</summary>
    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>A fresh user id. The <c>dl_</c> prefix is what Web Chat expects of a user id embedded in a token.</summary>
    public static string NewUserId() => "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    /// <summary>
    /// Returns the conversation a token opened, creating it on first use for <paramref name="clientKey"/>
    /// (<c>created</c> true), evicting another if the rules above require it.
    /// </summary>
    public DirectLineConversation GetOrCreate(string id, string userId, string clientKey, out bool created)
    {
        created = false;
        if (TryGet(id, out var existing))
        {
            return existing;
        }

        lock (_gate)
        {
            if (_conversations.TryGetValue(id, out existing))
            {
                return existing;
            }

            var held = _perClient.GetValueOrDefault(clientKey);
            if (held >= _options.MaxConversationsPerClient)
            {
                Evict(onlyClient: clientKey);
            }

            var limit = held > 0 ? SharedLimit : _options.MaxConversations;
            if (_conversations.Count >= limit)
            {
                RemoveExpiredLocked(time.GetUtcNow());
            }

            while (_conversations.Count >= limit && Evict(onlyClient: null))
            {
            }

            var conversation = new DirectLineConversation(
                id, userId, _options.MaxActivitiesPerConversation, _options.MaxStreamsPerConversation, time.GetUtcNow(),
                _options.MaxHistoryCharsPerConversation)
            {
                ClientKey = clientKey,
            };
            _conversations[id] = conversation;
            _perClient[clientKey] = _perClient.GetValueOrDefault(clientKey) + 1;
            created = true;
            return conversation;
        }
    }

    /// <summary>Slots that clients already holding a conversation may fill: ⌊MaxConversations × (1 − reserve)⌋, at least 1.</summary>
    private int SharedLimit => Math.Max(1, (int)(_options.MaxConversations * (1 - _options.NewClientReserve)));

    /// <summary>Finds a live conversation; an expired one is removed and reported as not found.</summary>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DirectLineConversation? conversation)
    {
        if (_conversations.TryGetValue(id, out conversation) && !IsExpired(conversation, time.GetUtcNow()))
        {
            return true;
        }

        if (conversation is not null)
        {
            lock (_gate)
            {
                Remove(conversation);
            }
        }

        conversation = null;
        return false;
    }

    /// <summary>Drops every expired conversation and closes its streams. Returns how many.</summary>
    public int RemoveExpired()
    {
        lock (_gate)
        {
            return RemoveExpiredLocked(time.GetUtcNow());
        }
    }

    private int RemoveExpiredLocked(DateTimeOffset now)
    {
        var removed = 0;
        foreach (var conversation in _conversations.Values)
        {
            if (IsExpired(conversation, now) && Remove(conversation))
            {
                removed++;
            }
        }

        return removed;
    }

    /// <summary>
    /// Removes one conversation: of the client holding the most (or of <paramref name="onlyClient"/>), unused before
    /// used, longest idle first. False when there is none to remove.
    /// </summary>
    private bool Evict(string? onlyClient)
    {
        DirectLineConversation? victim = null;
        var worst = (Held: 0, Unused: false, IdleTicks: long.MinValue);
        foreach (var conversation in _conversations.Values)
        {
            if (onlyClient is not null && conversation.ClientKey != onlyClient)
            {
                continue;
            }

            // Larger holder first, then unused before used, then the longest idle: a lexicographic maximum.
            var rank = (Held: _perClient.GetValueOrDefault(conversation.ClientKey), Unused: !conversation.HasPosted, IdleTicks: -conversation.LastActive.UtcTicks);
            if (victim is null || Compare(rank, worst) > 0)
            {
                victim = conversation;
                worst = rank;
            }
        }

        return victim is not null && Remove(victim);
    }

    private static int Compare((int Held, bool Unused, long IdleTicks) a, (int Held, bool Unused, long IdleTicks) b) =>
        a.Held != b.Held ? a.Held.CompareTo(b.Held)
        : a.Unused != b.Unused ? a.Unused.CompareTo(b.Unused)
        : a.IdleTicks.CompareTo(b.IdleTicks);

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastActive >= (conversation.HasPosted ? _options.ConversationIdleTimeout : _options.UnusedConversationTimeout);

    /// <summary>Called under <see cref="_gate"/>, so the per-client counts match the dictionary.</summary>
    private bool Remove(DirectLineConversation conversation)
    {
        if (!_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            return false;
        }

        if (_perClient.GetValueOrDefault(conversation.ClientKey) <= 1)
        {
            _perClient.Remove(conversation.ClientKey);
        }
        else
        {
            _perClient[conversation.ClientKey]--;
        }

        conversation.Close();
        return true;
    }
}
