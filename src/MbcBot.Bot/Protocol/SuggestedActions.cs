namespace MbcBot.Bot.Protocol;

/// <summary>Buttons shown under a message until the user answers (activity spec §suggestedActions).</summary>
public sealed record SuggestedActions
{
    public IReadOnlyList<string>? To { get; init; }
    public IReadOnlyList<CardAction> Actions { get; init; } = [];
}
