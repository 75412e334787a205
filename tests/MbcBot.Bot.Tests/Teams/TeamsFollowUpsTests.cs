using MbcBot.Answering;
using MbcBot.Bot.Teams;

namespace MbcBot.Bot.Tests.Teams;

public sealed class TeamsFollowUpsTests
{
    private static readonly string[] Questions = ["What does the word metastatic mean?", "What does MBC stand for?"];

    [Fact]
    public void AddTo_AnswerWithoutTheQuestions_ListsThemWholeAndNumberedBeforeTheDisclaimer()
    {
        var answer = new Reply(ReplyKind.Answer, "**Heading**\n\nPassage.\n\nNot advice.", null, Questions);

        var text = TeamsFollowUps.AddTo(answer.Text, answer, Questions, "Not advice.");

        Assert.Equal(
            "**Heading**\n\nPassage.\n\nYou could ask next:\n\n1. What does the word metastatic mean?  \n2. What does MBC stand for?\n\nNot advice.",
            text);
    }

    [Fact]
    public void AddTo_ReplyThatListsTheQuestions_Unchanged()
    {
        var clarify = new Reply(ReplyKind.Clarify, "Did you mean one of these?\n\n1. What does the word metastatic mean?\n2. What does MBC stand for?", null, Questions);

        Assert.Equal(clarify.Text, TeamsFollowUps.AddTo(clarify.Text, clarify, Questions, null));
    }

    [Theory]
    [InlineData(1, "Ask question 1")]
    [InlineData(3, "Ask question 3")]
    public void Title_Number_IsShortAndWhole(int number, string expected)
    {
        Assert.Equal(expected, TeamsFollowUps.Title(number));
    }
}
