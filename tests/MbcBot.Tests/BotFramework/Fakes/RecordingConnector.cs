using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MbcBot.Tests.BotFramework.Fakes;

/// <summary>
/// A fake channel Connector (the Emulator's or Teams'): records every request (method, escaped path, headers, body)
/// and answers 200 {"id":…}, or whatever statuses were queued with <see cref="EnqueueStatus"/>.
/// Swapped in as the primary handler of the Connector HttpClient, so no socket is opened.
/// </summary>
internal sealed class RecordingConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<(HttpStatusCode Status, string? RetryAfter)> _statuses = new();
    private int _nextId;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Exception? ThrowOnSend { get; set; }

    public void EnqueueStatus(HttpStatusCode status, string? retryAfter = null) => _statuses.Enqueue((status, retryAfter));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new RecordedRequest(
            request.Method.Method,
            request.RequestUri!,
            request.Headers.Authorization?.ToString(),
            request.Content?.Headers.ContentType?.ToString(),
            body));
        if (ThrowOnSend is { } exception)
        {
            throw exception;
        }

        var (status, retryAfter) = _statuses.TryDequeue(out var queued) ? queued : (HttpStatusCode.OK, null);
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent($"{{\"id\":\"{Interlocked.Increment(ref _nextId)}\"}}", Encoding.UTF8, "application/json"),
        };
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return response;
    }
}

internal sealed record RecordedRequest(string Method, Uri Uri, string? Authorization, string? ContentType, string Body)
{
    /// <summary>The path exactly as sent on the wire (escapes kept).</summary>
    /// <summary>The path exactly as sent (the client builds its URI without canonicalisation, so read the original string).</summary>
    public string RawPath
    {
        get
        {
            var original = Uri.OriginalString;
            var path = original[original.IndexOf('/', original.IndexOf("//", StringComparison.Ordinal) + 2)..];
            return path.Split('?')[0];
        }
    }

    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    public string? Get(string field) => Json[field]?.GetValue<string>();

    public JsonElement Element => JsonDocument.Parse(Body).RootElement;
}
