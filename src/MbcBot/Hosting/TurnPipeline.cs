using MbcBot.Bot.Protocol;
using MbcBot.Bot.Turns;

namespace MbcBot.Hosting;

/// <summary>
/// One turn, the same for every channel (/api/messages and Direct Line): resolves the shared <see cref="IBot"/>, runs
/// it, and addresses every reply with the one rule (<see cref="ReplyAddressing"/>). The error boundary (the SDK's
/// OnTurnError): a bot exception is logged once, without the activity's text, and becomes <see cref="Apology"/>, or a
/// 500 invoke response for an invoke. Turns slower than <see cref="ChannelTimeout"/> are logged. Metrics know the
/// channel of the turn (<see cref="MbcBotMetrics.BeginTurn"/>), and each turn is one span on <see cref="TurnTelemetry"/>
/// (channel and activity type, never text). Cancellation by the caller is not an error.
/// </summary>
internal sealed partial class TurnPipeline(IServiceScopeFactory scopes, TimeProvider time, ILogger<TurnPipeline> logger)
{
    /// <summary>Bot Connector and Direct Line stop waiting after 15 s (protocol brief §2.5).</summary>
    public static readonly TimeSpan ChannelTimeout = TimeSpan.FromSeconds(15);

    public const string Apology = "Sorry, something went wrong on my side. Please try again in a moment.";

    public async Task<TurnResult> RunAsync(Activity inbound, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        using var turn = MbcBotMetrics.BeginTurn(inbound.ChannelId);
        using var span = TurnTelemetry.Source.StartActivity("turn");
        span?.SetTag("mbcbot.channel", LogValue.Safe(inbound.ChannelId));
        span?.SetTag("mbcbot.activity.type", LogValue.Safe(inbound.Type));
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IBot>().OnTurnAsync(inbound, cancellationToken);
            return result with { Replies = result.Replies.Select(reply => ReplyAddressing.Address(inbound, reply)).ToList() };
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTurnFailed(exception, LogValue.Safe(inbound.Type), LogValue.Safe(inbound.ChannelId));
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, exception.GetType().Name);
            return string.Equals(inbound.Type, ActivityTypes.Invoke, StringComparison.Ordinal)
                ? new TurnResult([], new InvokeResponse(StatusCodes.Status500InternalServerError))
                : new TurnResult([ReplyAddressing.Address(inbound, new Activity { Type = ActivityTypes.Message, Text = Apology, TextFormat = TextFormats.Plain })]);
        }
        finally
        {
            var elapsed = time.GetElapsedTime(started);
            if (elapsed >= ChannelTimeout)
            {
                LogSlowTurn(elapsed.TotalMilliseconds, LogValue.Safe(inbound.ChannelId));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The turn failed for a {ActivityType} activity on {ChannelId}")]
    private partial void LogTurnFailed(Exception exception, string? activityType, string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The turn took {ElapsedMs} ms on {ChannelId}; channels give up after 15000 ms and may retry")]
    private partial void LogSlowTurn(double elapsedMs, string? channelId);
}
