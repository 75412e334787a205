using MbcBot.Bot.Protocol;
using MbcBot.Bot.Tests.Testing;
using MbcBot.Bot.Turns;

namespace MbcBot.Bot.Tests.Turns;

public sealed class ReplyAddressingTests
{
    [Fact]
    public void Address_Message_SwapsFromAndRecipientAndCopiesTheReference()
    {
        var inbound = Activities.Message("hi") with { Conversation = new ConversationAccount { Id = "c|1", TenantId = "t", IsGroup = true } };

        var reply = ReplyAddressing.Address(inbound, new Activity { Text = "hello", Id = "set-by-bot", Timestamp = DateTimeOffset.UnixEpoch });

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal(inbound.Recipient, reply.From);
        Assert.Equal(inbound.From, reply.Recipient);
        Assert.Same(inbound.Conversation, reply.Conversation);
        Assert.Equal(inbound.ChannelId, reply.ChannelId);
        Assert.Equal(inbound.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("en-GB", reply.Locale);
        Assert.Equal("act-1", reply.ReplyToId);
        Assert.Null(reply.Id);
        Assert.Null(reply.Timestamp);
    }

    [Fact]
    public void Address_ReplyWithOwnLocale_KeepsIt()
    {
        var reply = ReplyAddressing.Address(Activities.Message("hi"), new Activity { Locale = "fr-FR" });

        Assert.Equal("fr-FR", reply.Locale);
    }

    [Theory]
    [InlineData(Channels.DirectLine, null)]
    [InlineData(Channels.WebChat, null)]
    [InlineData(Channels.Emulator, "act-1")]
    [InlineData(Channels.MsTeams, "act-1")]
    public void Address_ConversationUpdate_SetsReplyToIdExceptOnDirectLineAndWebChat(string channelId, string? expected)
    {
        var inbound = Activities.MembersAdded(channelId, Activities.User);

        var reply = ReplyAddressing.Address(inbound, new Activity { Text = "welcome" });

        Assert.Equal(expected, reply.ReplyToId);
    }

    [Fact]
    public void Address_MessageOnDirectLine_SetsReplyToId()
    {
        var reply = ReplyAddressing.Address(Activities.Message("hi", Channels.DirectLine), new Activity());

        Assert.Equal("act-1", reply.ReplyToId);
    }
}
