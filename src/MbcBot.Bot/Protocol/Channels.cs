namespace MbcBot.Bot.Protocol;

/// <summary>Channel ids the bot treats specially (Microsoft.Bot.Connector/Channels.cs). Compare ordinally (spec A2021).</summary>
public static class Channels
{
    public const string Emulator = "emulator";
    public const string MsTeams = "msteams";
    public const string WebChat = "webchat";
    public const string DirectLine = "directline";
}
