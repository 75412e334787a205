using MbcBot.Answering.Options;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Tests.Testing;
using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Tests.Retrieval;

public sealed class AnswerFinderTests
{
    private static readonly MbcBot.Ingestion.Corpus Tiny = TestCorpora.InMemory(
        ("Jaundice", "Jaundice makes the skin and the eyes look yellow when the liver is affected.", ["What is jaundice?"]),
        ("Lung cancer and breast cancer", "Breast cancer in the lungs is still breast cancer, not lung cancer.",
            ["Is it lung cancer?"]));

    private static readonly PassageRetriever Retriever =
        PassageRetriever.Build(Tiny, TestCorpora.PlainAnalyzer, new RetrievalOptions());

    /// <summary>Answers a candidate holding more than half of the question's topic words, unless it names another cancer.</summary>
    private static AnswerFinder Finder(double answerCut = 0.5) => new(
        new SafetyTriage(),
        new MessageReader(NoCorrection.Instance, null),
        Retriever,
        new AnswerModel(StepAnswerModel.File("coverage", 0.5, below: 0.1, above: 0.9, answerCut, clarifyCut: 0.3), topic: null));

    [Fact]
    public void Find_CoveredQuestion_ReturnsTheConfidentResult()
    {
        var result = Finder().Find("what is jaundice");

        Assert.NotNull(result);
        Assert.Equal("Jaundice", result.Best!.Value.Passage.Heading);
        Assert.True(result.Confidence >= 0.5);
    }

    [Fact]
    public void Find_ProbabilityBelowTheAnswerCut_Null() => Assert.Null(Finder(answerCut: 0.95).Find("what is jaundice"));

    [Fact]
    public void Find_NoMatchingWord_Null() => Assert.Null(Finder().Find("sourdough bread recipe"));

    [Fact]
    public void AnsweringPassage_PlainQuestion_ThePassage() =>
        Assert.Equal("Jaundice", Finder().AnsweringPassage("What is jaundice?")!.Value.Passage.Heading);

    [Theory]
    [InlineData("I can't breathe and my skin is yellow with jaundice")] // emergency
    [InlineData("Should I stop my tamoxifen because of jaundice?")] // advice
    public void AnsweringPassage_NotAPlainQuestion_Null(string question)
    {
        // A decision that answers whatever BM25 ranks first would answer it: the triage is what keeps it from being offered.
        var finder = new AnswerFinder(
            new SafetyTriage(), new MessageReader(NoCorrection.Instance, null), Retriever, StepAnswerModel.On("bm25-top", 0.5, below: 0.1, above: 0.9));
        Assert.NotNull(finder.Find(question));

        Assert.Null(finder.AnsweringPassage(question));
    }
}
