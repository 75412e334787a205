using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MbcBot.Tests.Testing;

/// <summary>
/// One Emulator-mode message to /api/messages with deliveryMode expectReplies (no token, no Connector: the replies come
/// back in the response), as the load benchmark sends them.
/// </summary>
internal static class EmulatorTurn
{
    public static JsonObject Message(string id, string conversationId, string text) => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:9",
        ["from"] = new JsonObject { ["id"] = "user", ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["text"] = text,
        ["deliveryMode"] = "expectReplies",
    };

    /// <summary>Posts <paramref name="text"/> to <paramref name="baseAddress"/> and returns the replies' texts (empty on a non-2xx).</summary>
    public static async Task<IReadOnlyList<string>> AskAsync(HttpClient http, Uri baseAddress, string text, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(new Uri(baseAddress, "api/messages"), Message(Guid.NewGuid().ToString("N"), "c-" + Guid.NewGuid().ToString("N"), text), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return [];
        }

        var body = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
        return [.. body!["activities"]!.AsArray().Select(a => a!["text"]?.GetValue<string>() ?? string.Empty)];
    }
}
