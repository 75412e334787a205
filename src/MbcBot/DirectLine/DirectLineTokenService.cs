using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MbcBot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: JWTs signed with HMAC-SHA256 by IdentityModel's <see cref="JsonWebTokenHandler"/>.
/// Payload: <c>conv</c> (conversation id), <c>user</c> (the <c>dl_</c> user id; Web Chat reads this claim and uses it as
/// its user id), <c>scp</c> (scope), <c>iat</c>/<c>nbf</c>/<c>exp</c> (Unix seconds, from the injected clock) and a
/// random <c>jti</c>. Checking accepts only HS256 with this key (no <c>none</c>, no algorithm switch) and no clock skew:
/// issuer and verifier are this process. The key never leaves the server. Thread-safe.
/// </summary>
internal sealed class DirectLineTokenService
{
    /// <summary>Longer presented tokens are refused unread; ours are ~330 characters.</summary>
    public const int MaxTokenLength = 2048;

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    private readonly SymmetricSecurityKey _key;
    private readonly SigningCredentials _credentials;
    private readonly TokenValidationParameters _validation;
    private readonly TimeProvider _time;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var configured = options.Value.TokenSigningKey;
        _key = new SymmetricSecurityKey(string.IsNullOrWhiteSpace(configured) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configured));
        _credentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256);
        _time = time;
        _validation = new TokenValidationParameters
        {
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            ValidateIssuer = false,
            ValidateAudience = false,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (notBefore, expires, _, _) => expires is { } exp && _time.GetUtcNow().UtcDateTime < exp,
        };
    }

    /// <summary>Signs a token for <paramref name="conversationId"/> and <paramref name="userId"/>, valid for <paramref name="lifetime"/>.</summary>
    public string Issue(string conversationId, string userId, string scope, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object>
            {
                ["conv"] = conversationId,
                ["user"] = userId,
                ["scp"] = scope,
                ["jti"] = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12)),
            },
            IssuedAt = now,
            NotBefore = now,
            Expires = now.Add(lifetime),
            SigningCredentials = _credentials,
        });
    }

    /// <summary>Checks signature and algorithm, then expiry, then scope. Never throws for any input.</summary>
    public TokenCheck Check(string? token, string expectedScope)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return TokenCheck.Fail(TokenFailure.Invalid);
        }

        // No configuration manager and a symmetric key: validation does no I/O and completes synchronously, which
        // the rate limiter's synchronous partition callback needs.
        var result = Handler.ValidateTokenAsync(token, _validation).GetAwaiter().GetResult();
        if (!result.IsValid)
        {
            return TokenCheck.Fail(result.Exception is SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException
                ? TokenFailure.Expired
                : TokenFailure.Invalid);
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (!jwt.TryGetPayloadValue<string>("conv", out var conversation) || !jwt.TryGetPayloadValue<string>("user", out var user)
            || !jwt.TryGetPayloadValue<string>("scp", out var scope) || scope != expectedScope)
        {
            return TokenCheck.Fail(TokenFailure.Invalid);
        }

        return TokenCheck.Valid(new DirectLineToken(conversation, user, scope, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero)));
    }
}
