using MbcBot.Cli;

namespace MbcBot.Tests.Cli;

public sealed class ReportQuestionsTests
{
    [Fact]
    public void Collapse_Repeats_OneLineWithCountMostAskedFirstFirstSpellingKept()
    {
        var result = ReportQuestions.Collapse(["Can I fly?", "what is her2", "can i  fly", "CAN I FLY!", "What is HER2?", "is it curable"]);

        Assert.Equal([new QuestionCount("Can I fly?", 3), new QuestionCount("what is her2", 2), new QuestionCount("is it curable", 1)], result);
    }

    [Theory]
    [InlineData("<span class=\"inline-compose-card\" itemid=\"0\"><span itemprop=\"cardId\"></span></span>")]
    [InlineData("see </p>")]
    [InlineData("  ?! ")]
    [InlineData("")]
    public void IsQuestionText_MarkupOrNoWords_False(string text)
    {
        Assert.False(ReportQuestions.IsQuestionText(text));
    }

    [Theory]
    [InlineData("is a level < 5 normal?")]
    [InlineData("what is her2 <3")]
    [InlineData("¿puedo viajar?")]
    public void IsQuestionText_Question_True(string text)
    {
        Assert.True(ReportQuestions.IsQuestionText(text));
    }

    [Fact]
    public void Collapse_MarkupAndNulls_LeftOut()
    {
        Assert.Equal([new QuestionCount("a question", 1)], ReportQuestions.Collapse([null, "<span></span>", "a question"]));
    }
}
