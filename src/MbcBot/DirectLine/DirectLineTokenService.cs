using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MbcBot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: compact JWTs signed with HMAC-SHA256 (header.payload.signature, base64url).
/// Payload: <c>conv</c> (conversation id), <c>user</c> (the <c>dl_</c> user id; Web Chat reads this claim and uses it as
/// its user id), <c>scp</c> (scope), <c>iat</c>/<c>exp</c> (Unix seconds) and a random <c>jti</c>.
/// The key never leaves the server. Thread-safe.
/// </summary>
internal sealed class DirectLineTokenService
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}""");
    private static readonly string EncodedHeader = Base64Url.EncodeToString(Header);

    private readonly byte[] _key;
    private readonly TimeProvider _time;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var configured = options.Value.TokenSigningKey;
        _key = string.IsNullOrWhiteSpace(configured) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configured);
        _time = time;
    }

    /// <summary>Signs a token for <paramref name="conversationId"/> and <paramref name="userId"/>, valid for <paramref name="lifetime"/>.</summary>
    public string Issue(string conversationId, string userId, string scope, TimeSpan lifetime)
    {
        var now = _time.GetUtcNow();
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("conv", conversationId);
            json.WriteString("user", userId);
            json.WriteString("scp", scope);
            json.WriteNumber("iat", now.ToUnixTimeSeconds());
            json.WriteNumber("exp", now.Add(lifetime).ToUnixTimeSeconds());
            json.WriteString("jti", Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12)));
            json.WriteEndObject();
        }

        var signedPart = EncodedHeader + "." + Base64Url.EncodeToString(buffer.ToArray());
        return signedPart + "." + Base64Url.EncodeToString(Sign(signedPart));
    }

    /// <summary>Checks the signature first, then the scope, then the expiry. Never throws for any input.</summary>
    public TokenCheck Check(string? token, string expectedScope)
    {
        var parts = token?.Split('.');
        if (parts is not { Length: 3 } || parts[0] != EncodedHeader || token!.Length > 2048)
        {
            return TokenCheck.Fail(TokenFailure.Invalid);
        }

        Span<byte> presented = stackalloc byte[64];
        if (!Base64Url.IsValid(parts[2], out var length) || length != 32
            || Base64Url.DecodeFromChars(parts[2], presented) != 32
            || !CryptographicOperations.FixedTimeEquals(presented[..32], Sign(parts[0] + "." + parts[1])))
        {
            return TokenCheck.Fail(TokenFailure.Invalid);
        }

        var decoded = ReadPayload(parts[1]);
        if (decoded is null || decoded.Scope != expectedScope)
        {
            return TokenCheck.Fail(TokenFailure.Invalid);
        }

        return _time.GetUtcNow() >= decoded.ExpiresAt ? TokenCheck.Fail(TokenFailure.Expired) : TokenCheck.Valid(decoded);
    }

    private byte[] Sign(string signedPart) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signedPart));

    private static DirectLineToken? ReadPayload(string encoded)
    {
        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(encoded));
            var root = payload.RootElement;
            return new DirectLineToken(
                root.GetProperty("conv").GetString()!,
                root.GetProperty("user").GetString()!,
                root.GetProperty("scp").GetString()!,
                DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64()));
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            // Only reachable with our own signature on a payload we did not write, i.e. a key leak or a bug.
            return null;
        }
    }
}
