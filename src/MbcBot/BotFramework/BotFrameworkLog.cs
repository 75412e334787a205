namespace MbcBot.BotFramework;

/// <summary>Log messages of the endpoint. None carries message text: patient text is never logged.</summary>
internal static partial class BotFrameworkLog
{
    [LoggerMessage(1, LogLevel.Information, "Refused activity with {Status}: {Reason}")]
    public static partial void Refused(ILogger logger, int status, string reason);

    [LoggerMessage(2, LogLevel.Warning, "Unauthorized request for channel {ChannelId}: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string? channelId, string reason);

    [LoggerMessage(3, LogLevel.Warning, "Refused serviceUrl host {Host} for channel {ChannelId}: not vouched for by a token, not loopback, not allowed")]
    public static partial void ServiceUrlRefused(ILogger logger, string? host, string? channelId);

    [LoggerMessage(4, LogLevel.Information, "Duplicate activity on {ChannelId} answered without a second turn")]
    public static partial void Duplicate(ILogger logger, string? channelId);

    [LoggerMessage(5, LogLevel.Error, "The turn failed for a {ActivityType} activity on {ChannelId}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityType, string? channelId);

    [LoggerMessage(6, LogLevel.Warning, "The turn took {ElapsedMs} ms; channels give up after 15000 ms and may retry")]
    public static partial void SlowTurn(ILogger logger, double elapsedMs);

    [LoggerMessage(7, LogLevel.Warning, "The channel throttled a reply (429); retry {Attempt} in {DelayMs} ms")]
    public static partial void SendThrottled(ILogger logger, int attempt, double delayMs);

    [LoggerMessage(8, LogLevel.Warning, "The channel refused a reply with {Status} (channel {ChannelId}, host {Host})")]
    public static partial void SendRefused(ILogger logger, int status, string? channelId, string host);

    [LoggerMessage(9, LogLevel.Warning, "A reply could not be sent (channel {ChannelId}, host {Host})")]
    public static partial void SendFailed(ILogger logger, Exception exception, string? channelId, string host);

    [LoggerMessage(10, LogLevel.Warning, "A reply had no serviceUrl or conversation id and was not sent (channel {ChannelId})")]
    public static partial void SendSkippedNoAddress(ILogger logger, string? channelId);

    [LoggerMessage(12, LogLevel.Warning, "A request body to {Path} was not read: {Status} (too slow or malformed on the wire)")]
    public static partial void BodyUnreadable(ILogger logger, int status, string path);

    [LoggerMessage(11, LogLevel.Warning, "Bot Framework authentication is OFF (no BotFramework:MicrosoftAppId): Emulator mode, replies only to loopback. Set the app id before exposing /api/messages.")]
    public static partial void EmulatorMode(ILogger logger);
}
