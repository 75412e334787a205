using MbcBot.Bot.Protocol;

namespace MbcBot.Bot.Tests.Testing;

/// <summary>Builders for inbound activities as the Emulator and Teams send them.</summary>
internal static class Activities
{
    public static readonly ChannelAccount User = new() { Id = "user-1", Name = "User", Role = "user" };
    public static readonly ChannelAccount Bot = new() { Id = "bot-1", Name = "Bot", Role = "bot" };

    public static Activity Message(string text, string channelId = Channels.Emulator) => new()
    {
        Type = ActivityTypes.Message,
        Id = "act-1",
        ChannelId = channelId,
        ServiceUrl = "http://localhost:50123",
        Conversation = new ConversationAccount { Id = "conv-1|livechat" },
        From = User,
        Recipient = Bot,
        Locale = "en-GB",
        Text = text,
    };

    public static Activity MembersAdded(string channelId, params ChannelAccount[] members) => Message(string.Empty, channelId) with
    {
        Type = ActivityTypes.ConversationUpdate,
        Text = null,
        MembersAdded = members,
        MembersRemoved = [],
    };
}
