using System.Text.Json;
using System.Text.Json.Serialization;

namespace MbcBot.Bot.Protocol;

/// <summary>A clickable action. <c>imBack</c> posts <see cref="Value"/> back as if the user typed it.</summary>
public sealed record CardAction
{
    public string Type { get; init; } = "imBack";
    public string? Title { get; init; }
    public JsonElement? Value { get; init; }
    public string? Text { get; init; }
    public string? DisplayText { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }
}
