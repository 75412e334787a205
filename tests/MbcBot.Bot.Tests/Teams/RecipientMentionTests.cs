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

    [Theory]
    [InlineData("<at>My Bot</at>&nbsp;what is her2", "what is her2")]
    [InlineData("<at>My Bot</at>\u00a0what is her2&nbsp;", "what is her2")]
    [InlineData("&nbsp;<at>My Bot</at> &nbsp;is &quot;stage 4&quot; curable &amp; why", "is \"stage 4\" curable & why")]
    [InlineData("<at>My Bot</at>&nbsp;ask <at>Tom</at>&nbsp;now", "ask Tom now")]
    public void RemoveFrom_EntitiesAroundMention_AreDecodedAndSpacesCollapsed(string text, string expected)
    {
        var activity = Activities.Message(text.Replace("\\u00a0", "\u00a0", StringComparison.Ordinal), Channels.MsTeams) with
        {
            Entities = [Mention("bot-1", "My Bot", "<at>My Bot</at>")],
        };

        Assert.Equal(expected, RecipientMention.RemoveFrom(activity));
    }

    [Fact]
    public void RemoveFrom_ThousandsOfBotMentionEntities_RemovesEachMentionOnce()
    {
        // Many entities, many distinct mention texts: every bot tag in the text goes, other text stays.
        var entities = Enumerable.Range(0, 5000).Select(i => Mention("bot-1", $"Bot{i}", $"<at>Bot{i}</at>")).ToList();
        var text = string.Concat(Enumerable.Range(0, 200).Select(i => $"<at>Bot{i * 7}</at> w{i} "));
        var activity = Activities.Message(text, Channels.MsTeams) with { Entities = entities };

        var result = RecipientMention.RemoveFrom(activity);

        Assert.Equal(string.Join(" ", Enumerable.Range(0, 200).Select(i => $"w{i}")), result);
    }

    [Fact]
    public void RemoveFrom_PlainTextMentions_RemovesAtMostTheBoundedNumber()
    {
        var entities = Enumerable.Range(0, RecipientMention.MaxPlainMentions + 2).Select(i => Mention("bot-1", $"B{i}", $"@B{i}")).ToList();
        var text = string.Join(" ", Enumerable.Range(0, RecipientMention.MaxPlainMentions + 2).Select(i => $"@B{i}")) + " hi";

        var result = RecipientMention.RemoveFrom(Activities.Message(text, Channels.MsTeams) with { Entities = entities });

        Assert.Equal($"@B{RecipientMention.MaxPlainMentions} @B{RecipientMention.MaxPlainMentions + 1} hi", result);
    }
}
