namespace MbcBot.Bot.Protocol;

/// <summary>The body of a <c>deliveryMode: expectReplies</c> response: <c>{"activities":[...]}</c> (Microsoft.Bot.Schema/ExpectedReplies.cs).</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
