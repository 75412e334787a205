using System.Text.Json;
using MbcBot.Bot.Protocol;

namespace MbcBot.Bot.Turns;

/// <summary>What one turn produced.</summary>
/// <param name="Replies">Reply activities, already addressed (from/recipient swapped, conversation, replyToId...).</param>
/// <param name="InvokeResponse">For <c>invoke</c> activities only: the synchronous HTTP status and body.</param>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse = null)
{
    /// <summary>The recorded reply these activities carry (feedback names it), or null.</summary>
    public string? ReplyId { get; init; }

    public static TurnResult Empty { get; } = new([]);
}

/// <summary>The synchronous answer to an <c>invoke</c> activity (botframework-protocol brief §2.4).</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body = null);
