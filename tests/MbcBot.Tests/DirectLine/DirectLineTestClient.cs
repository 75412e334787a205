using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MbcBot.Tests.DirectLine;

/// <summary>Speaks the Direct Line routes the way directlinejs does, for route-level tests.</summary>
internal sealed class DirectLineTestClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    /// <summary>Gets a page token and starts its conversation; returns (conversationId, token, streamUrl).</summary>
    public async Task<(string ConversationId, string Token, string StreamUrl)> StartAsync(CancellationToken cancellationToken)
    {
        var token = await TokenAsync(cancellationToken);
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", token, """{"user":{"id":"r_abc"}}""", cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await ReadJsonAsync(response, cancellationToken);
        return (body["conversationId"]!.GetValue<string>(), token, body["streamUrl"]!.GetValue<string>());
    }

    public async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        using var response = await Http.PostAsync("/api/webchat/token", null, cancellationToken);
        response.EnsureSuccessStatusCode();
        return (await ReadJsonAsync(response, cancellationToken))["token"]!.GetValue<string>();
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, string? json, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return Http.SendAsync(request, cancellationToken);
    }

    public Task<HttpResponseMessage> PostMessageAsync(string conversationId, string token, string text, string clientActivityId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, MessageJson(text, clientActivityId), cancellationToken);

    /// <summary>A message as Web Chat 4.18.1 posts it (directline.md §2.1), with a spoofed <c>from</c>.</summary>
    public static string MessageJson(string text, string clientActivityId) => new JsonObject
    {
        ["type"] = "message",
        ["text"] = text,
        ["textFormat"] = "plain",
        ["channelData"] = new JsonObject { ["clientActivityID"] = clientActivityId, ["attachmentSizes"] = new JsonArray() },
        ["from"] = new JsonObject { ["id"] = "spoofed", ["name"] = "", ["role"] = "bot" },
        ["locale"] = "en-US",
    }.ToJsonString();

    public static string JoinEventJson() =>
        """{"type":"event","name":"webchat/join","value":{"language":"en-US"},"channelData":{"clientActivityID":"join1"},"from":{"id":"r_x","role":"user"}}""";

    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!;

    /// <summary>Reads ActivitySet frames until <paramref name="done"/> holds for the activities seen so far.</summary>
    public static async Task<List<JsonNode>> ReceiveUntilAsync(WebSocket socket, Func<List<JsonNode>, bool> done, CancellationToken cancellationToken)
    {
        var seen = new List<JsonNode>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (!done(seen))
        {
            var frame = await ReceiveFrameAsync(socket, timeout.Token);
            seen.AddRange(frame["activities"]!.AsArray().Select(a => a!));
        }

        return seen;
    }

    public static async Task<JsonNode> ReceiveFrameAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var text = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("closed by server");
            }

            text.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return JsonNode.Parse(text.ToArray())!;
    }

    public static string? Text(JsonNode activity) => activity["text"]?.GetValue<string>();

    public static string? Type(JsonNode activity) => activity["type"]?.GetValue<string>();

    public static JsonElement ToElement(JsonNode node) => JsonSerializer.SerializeToElement(node);
}
