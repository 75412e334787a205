using System.Text.Json.Serialization;

namespace MbcBot.DirectLine;

/// <summary>The Direct Line Conversation object (start and reconnect). <c>expires_in</c> is snake_case on the wire.</summary>
internal sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl);
