using System.Text.Json.Serialization;

namespace MbcBot.DirectLine;

/// <summary>Answer to a token request or refresh: <c>{conversationId, token, expires_in}</c>, plus the bound user id.</summary>
internal sealed record DirectLineTokenResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("userId")] string UserId);
