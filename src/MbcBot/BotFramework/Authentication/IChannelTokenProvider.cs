namespace MbcBot.BotFramework.Authentication;

/// <summary>Bearer tokens for calls to the channel's Connector API.</summary>
internal interface IChannelTokenProvider
{
    /// <summary>
    /// The access token to send, or null when no app id is configured (Emulator mode sends no Authorization header,
    /// brief §3.2). Throws <see cref="ChannelTokenException"/> when a configured identity cannot get one.
    /// </summary>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
