using System.Text.Json;
using System.Text.Json.Serialization;

namespace MbcBot.Bot.Protocol;

/// <summary>A card or file attached to an activity. MbcBot sends none, but round-trips what it receives.</summary>
public sealed record Attachment
{
    public string? ContentType { get; init; }
    public string? ContentUrl { get; init; }
    public JsonElement? Content { get; init; }
    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
