using System.Text.Json;
using MbcBot.Bot.Feedback;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Tests.Testing;
using MbcBot.Insights;

namespace MbcBot.Bot.Tests.Feedback;

public sealed class WebChatFeedbackTests
{
    private const string ReplyId = "0123456789abcdef0123456789abcdef";

    /// <summary>The event Web Chat 4.18.1 posts (Feedback.tsx): the chosen action object, unchanged, as the one entity.</summary>
    internal static Activity Vote(string type, string objectId) => Activities.Message(string.Empty, Channels.DirectLine) with
    {
        Type = ActivityTypes.Event,
        Text = null,
        Name = WebChatFeedback.EventName,
        Entities =
        [
            new Entity
            {
                ExtensionData = new()
                {
                    ["@type"] = JsonSerializer.SerializeToElement(type),
                    ["actionStatus"] = JsonSerializer.SerializeToElement("PotentialActionStatus"),
                    ["object"] = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["@id"] = objectId }),
                },
            },
        ],
    };

    [Theory]
    [InlineData("LikeAction", FeedbackRating.Like)]
    [InlineData("DislikeAction", FeedbackRating.Dislike)]
    public void TryRead_VoteEvent_ReadsTheRatingAndReplyId(string type, FeedbackRating expected)
    {
        Assert.True(WebChatFeedback.TryRead(Vote(type, "urn:mbcbot:reply:" + ReplyId), out var signal));

        Assert.Equal(expected, signal.Rating);
        Assert.Equal(ReplyId, signal.ReplyId);
        Assert.Equal(FeedbackVia.Button, signal.Via);
    }

    [Theory]
    [InlineData("urn:mbcbot:reply:'; DROP TABLE turns; --")]
    [InlineData("urn:other:0123456789abcdef0123456789abcdef")]
    [InlineData("urn:mbcbot:reply:0123456789ABCDEF0123456789ABCDEF")]
    public void TryRead_ForeignOrMalformedId_StillRatesButNamesNoReply(string objectId)
    {
        Assert.True(WebChatFeedback.TryRead(Vote("DislikeAction", objectId), out var signal));

        Assert.Null(signal.ReplyId);
    }

    [Fact]
    public void TryRead_OtherEventOrAction_IsNotFeedback()
    {
        Assert.False(WebChatFeedback.TryRead(Vote("ReplyAction", "urn:mbcbot:reply:" + ReplyId), out _));
        Assert.False(WebChatFeedback.TryRead(Vote("LikeAction", "x") with { Name = "webchat/join" }, out _));
        Assert.False(WebChatFeedback.TryRead(Activities.Message("LikeAction"), out _));
    }
}
