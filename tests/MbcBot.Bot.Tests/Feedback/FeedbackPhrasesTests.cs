using MbcBot.Bot.Feedback;
using MbcBot.Insights;

namespace MbcBot.Bot.Tests.Feedback;

public sealed class FeedbackPhrasesTests
{
    [Theory]
    [InlineData("that didn't help", FeedbackRating.Dislike)]
    [InlineData("That didn’t help.", FeedbackRating.Dislike)]
    [InlineData("  THAT   DID NOT HELP!! ", FeedbackRating.Dislike)]
    [InlineData("thanks, that helped", FeedbackRating.Like)]
    [InlineData("Thanks - that helped :)", FeedbackRating.Like)]
    public void Match_Phrase_GivesItsRating(string message, FeedbackRating expected)
    {
        Assert.Equal(expected, FeedbackPhrases.Default.Match(message));
    }

    [Theory]
    [InlineData("thanks")]
    [InlineData("that didn't help me understand bone metastasis, what is it?")]
    [InlineData("what is metastatic breast cancer")]
    [InlineData("")]
    public void Match_QuestionOrOtherText_IsNoFeedback(string message)
    {
        Assert.Null(FeedbackPhrases.Default.Match(message));
    }
}
