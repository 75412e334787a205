using MbcBot.Bot.Turns;

namespace MbcBot.Bot.Tests.Turns;

public sealed class SuggestedActionLabelTests
{
    [Theory]
    [InlineData("What is stage 4 breast cancer?", "Stage 4 breast cancer")]
    [InlineData("What is metastatic breast cancer?", "Metastatic breast cancer")]
    [InlineData("What are the symptoms of bone metastasis?", "Symptoms of bone…")]
    [InlineData("Can metastatic breast cancer be cured?", "Can metastatic breast…")]
    [InlineData("What is HER2?", "HER2")]
    [InlineData("Tell me about clinical trials", "Clinical trials")]
    public void For_Question_GivesAShortLabel(string question, string expected)
    {
        Assert.Equal(expected, SuggestedActionLabel.For(question));
    }

    [Theory]
    [InlineData("How many women with breast cancer get metastasis?")]
    [InlineData("Supercalifragilisticexpialidocious-and-more-words?")]
    [InlineData("?")]
    public void For_AnyQuestion_FitsTheLimit(string question)
    {
        var label = SuggestedActionLabel.For(question);

        Assert.InRange(label.Length, 1, SuggestedActionLabel.MaxLength);
    }
}
