namespace MbcBot.Answering.Conversations;

/// <summary>What the bot remembers of one conversation between turns. Holds questions, never logged.</summary>
/// <param name="Choices">The questions a "did you mean" (or an apology for a wrong answer) offered, in order; empty when none is pending.</param>
/// <param name="LastQuestion">The last question answered (as the bot read it), for follow-ups; null at the start.</param>
public sealed record ConversationState(IReadOnlyList<string> Choices, string? LastQuestion)
{
    public static ConversationState Empty { get; } = new([], null);

    /// <summary>Whether the bot's last reply was an answer (so "thanks" or "that didn't help" rates it).</summary>
    public bool AfterAnswer { get; init; }

    /// <summary>The curated questions of the other candidates of the last answer: what "that didn't help" offers instead.</summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];
}
