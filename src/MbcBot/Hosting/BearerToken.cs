namespace MbcBot.Hosting;

/// <summary>
/// The one reader of <c>Authorization: Bearer &lt;token&gt;</c> for every channel (RFC 6750 §2.1: the scheme is
/// case-insensitive, one space, then a token of no whitespace).
/// </summary>
internal static class BearerToken
{
    private const string Scheme = "Bearer ";

    /// <summary>The token, or null when the header is absent or not a well-formed Bearer credential.</summary>
    public static string? From(string? authorization)
    {
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = authorization.AsSpan(Scheme.Length).Trim();
        return token.IsEmpty || token.ContainsAny(" \t\r\n") ? null : token.ToString();
    }

    public static string? From(HttpRequest request) => From(request.Headers.Authorization.ToString());
}
