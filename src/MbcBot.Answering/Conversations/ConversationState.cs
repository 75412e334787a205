namespace MbcBot.Answering.Conversations;

/// <summary>What the bot remembers of one conversation between turns. Holds questions, never logged.</summary>
/// <param name="Choices">The questions a "did you mean" offered, in order; empty when none is pending.</param>
/// <param name="LastQuestion">The last question answered (as the bot read it), for short follow-ups; null at the start.</param>
public sealed record ConversationState(IReadOnlyList<string> Choices, string? LastQuestion)
{
    public static ConversationState Empty { get; } = new([], null);
}
