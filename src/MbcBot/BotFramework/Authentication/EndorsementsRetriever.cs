using System.Text.Json;
using Microsoft.IdentityModel.Protocols;

namespace MbcBot.BotFramework.Authentication;

/// <summary>
/// Reads channel endorsements as the SDK's EndorsementsRetriever does: metadata document → <c>jwks_uri</c> →
/// <c>keys[].kid</c> and <c>keys[].endorsements</c>. Used by a <see cref="ConfigurationManager{T}"/> so it is cached
/// and refreshed on the same schedule as the signing keys.
/// </summary>
internal sealed class EndorsementsRetriever : IConfigurationRetriever<KeyEndorsements>
{
    public async Task<KeyEndorsements> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        using var metadata = JsonDocument.Parse(await retriever.GetDocumentAsync(address, cancel));
        var jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out var uri) ? uri.GetString() : null;
        if (string.IsNullOrEmpty(jwksUri))
        {
            throw new InvalidOperationException($"The metadata at {address} has no jwks_uri.");
        }

        using var jwks = JsonDocument.Parse(await retriever.GetDocumentAsync(jwksUri, cancel));
        var byKeyId = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (jwks.RootElement.TryGetProperty("keys", out var keys) && keys.ValueKind == JsonValueKind.Array)
        {
            foreach (var key in keys.EnumerateArray())
            {
                if (key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                    && key.TryGetProperty("endorsements", out var endorsements) && endorsements.ValueKind == JsonValueKind.Array)
                {
                    byKeyId[kid.GetString()!] = endorsements.EnumerateArray()
                        .Where(e => e.ValueKind == JsonValueKind.String)
                        .Select(e => e.GetString()!)
                        .ToList();
                }
            }
        }

        return new KeyEndorsements(byKeyId);
    }
}
