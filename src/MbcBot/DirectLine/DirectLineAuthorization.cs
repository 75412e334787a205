using System.Diagnostics.CodeAnalysis;

namespace MbcBot.DirectLine;

/// <summary>
/// Checks the credential of a Direct Line request: a conversation token as <c>Authorization: Bearer</c> (REST) or a
/// stream ticket in the <c>t</c> query parameter (the WebSocket, whose browser API cannot send headers). The token's
/// conversation must be the one in the route. On failure <c>error</c> is the response to send.
/// </summary>
internal static class DirectLineAuthorization
{
    public static string? BearerToken(HttpRequest request) => Hosting.BearerToken.From(request);

    public static bool TryAuthorize(
        DirectLineTokenService tokens,
        string? presented,
        string scope,
        string? conversationId,
        [NotNullWhen(true)] out DirectLineToken? token,
        [NotNullWhen(false)] out IResult? error)
    {
        token = null;
        if (string.IsNullOrEmpty(presented))
        {
            error = DirectLineErrors.MissingToken();
            return false;
        }

        var check = tokens.Check(presented, scope);
        error = check.Failure switch
        {
            TokenFailure.Expired => DirectLineErrors.ExpiredToken(),
            TokenFailure.Invalid => DirectLineErrors.InvalidToken(),
            _ when conversationId is not null && check.Token!.ConversationId != conversationId => DirectLineErrors.ForeignConversation(),
            _ => null,
        };
        token = error is null ? check.Token : null;
        return error is null;
    }
}
