using System.Text.Json;
using MbcBot.Bot.Feedback;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Tests.Testing;
using MbcBot.Insights;

namespace MbcBot.Bot.Tests.Feedback;

public sealed class TeamsFeedbackTests
{
    internal static Activity SubmitAction(string reaction, string? feedback) => Activities.Message(string.Empty, Channels.MsTeams) with
    {
        Type = ActivityTypes.Invoke,
        Text = null,
        Name = TeamsFeedback.SubmitActionInvoke,
        ReplyToId = "1712345678901",
        Value = JsonSerializer.SerializeToElement(new { actionName = "feedback", actionValue = new { reaction, feedback } }),
    };

    [Fact]
    public void TryReadSubmitAction_DislikeWithComment_ReadsTheFeedbackText()
    {
        var activity = SubmitAction("dislike", "{\"feedbackText\":\"it did not mention bones\"}");

        Assert.True(TeamsFeedback.TryReadSubmitAction(activity, out var signal));

        Assert.Equal(FeedbackRating.Dislike, signal.Rating);
        Assert.Equal("it did not mention bones", signal.Comment);
        Assert.Equal(FeedbackVia.TeamsFeedback, signal.Via);
    }

    [Fact]
    public void TryReadSubmitAction_PlainTextFeedback_AsThePlaygroundSendsIt_IsTheComment()
    {
        Assert.True(TeamsFeedback.TryReadSubmitAction(SubmitAction("dislike", "too vague"), out var signal));

        Assert.Equal("too vague", signal.Comment);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("[1,2]")]
    public void TryReadSubmitAction_LikeWithoutUsableComment_HasNoComment(string? feedback)
    {
        Assert.True(TeamsFeedback.TryReadSubmitAction(SubmitAction("like", feedback), out var signal));

        Assert.Equal(FeedbackRating.Like, signal.Rating);
        Assert.Null(signal.Comment);
    }

    [Fact]
    public void TryReadSubmitAction_UnknownReactionOrAction_IsNotFeedback()
    {
        Assert.False(TeamsFeedback.TryReadSubmitAction(SubmitAction("meh", null), out _));
        var other = SubmitAction("like", null) with { Value = JsonSerializer.SerializeToElement(new { actionName = "other" }) };
        Assert.False(TeamsFeedback.TryReadSubmitAction(other, out _));
    }

    [Theory]
    [InlineData("like", FeedbackRating.Like)]
    [InlineData("heart", FeedbackRating.Like)]
    [InlineData("sad", FeedbackRating.Dislike)]
    [InlineData("angry", FeedbackRating.Dislike)]
    public void TryReadReaction_RatingReaction_Maps(string type, FeedbackRating expected)
    {
        var activity = Activities.Message(string.Empty, Channels.MsTeams) with
        {
            Type = ActivityTypes.MessageReaction,
            ReactionsAdded = [new MessageReaction { Type = "laugh" }, new MessageReaction { Type = type }],
        };

        Assert.True(TeamsFeedback.TryReadReaction(activity, out var signal));
        Assert.Equal(expected, signal.Rating);
        Assert.Equal(FeedbackVia.Reaction, signal.Via);
    }

    [Fact]
    public void TryReadReaction_OnlyRemovalsOrNeutral_IsNotFeedback()
    {
        var activity = Activities.Message(string.Empty, Channels.MsTeams) with
        {
            Type = ActivityTypes.MessageReaction,
            ReactionsAdded = [new MessageReaction { Type = "surprised" }],
            ReactionsRemoved = [new MessageReaction { Type = "like" }],
        };

        Assert.False(TeamsFeedback.TryReadReaction(activity, out _));
    }
}
