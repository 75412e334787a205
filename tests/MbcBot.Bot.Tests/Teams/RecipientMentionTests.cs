using System.Text.Json;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Teams;
using MbcBot.Bot.Tests.Testing;

namespace MbcBot.Bot.Tests.Teams;

public sealed class RecipientMentionTests
{
    private static Entity Mention(string id, string name, string? text) => new()
    {
        Type = "mention",
        ExtensionData = text is null
            ? new() { ["mentioned"] = JsonSerializer.SerializeToElement(new { id, name }) }
            : new() { ["mentioned"] = JsonSerializer.SerializeToElement(new { id, name }), ["text"] = JsonSerializer.SerializeToElement(text) },
    };

    [Fact]
    public void RemoveFrom_BotMentionWithText_RemovesItCaseInsensitively()
    {
        var activity = Activities.Message("<AT>My Bot</AT> help", Channels.MsTeams) with { Entities = [Mention("bot-1", "My Bot", "<at>My Bot</at>")] };

        Assert.Equal("help", RecipientMention.RemoveFrom(activity));
    }

    [Fact]
    public void RemoveFrom_BotMentionWithoutText_RemovesAtName()
    {
        var activity = Activities.Message("hi <at>My Bot</at>", Channels.MsTeams) with { Entities = [Mention("bot-1", "My Bot", null)] };

        Assert.Equal("hi", RecipientMention.RemoveFrom(activity));
    }

    [Fact]
    public void RemoveFrom_OtherMention_KeepsTheNameText()
    {
        var activity = Activities.Message("<at>My Bot</at> ask <at>Tom</at>is he ok", Channels.MsTeams) with
        {
            Entities = [Mention("bot-1", "My Bot", "<at>My Bot</at>"), Mention("29:tom", "Tom", "<at>Tom</at>")],
        };

        Assert.Equal("ask Tom is he ok", RecipientMention.RemoveFrom(activity));
    }

    [Fact]
    public void RemoveFrom_MentionTextWithoutEntity_IsNotTreatedAsTheBot()
    {
        // Identity comes from entities only: a typed "<at>My Bot</at>" without an entity is just unwrapped.
        var activity = Activities.Message("<at>My Bot</at> help", Channels.MsTeams);

        Assert.Equal("My Bot help", RecipientMention.RemoveFrom(activity));
    }

    [Fact]
    public void RemoveFrom_NullText_ReturnsEmpty()
    {
        Assert.Equal(string.Empty, RecipientMention.RemoveFrom(Activities.Message("x") with { Text = null }));
    }
}
