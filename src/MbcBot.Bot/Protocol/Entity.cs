using System.Text.Json;
using System.Text.Json.Serialization;

namespace MbcBot.Bot.Protocol;

/// <summary>
/// An entity: <c>type</c> plus free-form fields (mentions, client capabilities, schema.org citations).
/// Everything but <c>type</c> lives in <see cref="ExtensionData"/> so any entity round-trips unchanged.
/// </summary>
public sealed record Entity
{
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
