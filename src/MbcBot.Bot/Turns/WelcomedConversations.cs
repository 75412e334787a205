namespace MbcBot.Bot.Turns;

/// <summary>
/// Conversations already welcomed, so Teams' two install signals for a personal chat (installationUpdate and
/// conversationUpdate) give one welcome. In memory, at most <see cref="Capacity"/> ids, oldest forgotten first; after a
/// restart a conversation may be welcomed again, which is harmless. Thread-safe.
/// </summary>
internal sealed class WelcomedConversations
{
    public const int Capacity = 10_000;

    private readonly object _gate = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    /// <summary>True the first time a conversation id is seen; conversations without an id are always welcomed.</summary>
    public bool TryMark(string? conversationId)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            return true;
        }

        lock (_gate)
        {
            if (!_ids.Add(conversationId))
            {
                return false;
            }

            _order.Enqueue(conversationId);
            if (_order.Count > Capacity)
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
