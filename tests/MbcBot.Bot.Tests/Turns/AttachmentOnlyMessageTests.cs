using MbcBot.Bot.Protocol;
using MbcBot.Bot.Turns;

namespace MbcBot.Bot.Tests.Turns;

public sealed class AttachmentOnlyMessageTests
{
    private static readonly Attachment Card = new() { ContentType = "application/vnd.microsoft.card.adaptive" };

    [Theory]
    [InlineData("")]
    [InlineData("<span class=\"inline-compose-card\"><span itemprop=\"cardId\"></span></span>")]
    [InlineData(" \n <p> </p> ")]
    [InlineData("<<<<<<<<")]
    public void Is_AttachmentAndNoWordsOutsideTags_True(string text)
    {
        Assert.True(AttachmentOnlyMessage.Is(new Activity { Type = ActivityTypes.Message, Text = text, Attachments = [Card] }, text));
    }

    [Theory]
    [InlineData("what is mbc")]
    [InlineData("<p>what is mbc</p>")]
    [InlineData("<span class=\"inline-compose-card\"></span> is this right?")]
    [InlineData("2")]
    public void Is_TypedWords_False(string text)
    {
        Assert.False(AttachmentOnlyMessage.Is(new Activity { Type = ActivityTypes.Message, Text = text, Attachments = [Card] }, text));
    }

    [Fact]
    public void Is_NoAttachment_False()
    {
        Assert.False(AttachmentOnlyMessage.Is(new Activity { Type = ActivityTypes.Message, Text = "" }, ""));
    }
}
