using System.Text.Json;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Recording;
using MbcBot.BotFramework.Authentication;
using MbcBot.Hosting;
using Microsoft.Extensions.Options;

namespace MbcBot.BotFramework;

/// <summary>
/// POST /api/messages, in the SDK CloudAdapter's order (brief §2.2): read the body (413/400) → authenticate the token
/// with JwtBearer, then check its principal against the body's channelId and serviceUrl (401) → set callerId from the token → check where replies would go
/// (403) → drop a channel's retry of an activity already seen (200) → run the turn → answer: expectReplies → 200
/// {"activities":[…]} and no Connector call; invoke → the bot's status and body (501 when unhandled); else the replies
/// are POSTed to the Connector and the request answers 200 once the turn is done. The turn itself, its error boundary
/// and reply addressing are <see cref="TurnPipeline"/>'s, shared with Direct Line. Bad input never yields a 5xx.
/// </summary>
internal sealed class MessagesEndpoint(
    TurnPipeline turns,
    BotAuthenticator authenticator,
    ServiceUrlPolicy serviceUrls,
    ActivityDeduplicator deduplicator,
    ConnectorClient connector,
    IOptions<BotFrameworkOptions> options,
    ILogger<MessagesEndpoint> logger,
    TurnRecorder? recorder = null)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var read = await ActivityBodyReader.ReadAsync(context.Request, options.Value.Limits, logger, cancellationToken);
        if (read.Activity is not { } inbound)
        {
            BotFrameworkLog.Refused(logger, read.Status, read.Reason!);
            return Results.Problem(statusCode: read.Status, detail: read.Reason);
        }

        var caller = await authenticator.AuthenticateAsync(context, inbound);
        if (!caller.Succeeded)
        {
            BotFrameworkLog.Unauthorized(logger, LogValue.Safe(inbound.ChannelId), LogValue.Safe(caller.FailureReason)!);
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        // callerId on the wire is never trusted (spec A2251): it is what the token says, or null without auth.
        var activity = inbound with { CallerId = caller.CallerId };
        var expectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);
        if (!expectReplies)
        {
            if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.Conversation?.Id))
            {
                return Refuse(StatusCodes.Status400BadRequest, "The activity needs a serviceUrl and conversation.id to be answered.");
            }

            if (!serviceUrls.IsAllowed(activity.ServiceUrl, caller))
            {
                BotFrameworkLog.ServiceUrlRefused(logger, Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) ? LogValue.Safe(uri.Host) : null, LogValue.Safe(activity.ChannelId));
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, detail: "Replies cannot be sent to this serviceUrl.");
            }

            if (!string.IsNullOrEmpty(activity.Id)
                && !deduplicator.TryRegister(activity.ChannelId ?? string.Empty, activity.Conversation.Id, activity.Id))
            {
                BotFrameworkLog.Duplicate(logger, LogValue.Safe(activity.ChannelId));
                return Results.Ok();
            }
        }

        var result = await turns.RunAsync(activity, cancellationToken);
        var replies = result.Replies.Where(reply => KeepsTrace(reply, activity)).ToList();
        if (expectReplies)
        {
            if (result.InvokeResponse is { } invoke)
            {
                replies.Add(new Activity { Type = ActivityTypes.InvokeResponse, Value = JsonSerializer.SerializeToElement(invoke, ProtocolJson.Options) });
            }

            return Results.Json(new ExpectedReplies(replies), ProtocolJson.Options);
        }

        foreach (var reply in replies)
        {
            // Teams rates a message by the id the Connector gave it: link that id to the recorded reply.
            var sent = await connector.SendAsync(reply, cancellationToken);
            if (sent.ActivityId is { } channelId && result.ReplyId is { } replyId)
            {
                recorder?.LinkChannelActivity(channelId, replyId);
            }
        }

        if (result.InvokeResponse is { } response)
        {
            return response.Body is { } body
                ? Results.Json(body, ProtocolJson.Options, statusCode: response.Status)
                : Results.StatusCode(response.Status);
        }

        return Results.Ok();
    }

    /// <summary>Trace activities are for the Emulator's inspector only (the SDK drops them elsewhere).</summary>
    private static bool KeepsTrace(Activity reply, Activity inbound) =>
        !string.Equals(reply.Type, ActivityTypes.Trace, StringComparison.Ordinal)
        || string.Equals(inbound.ChannelId, Channels.Emulator, StringComparison.Ordinal);

    private IResult Refuse(int status, string reason)
    {
        BotFrameworkLog.Refused(logger, status, reason);
        return Results.Problem(statusCode: status, detail: reason);
    }
}
