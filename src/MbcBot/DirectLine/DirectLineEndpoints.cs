using MbcBot.Bot.Protocol;
using MbcBot.Hosting;
using Microsoft.Extensions.Options;

namespace MbcBot.DirectLine;

/// <summary>
/// The Direct Line 3.0 REST routes that directlinejs 0.15.5 (inside Web Chat 4.18) calls, under /v3/directline.
/// Every route needs the conversation token as Bearer and only reaches the token's own conversation.
/// </summary>
internal static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(BasePath);
        group.MapPost("/conversations", StartConversation);
        group.MapGet("/conversations/{conversationId}", Reconnect);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).RequireRateLimiting(DirectLinePostRateLimitPolicy.Name);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapPost("/conversations/{conversationId}/upload", Upload);
        group.MapGet("/conversations/{conversationId}/stream", DirectLineStreamEndpoint.HandleAsync);
        group.MapPost("/tokens/refresh", Refresh);
    }

    /// <summary>201 with the token's conversation the first time, 200 with the same conversation after that.</summary>
    private static IResult StartConversation(HttpRequest request, Services services)
    {
        if (!DirectLineAuthorization.TryAuthorize(services.Tokens, DirectLineAuthorization.BearerToken(request), DirectLineToken.ConversationScope, null, out var token, out var error))
        {
            return error;
        }

        if (services.Origin.WebSocketBaseUrl(request) is null)
        {
            return DirectLineErrors.BadHost();
        }

        var conversation = services.Store.GetOrCreate(token.ConversationId, token.UserId, ClientKey.For(request.HttpContext), out var created);
        conversation.Touch(services.Time.GetUtcNow());
        var body = ConversationResponse(request, services, token, conversation, watermark: null);
        return Results.Json(body, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>Reconnect: the same conversation with a fresh stream URL that replays from the client's watermark.</summary>
    private static IResult Reconnect(HttpRequest request, string conversationId, string? watermark, Services services)
    {
        if (!services.TryOpen(request, conversationId, out var token, out var conversation, out var error))
        {
            return error;
        }

        var body = ConversationResponse(request, services, token, conversation, ActivitySetJson.ParseWatermark(watermark));
        return body is null ? DirectLineErrors.BadHost() : Results.Json(body);
    }

    /// <summary>Stores and echoes the activity (with the token's user as <c>from</c>), answers <c>{id}</c> at once, then runs the turn.</summary>
    private static async Task<IResult> PostActivityAsync(HttpRequest request, string conversationId, Services services, CancellationToken cancellationToken)
    {
        if (!services.TryOpen(request, conversationId, out var token, out var conversation, out var error))
        {
            return error;
        }

        var (activity, readError) = await ActivityRequestReader.ReadAsync(request, services.Options, services.Logger, cancellationToken);
        if (activity is null)
        {
            return readError!;
        }

        conversation.MarkPosted();
        var name = activity.From?.Name is { Length: <= 64 } given ? given : null;
        var echoed = conversation.Append(
            activity with
            {
                From = DirectLineAccounts.User(token.UserId, name),
                Recipient = DirectLineAccounts.Bot,
                ServiceUrl = null,
                CallerId = null,
            },
            services.Time.GetUtcNow());
        _ = services.Turns.Start(conversation, echoed);
        return Results.Json(new { id = echoed.Id });
    }

    /// <summary>Polling: the ActivitySet from the watermark on.</summary>
    private static IResult GetActivities(HttpRequest request, string conversationId, string? watermark, Services services)
    {
        if (!services.TryOpen(request, conversationId, out _, out var conversation, out var error))
        {
            return error;
        }

        return Results.Content(conversation.Read(ActivitySetJson.ParseWatermark(watermark)), "application/json");
    }

    /// <summary>The page hides the upload button; a client that uploads anyway gets a clear 400.</summary>
    private static IResult Upload(HttpRequest request, string conversationId, Services services) =>
        services.TryOpen(request, conversationId, out _, out _, out var error)
            ? DirectLineErrors.BadActivity("This bot does not accept file uploads.")
            : error;

    /// <summary>A new token for the same conversation and user; the old one stays valid until its own expiry.</summary>
    private static IResult Refresh(HttpRequest request, Services services)
    {
        if (!DirectLineAuthorization.TryAuthorize(services.Tokens, DirectLineAuthorization.BearerToken(request), DirectLineToken.ConversationScope, null, out var token, out var error))
        {
            return error;
        }

        if (!services.Store.TryGet(token.ConversationId, out var conversation))
        {
            return DirectLineErrors.ConversationNotFound();
        }

        conversation.Touch(services.Time.GetUtcNow());
        var lifetime = services.Options.TokenLifetime;
        var refreshed = services.Tokens.Issue(token.ConversationId, token.UserId, DirectLineToken.ConversationScope, lifetime);
        return Results.Json(new DirectLineTokenResponse(token.ConversationId, refreshed, (int)lifetime.TotalSeconds, token.UserId));
    }

    /// <summary>The Conversation object; its stream URL is built on <see cref="PublicOrigin"/> (null when that is unknown).</summary>
    private static DirectLineConversationResponse? ConversationResponse(
        HttpRequest request, Services services, DirectLineToken token, DirectLineConversation conversation, long? watermark)
    {
        if (services.Origin.WebSocketBaseUrl(request) is not { } socketBase)
        {
            return null;
        }

        var ticket = services.Tokens.Issue(conversation.Id, token.UserId, DirectLineToken.StreamScope, services.Options.StreamTicketLifetime);
        var streamUrl = $"{socketBase}{BasePath}/conversations/{conversation.Id}/stream"
            + $"?watermark={(watermark is { } value ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")}&t={Uri.EscapeDataString(ticket)}";
        var expiresIn = (int)Math.Max(0, (token.ExpiresAt - services.Time.GetUtcNow()).TotalSeconds);
        return new DirectLineConversationResponse(conversation.Id, DirectLineAuthorization.BearerToken(request)!, expiresIn, streamUrl);
    }

    /// <summary>What the handlers need, bound from DI in one parameter.</summary>
    internal sealed class Services(
        DirectLineTokenService tokens,
        DirectLineConversationStore store,
        DirectLineTurnRunner turns,
        TimeProvider time,
        IOptions<DirectLineOptions> options,
        PublicOrigin origin,
        ILogger<Services> logger)
    {
        public PublicOrigin Origin { get; } = origin;

        public ILogger Logger { get; } = logger;

        public DirectLineTokenService Tokens { get; } = tokens;
        public DirectLineConversationStore Store { get; } = store;
        public DirectLineTurnRunner Turns { get; } = turns;
        public TimeProvider Time { get; } = time;
        public DirectLineOptions Options { get; } = options.Value;

        /// <summary>Bearer token valid for this conversation, and the conversation live; touches it.</summary>
        public bool TryOpen(
            HttpRequest request,
            string conversationId,
            [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DirectLineToken? token,
            [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DirectLineConversation? conversation,
            [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out IResult? error)
        {
            conversation = null;
            if (!DirectLineAuthorization.TryAuthorize(Tokens, DirectLineAuthorization.BearerToken(request), DirectLineToken.ConversationScope, conversationId, out token, out error))
            {
                return false;
            }

            if (!Store.TryGet(conversationId, out conversation))
            {
                token = null;
                error = DirectLineErrors.ConversationNotFound();
                return false;
            }

            conversation.Touch(Time.GetUtcNow());
            return true;
        }
    }
}
