namespace MbcBot.DirectLine;

/// <summary>
/// What a valid token proves: who the user is and the one conversation they may use, until when.
/// <see cref="Scope"/> separates conversation tokens (REST bearer) from stream tickets (the WebSocket URL's <c>t</c>).
/// </summary>
internal sealed record DirectLineToken(string ConversationId, string UserId, string Scope, DateTimeOffset ExpiresAt)
{
    public const string ConversationScope = "conversation";
    public const string StreamScope = "stream";
}
