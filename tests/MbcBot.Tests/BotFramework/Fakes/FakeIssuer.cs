using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace MbcBot.Tests.BotFramework.Fakes;

/// <summary>
/// A local identity provider for tests, served in-process as an <see cref="HttpMessageHandler"/>: OpenID metadata and
/// JWKS for the channel service (keys carry <c>endorsements</c>) and for the Emulator/AAD path (no endorsements),
/// its own RSA keys, and a client-credentials token endpoint for MSAL. Tokens are built and signed by hand so tests
/// can forge any defect (wrong alg, unknown kid, missing claim).
/// </summary>
internal sealed class FakeIssuer : HttpMessageHandler
{
    public const string Host = "https://issuer.test";
    public const string ChannelMetadataUrl = Host + "/channel/.well-known/openidconfiguration";
    public const string EmulatorMetadataUrl = Host + "/emulator/.well-known/openid-configuration";
    public const string LoginEndpoint = "https://login.test";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";
    public const string ChannelKeyId = "channel-key";
    public const string RolledChannelKeyId = "channel-key-2";
    public const string EmulatorKeyId = "emulator-key";
    public const string OutboundAccessToken = "outbound-access-token";

    private readonly RSA _channelKey = RSA.Create(2048);
    private readonly RSA _rolledChannelKey = RSA.Create(2048);
    private readonly RSA _emulatorKey = RSA.Create(2048);
    private int _tokenRequests;
    private int _channelKeyFetches;

    /// <summary>Channels the channel key is endorsed for.</summary>
    public List<string> Endorsements { get; } = ["msteams", "webchat", "emulator", "directline"];

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    /// <summary>Publishes a second, equally endorsed channel key, as the channel service does when it rolls its keys.</summary>
    public bool ChannelKeyRolled { get; set; }

    /// <summary>How often the channel JWKS was fetched.</summary>
    public int ChannelKeyFetches => Volatile.Read(ref _channelKeyFetches);

    public List<string> TokenRequestPaths { get; } = [];

    public List<string> TokenRequestBodies { get; } = [];

    /// <summary>A channel (ABS) token: iss api.botframework.com, aud, serviceurl, signed by the endorsed channel key.</summary>
    public string ChannelToken(string audience, string? serviceUrl, TimeSpan? expiresIn = null) =>
        Sign(ChannelKeyId, _channelKey, Claims(ChannelIssuer, audience, expiresIn, ("serviceurl", serviceUrl)));

    /// <summary>A channel token signed with the key published only after <see cref="ChannelKeyRolled"/>.</summary>
    public string RolledChannelToken(string audience, string? serviceUrl) =>
        Sign(RolledChannelKeyId, _rolledChannelKey, Claims(ChannelIssuer, audience, null, ("serviceurl", serviceUrl)));

    /// <summary>An Emulator token: AAD issuer, ver 1.0 with appid, or ver 2.0 with azp.</summary>
    public string EmulatorToken(string appId, string version = "1.0", string? audience = null, string? issuer = null) =>
        Sign(EmulatorKeyId, _emulatorKey, Claims(
            issuer ?? (version == "2.0" ? EmulatorIssuerV2 : EmulatorIssuerV1), audience ?? appId, null,
            ("ver", version), (version == "2.0" ? "azp" : "appid", appId)));

    public JsonObject Claims(string issuer, string audience, TimeSpan? expiresIn, params (string Name, string? Value)[] extra)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new JsonObject
        {
            ["iss"] = issuer,
            ["aud"] = audience,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["iat"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.Add(expiresIn ?? TimeSpan.FromHours(1)).ToUnixTimeSeconds(),
        };
        foreach (var (name, value) in extra)
        {
            if (value is not null)
            {
                claims[name] = value;
            }
        }

        return claims;
    }

    /// <summary>Signs claims with the channel key (RS256 unless told otherwise); "kid" and "alg" can be forged.</summary>
    public string SignWithChannelKey(JsonObject claims, string kid = ChannelKeyId, string alg = "RS256") => Sign(kid, _channelKey, claims, alg);

    /// <summary>Signs claims with the Emulator (AAD) key, for Emulator tokens with forged claims.</summary>
    public string SignWithEmulatorKey(JsonObject claims) => Sign(EmulatorKeyId, _emulatorKey, claims);

    public string Sign(string kid, RSA key, JsonObject claims, string alg = "RS256")
    {
        var header = new JsonObject { ["alg"] = alg, ["typ"] = "JWT", ["kid"] = kid };
        var signingInput = $"{Encode(header.ToJsonString())}.{Encode(claims.ToJsonString())}";
        var data = Encoding.ASCII.GetBytes(signingInput);
        var signature = alg switch
        {
            "RS256" => key.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            "HS256" => HMACSHA256.HashData(Encoding.UTF8.GetBytes("not-a-real-secret-but-long-enough"), data),
            _ => [],
        };
        return $"{signingInput}.{Base64UrlEncoder.Encode(signature)}";
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (path == "/channel/keys")
        {
            Interlocked.Increment(ref _channelKeyFetches);
        }

        string? json = path switch
        {
            "/channel/.well-known/openidconfiguration" => Metadata(ChannelIssuer, "/channel/keys"),
            "/channel/keys" => ChannelKeyRolled
                ? Jwks((ChannelKeyId, _channelKey, Endorsements), (RolledChannelKeyId, _rolledChannelKey, Endorsements))
                : Jwks((ChannelKeyId, _channelKey, Endorsements)),
            "/emulator/.well-known/openid-configuration" => Metadata(EmulatorIssuerV2, "/emulator/keys"),
            "/emulator/keys" => Jwks((EmulatorKeyId, _emulatorKey, null)),
            _ when request.RequestUri.Host == "login.test" && path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
                => await TokenResponseAsync(request, cancellationToken),
            _ => null,
        };
        return json is null
            ? new HttpResponseMessage(HttpStatusCode.NotFound)
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }

    private async Task<string> TokenResponseAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (TokenRequestPaths)
        {
            TokenRequestPaths.Add(request.RequestUri!.AbsolutePath);
        }

        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        lock (TokenRequestBodies)
        {
            TokenRequestBodies.Add(body);
        }

        Interlocked.Increment(ref _tokenRequests);
        return $$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{OutboundAccessToken}}"}""";
    }

    private static string Metadata(string issuer, string keysPath) => new JsonObject
    {
        ["issuer"] = issuer,
        ["authorization_endpoint"] = Host + "/authorize",
        ["jwks_uri"] = Host + keysPath,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString();

    private static string Jwks(params (string Kid, RSA Key, List<string>? Endorsements)[] keys) =>
        new JsonObject { ["keys"] = new JsonArray(keys.Select(k => (JsonNode?)Jwk(k.Kid, k.Key, k.Endorsements)).ToArray()) }.ToJsonString();

    private static JsonObject Jwk(string kid, RSA key, List<string>? endorsements)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray());
        }

        return jwk;
    }

    private static string Encode(string json) => Base64UrlEncoder.Encode(json);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _channelKey.Dispose();
            _rolledChannelKey.Dispose();
            _emulatorKey.Dispose();
        }

        base.Dispose(disposing);
    }
}
