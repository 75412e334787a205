using MbcBot.Answering.Options;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Tests.Testing;

namespace MbcBot.Answering.Tests.Retrieval;

public sealed class AnswerFinderTests
{
    private static readonly MbcBot.Ingestion.Corpus Tiny = TestCorpora.InMemory(
        ("Jaundice", "Jaundice makes the skin and the eyes look yellow when the liver is affected.", ["What is jaundice?"]),
        ("Lung cancer and breast cancer", "Breast cancer in the lungs is still breast cancer, not lung cancer.",
            ["Is it lung cancer?"]));

    private static readonly PassageRetriever Retriever =
        PassageRetriever.Build(Tiny, TestCorpora.PlainAnalyzer, new RetrievalOptions());

    private static AnswerFinder Finder(double minConfidence = 0.5) => new(new SafetyTriage(), NoCorrection.Instance, Retriever, minConfidence);

    [Fact]
    public void Find_CoveredQuestion_ReturnsTheConfidentResult()
    {
        var result = Finder().Find("what is jaundice");

        Assert.NotNull(result);
        Assert.Equal("Jaundice", result.Best!.Value.Passage.Heading);
        Assert.True(result.Confidence >= 0.5);
    }

    [Fact]
    public void Find_ConfidenceBelowTheCut_Null() => Assert.Null(Finder(minConfidence: 1.01).Find("what is jaundice"));

    [Fact]
    public void Find_NoMatchingWord_Null() => Assert.Null(Finder().Find("sourdough bread recipe"));

    [Fact]
    public void Find_OtherCancerWithoutBreastContext_NullEvenThoughWordsMatch()
    {
        Assert.NotNull(Retriever.Retrieve("lung cancer").Best);
        Assert.Null(Finder().Find("lung cancer"));
    }

    [Fact]
    public void AnsweringPassage_PlainQuestion_ThePassage() =>
        Assert.Equal("Jaundice", Finder().AnsweringPassage("What is jaundice?")!.Value.Passage.Heading);

    [Theory]
    [InlineData("I can't breathe and my skin is yellow with jaundice")] // emergency
    [InlineData("Should I stop my tamoxifen because of jaundice?")] // advice
    [InlineData("hello")] // small talk
    public void AnsweringPassage_NotAPlainQuestion_Null(string question) =>
        Assert.Null(Finder().AnsweringPassage(question));
}
