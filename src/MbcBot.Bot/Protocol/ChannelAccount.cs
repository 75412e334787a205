using System.Text.Json;
using System.Text.Json.Serialization;

namespace MbcBot.Bot.Protocol;

/// <summary>A participant: <c>from</c>, <c>recipient</c>, and members added or removed.</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
