using MbcBot.DirectLine;
using Microsoft.Extensions.Options;

namespace MbcBot.WebChat;

/// <summary>
/// POST /api/webchat/token: how the page gets its Direct Line credential. Each call mints a new conversation id and
/// user id and a token bound to both (expiring after <see cref="DirectLineOptions.TokenLifetime"/>). No secret exists
/// or reaches the page; the signing key stays on the server. Rate-limited per client IP.
/// </summary>
internal static class WebChatTokenEndpoint
{
    public const string Path = "/api/webchat/token";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, Issue).RequireRateLimiting(DirectLineTokenRateLimitPolicy.Name).DisableAntiforgery();

    private static IResult Issue(HttpResponse response, DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
    {
        var conversationId = DirectLineConversationStore.NewConversationId();
        var userId = DirectLineConversationStore.NewUserId();
        var lifetime = options.Value.TokenLifetime;
        var token = tokens.Issue(conversationId, userId, DirectLineToken.ConversationScope, lifetime);
        response.Headers.CacheControl = "no-store";
        return Results.Json(new DirectLineTokenResponse(conversationId, token, (int)lifetime.TotalSeconds, userId));
    }
}
