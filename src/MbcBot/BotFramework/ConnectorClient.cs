using System.Net.Http.Headers;
using System.Text.Json;
using MbcBot.Bot.Protocol;
using MbcBot.BotFramework.Authentication;
using MbcBot.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace MbcBot.BotFramework;

/// <summary>
/// Posts replies to the channel's Connector API (brief §3): ReplyToActivity
/// <c>POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}</c> when the reply has a replyToId,
/// SendToConversation (no last segment) otherwise, as the SDK's CloudAdapterBase chooses. Ids are escaped with
/// <see cref="Uri.EscapeDataString"/> (Emulator ids hold '|', Teams ids ':' and ';'). A 429 is retried by the named
/// client's resilience handler (<see cref="AddHttpClient"/>); any other failure is logged with its status and not
/// retried, because a POST of an activity is not idempotent. Never throws for a channel failure: a refused reply must not end the turn or the process.
/// Callers check the serviceUrl first (<see cref="ServiceUrlPolicy"/>); this class trusts it.
/// </summary>
internal sealed class ConnectorClient
{
    public const string HttpClientName = "BotFramework.Connector";

    /// <summary>Each attempt's limit (a hung channel); retries get their own.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IChannelTokenProvider _tokens;
    private readonly ILogger<ConnectorClient> _logger;

    public ConnectorClient(IHttpClientFactory httpClientFactory, IChannelTokenProvider tokens, ILogger<ConnectorClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _tokens = tokens;
        _logger = logger;
    }

    /// <summary>
    /// Registers the named Connector HttpClient with the standard resilience handler
    /// (<c>Microsoft.Extensions.Http.Resilience</c>) configured for a non-idempotent POST: only 429 is retried, up to
    /// <see cref="BotFrameworkOptions.MaxSendRetries"/> times, after <see cref="RetryAfterDelay"/> (the channel's
    /// Retry-After, else exponential back-off with jitter, capped at <see cref="BotFrameworkOptions.MaxRetryDelay"/>).
    /// The handler uses the <see cref="TimeProvider"/> from DI, so tests can drive the waits.
    /// </summary>
    public static IHttpClientBuilder AddHttpClient(IServiceCollection services)
    {
        var builder = services.AddHttpClient(HttpClientName, client =>
        {
            client.Timeout = Timeout.InfiniteTimeSpan; // per attempt, in the pipeline below
            client.DefaultRequestHeaders.UserAgent.ParseAdd("Microsoft-BotFramework/3.1 MbcBot/1.0");
        });
        builder.AddResilienceHandler("connector-429", (pipeline, context) =>
        {
            var settings = context.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
            var time = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            var logger = context.ServiceProvider.GetRequiredService<ILogger<ConnectorClient>>();
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(settings.MaxSendRetries, 1),
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(settings.MaxSendRetries > 0 && RetryAfterDelay.IsThrottled(args.Outcome.Result)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(RetryAfterDelay.For(
                    args.Outcome.Result, args.AttemptNumber, time.GetUtcNow(), settings.MaxRetryDelay, Random.Shared)),
                OnRetry = args =>
                {
                    BotFrameworkLog.SendThrottled(logger, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
            pipeline.AddTimeout(AttemptTimeout);
        });
        return builder;
    }

    /// <summary>
    /// The Connector URL for a reply, always <c>{serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]</c>; null
    /// when the reply lacks a usable serviceUrl or conversation id, or the serviceUrl has a query, fragment or user
    /// info (they would move the ids out of the path). Each id is one escaped path segment: <see cref="Uri.EscapeDataString"/>
    /// with dot-segments escaped, so an id of ".." is sent as <c>%2E%2E</c> and never climbs a level; the path is not canonicalised.
    /// </summary>
    public static Uri? BuildUri(Activity reply)
    {
        if (string.IsNullOrEmpty(reply.ServiceUrl) || string.IsNullOrEmpty(reply.Conversation?.Id)
            || !Uri.TryCreate(reply.ServiceUrl, UriKind.Absolute, out var service)
            || (service.Scheme != Uri.UriSchemeHttps && service.Scheme != Uri.UriSchemeHttp)
            || reply.ServiceUrl.AsSpan().ContainsAny("?#") || !string.IsNullOrEmpty(service.UserInfo))
        {
            return null;
        }

        var baseUrl = reply.ServiceUrl.EndsWith('/') ? reply.ServiceUrl : reply.ServiceUrl + "/";
        var path = $"v3/conversations/{Segment(reply.Conversation.Id)}/activities";
        if (!string.IsNullOrEmpty(reply.ReplyToId))
        {
            path += "/" + Segment(reply.ReplyToId);
        }

        return Uri.TryCreate(baseUrl + path, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true }, out var uri) ? uri : null;
    }

    /// <summary>One path segment; "." and ".." (RFC 3986 dot-segments, the only ones) become %2E and %2E%2E.</summary>
    private static string Segment(string id) =>
        id is "." or ".." ? id.Replace(".", "%2E", StringComparison.Ordinal) : Uri.EscapeDataString(id);

    /// <summary>
    /// Sends one reply; the channel's answer: accepted (2xx) or not, and the id it gave the message (the Connector's
    /// ResourceResponse <c>{"id": "..."}</c>), when it sent one.
    /// </summary>
    public async Task<ChannelSend> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        var uri = BuildUri(reply);
        if (uri is null)
        {
            BotFrameworkLog.SendSkippedNoAddress(_logger, LogValue.Safe(reply.ChannelId));
            return ChannelSend.Refused;
        }

        try
        {
            var token = await _tokens.GetTokenAsync(cancellationToken);
            var body = JsonSerializer.SerializeToUtf8Bytes(reply, ProtocolJson.Options);
            var client = _httpClientFactory.CreateClient(HttpClientName);
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = JsonContentType;
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await client.SendAsync(request, cancellationToken);

            if (response.IsSuccessStatusCode)
            {
                return new ChannelSend(true, await ReadIdAsync(response, cancellationToken));
            }

            BotFrameworkLog.SendRefused(_logger, (int)response.StatusCode, LogValue.Safe(reply.ChannelId), uri.Host);
            return ChannelSend.Refused;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or TimeoutRejectedException or ChannelTokenException
                                              && !cancellationToken.IsCancellationRequested)
        {
            BotFrameworkLog.SendFailed(_logger, exception, LogValue.Safe(reply.ChannelId), uri.Host);
            return ChannelSend.Refused;
        }
    }

    /// <summary>The Connector's ResourceResponse id; null for an empty, oversized or other body (it is only a hint).</summary>
    private static async Task<string?> ReadIdAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        const int MaxBody = 4096;
        if (response.Content.Headers.ContentLength is > MaxBody)
        {
            return null;
        }

        try
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (body.Length is 0 or > MaxBody)
            {
                return null;
            }

            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object
                   && json.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                   && id.GetString() is { Length: > 0 and <= 256 } value
                ? value
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>What the channel answered to one sent reply.</summary>
/// <param name="Accepted">The channel took it (2xx).</param>
/// <param name="ActivityId">The id the channel gave the message, when it said (Teams does; feedback names it).</param>
internal sealed record ChannelSend(bool Accepted, string? ActivityId)
{
    public static ChannelSend Refused { get; } = new(false, null);
}
