namespace MbcBot.BotFramework.Authentication;

/// <summary>The bot's identity could not obtain an outbound token (bad secret, wrong tenant, identity platform down).</summary>
internal sealed class ChannelTokenException(string message, Exception innerException) : Exception(message, innerException);
