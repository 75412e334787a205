namespace MbcBot.Answering;

/// <summary>
/// The one answering path every channel calls (command line, /api/messages, Direct Line).
/// Implementations are safe to call from many threads at once; the only mutable state is the bounded, expiring
/// per-conversation memory behind <see cref="Answer(string, string)"/>.
/// </summary>
public interface IAnswerService
{
    /// <summary>The fixed safety disclaimer, exactly as configured.</summary>
    string Disclaimer { get; }

    /// <summary>
    /// Answers one message on its own, with no conversation context. Never throws for any user text (empty, huge,
    /// odd Unicode).
    /// </summary>
    Reply Answer(string question);

    /// <summary>
    /// Answers one message in a conversation: a reply to a "did you mean" ("the second one", "yes") picks from what was
    /// offered, and a short follow-up ("what about the liver?") is read in the context of the previous question.
    /// <paramref name="conversationId"/> is an opaque key (the channel's conversation id); it is never logged.
    /// </summary>
    Reply Answer(string question, string conversationId);

    /// <summary>The greeting shown when a user joins: what the bot does and does not do, the disclaimer, example questions.</summary>
    Reply Welcome();

    /// <summary>
    /// The passages that best match <paramref name="query"/>, best first, at most <paramref name="max"/>; for search
    /// surfaces (the Teams message extension) where a person picks the passage. Empty for an empty query.
    /// </summary>
    IReadOnlyList<PassageResult> Search(string query, int max);
}
