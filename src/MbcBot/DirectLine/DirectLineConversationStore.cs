using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace MbcBot.DirectLine;

/// <summary>
/// Every live Direct Line conversation, in memory and bounded: at most <see cref="DirectLineOptions.MaxConversations"/>,
/// each dropped after <see cref="DirectLineOptions.ConversationIdleTimeout"/> without activity (checked on every lookup
/// and swept by <see cref="DirectLineJanitor"/>). Thread-safe.
/// </summary>
internal sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();
    private readonly DirectLineOptions _options = options.Value;

    public int Count => _conversations.Count;

    /// <summary>A fresh unguessable conversation id (128 random bits, URL-safe).</summary>
    public static string NewConversationId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    /// <summary>A fresh user id. The <c>dl_</c> prefix is what Web Chat expects of a user id embedded in a token.</summary>
    public static string NewUserId() => "dl_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12));

    /// <summary>
    /// Returns the conversation a token opened, creating it on first use (<c>created</c> true). Null when the store is
    /// full even after dropping expired conversations.
    /// </summary>
    public DirectLineConversation? GetOrCreate(string id, string userId, out bool created)
    {
        created = false;
        if (TryGet(id, out var existing))
        {
            return existing;
        }

        lock (_createGate)
        {
            if (_conversations.TryGetValue(id, out existing))
            {
                return existing;
            }

            if (_conversations.Count >= _options.MaxConversations && RemoveExpired() == 0)
            {
                return null;
            }

            var conversation = new DirectLineConversation(
                id, userId, _options.MaxActivitiesPerConversation, _options.MaxStreamsPerConversation, time.GetUtcNow(),
                _options.MaxHistoryCharsPerConversation);
            _conversations[id] = conversation;
            created = true;
            return conversation;
        }
    }

    /// <summary>Finds a live conversation; an expired one is removed and reported as not found.</summary>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DirectLineConversation? conversation)
    {
        if (_conversations.TryGetValue(id, out conversation) && !IsExpired(conversation, time.GetUtcNow()))
        {
            return true;
        }

        if (conversation is not null)
        {
            Remove(conversation);
        }

        conversation = null;
        return false;
    }

    /// <summary>Drops every conversation idle for longer than the timeout and closes its streams. Returns how many.</summary>
    public int RemoveExpired()
    {
        var now = time.GetUtcNow();
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

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastActive >= _options.ConversationIdleTimeout;

    private bool Remove(DirectLineConversation conversation)
    {
        if (!_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            return false;
        }

        conversation.Close();
        return true;
    }
}
