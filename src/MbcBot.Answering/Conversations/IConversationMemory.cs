namespace MbcBot.Answering.Conversations;

/// <summary>
/// Per-conversation state between turns, keyed by the channel's conversation id. Implementations are bounded (old
/// conversations are forgotten), expire idle state, and are thread-safe. One small interface so a shared store
/// (Redis) can replace the in-process one when the bot runs on several instances.
/// </summary>
public interface IConversationMemory
{
    /// <summary>The state of <paramref name="conversationId"/>, or <see cref="ConversationState.Empty"/>.</summary>
    ConversationState Get(string conversationId);

    /// <summary>Replaces the state of <paramref name="conversationId"/>.</summary>
    void Set(string conversationId, ConversationState state);
}
