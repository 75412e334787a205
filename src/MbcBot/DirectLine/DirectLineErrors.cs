namespace MbcBot.DirectLine;

/// <summary>
/// The Direct Line ErrorResponse, <c>{"error":{"code":...,"message":...}}</c>, with the status codes directlinejs reacts
/// to: 401 missing credentials, 403 bad or expired token or another conversation's id, 404 unknown or expired
/// conversation. Messages never echo what the client sent.
/// </summary>
internal static class DirectLineErrors
{
    public static IResult MissingToken() => Error(StatusCodes.Status401Unauthorized, "BadArgument", "Missing token: send Authorization: Bearer <token>.");

    public static IResult InvalidToken() => Error(StatusCodes.Status403Forbidden, "BadArgument", "Invalid token.");

    public static IResult ExpiredToken() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "Token expired.");

    public static IResult ForeignConversation() =>
        Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is not valid for this conversation.");

    public static IResult ConversationNotFound() => Error(StatusCodes.Status404NotFound, "NotFound", "Conversation not found or expired.");

    public static IResult BadActivity(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult BadHost() =>
        Error(StatusCodes.Status400BadRequest, "BadArgument", "The Host header is not a valid host name; set Proxy:PublicBaseUrl behind a proxy.");

    public static object Body(string code, string message) => new { error = new { code, message } };

    public static IResult Error(int status, string code, string message) => Results.Json(Body(code, message), statusCode: status);
}
