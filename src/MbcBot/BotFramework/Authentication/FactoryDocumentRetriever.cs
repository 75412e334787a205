using Microsoft.IdentityModel.Protocols;

namespace MbcBot.BotFramework.Authentication;

/// <summary>
/// Fetches metadata and key documents through a named <see cref="IHttpClientFactory"/> client (so tests can serve a
/// fake issuer in-process) and only over https. The same named client is JwtBearer's backchannel for the signing keys.
/// </summary>
internal sealed class FactoryDocumentRetriever(IHttpClientFactory factory) : IDocumentRetriever
{
    public const string HttpClientName = "BotFramework.OpenIdMetadata";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException($"Metadata must come over https; refused '{address}'.");
        }

        var client = factory.CreateClient(HttpClientName);
        using var response = await client.GetAsync(uri, cancel);
        if (!response.IsSuccessStatusCode)
        {
            throw new IOException($"Metadata request to {uri.Host} answered {(int)response.StatusCode}.");
        }

        return await response.Content.ReadAsStringAsync(cancel);
    }
}
