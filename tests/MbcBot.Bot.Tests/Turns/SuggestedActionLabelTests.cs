using MbcBot.Bot.Turns;

namespace MbcBot.Bot.Tests.Turns;

public sealed class SuggestedActionLabelTests
{
    [Theory]
    [InlineData("What is stage 4 breast cancer?", "Stage 4 breast cancer")]
    [InlineData("What is metastatic breast cancer?", "Metastatic breast cancer")]
    [InlineData("What are the symptoms of bone metastasis?", "Symptoms of bone metastasis")]
    [InlineData("What is HER2?", "HER2")]
    [InlineData("Tell me about clinical trials", "Clinical trials")]
    [InlineData("What is the difference between metastatic and recurrent breast cancer?", "Difference between metastatic and recurrent breast cancer")]
    public void For_DefinitionQuestion_DropsThePrefix(string question, string expected)
    {
        Assert.Equal(expected, SuggestedActionLabel.For(question));
    }

    [Theory]
    [InlineData("What does the word metastatic mean?")]
    [InlineData("Can metastatic breast cancer be cured?")]
    [InlineData("How many women with breast cancer get metastasis?")]
    [InlineData("?")]
    public void For_OtherQuestion_IsTheWholeQuestion(string question)
    {
        Assert.Equal(question, SuggestedActionLabel.For(question));
    }

    [Theory]
    [InlineData("What does the word metastatic mean?")]
    [InlineData("How many women with breast cancer get metastasis?")]
    [InlineData("What are the most common places for breast cancer to metastasize?")]
    public void For_AnyQuestion_IsNeverCut(string question)
    {
        var label = SuggestedActionLabel.For(question);

        Assert.DoesNotContain("…", label, StringComparison.Ordinal);
        Assert.EndsWith(question.TrimEnd('?').Split(' ')[^1], label.TrimEnd('?'), StringComparison.Ordinal);
    }
}
