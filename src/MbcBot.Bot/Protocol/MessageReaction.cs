using System.Text.Json;
using System.Text.Json.Serialization;

namespace MbcBot.Bot.Protocol;

/// <summary>One reaction in a messageReaction activity; Teams' types are like, heart, laugh, surprised, sad, angry.</summary>
public sealed record MessageReaction
{
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
