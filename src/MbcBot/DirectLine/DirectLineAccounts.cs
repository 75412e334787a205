using MbcBot.Bot.Protocol;

namespace MbcBot.DirectLine;

/// <summary>The channel id and the accounts the Direct Line channel stamps on activities.</summary>
internal static class DirectLineAccounts
{
    public const string ChannelId = "directline";
    public const string BotId = "mbcbot";
    public const string BotName = "MbcBot";

    public static ChannelAccount Bot { get; } = new() { Id = BotId, Name = BotName, Role = "bot" };

    public static ChannelAccount User(string userId, string? name = null) => new() { Id = userId, Name = name, Role = "user" };
}
