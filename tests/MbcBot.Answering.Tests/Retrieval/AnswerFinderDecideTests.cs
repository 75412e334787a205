using MbcBot.Answering.Options;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Tests.Testing;

namespace MbcBot.Answering.Tests.Retrieval;

public sealed class AnswerFinderDecideTests
{
    private static readonly MbcBot.Ingestion.Corpus Tiny = TestCorpora.InMemory(
        ("Jaundice", "Jaundice makes the skin and the eyes look yellow when the liver is affected.", ["What is jaundice?"]),
        ("Bone metastasis", "Breast cancer that spreads to the bones can cause bone pain and fractures.",
            ["What are the symptoms of bone metastasis?"]));

    private static readonly PassageRetriever Retriever =
        PassageRetriever.Build(Tiny, TestCorpora.PlainAnalyzer, new RetrievalOptions());

    private static readonly UncoveredTopics Uncovered = UncoveredTopics.Parse(
        ["[money]", "words: cost, price", "How much does a scan cost?", "[one-drug]", "words: letrozole", "Does letrozole hurt?"], "t");

    private static AnswerFinder Finder(double answer = 0.5, double clarify = 0.3) =>
        new(new SafetyTriage(), NoCorrection.Instance, Retriever, new DecisionThresholds(answer, clarify, 0.1, null), Uncovered);

    [Fact]
    public void Decide_QuestionMadeOfAPassagesWords_Answer()
    {
        var decision = Finder().Decide("what is jaundice");

        Assert.Equal(Outcome.Answer, decision.Outcome);
        Assert.Equal("Jaundice", decision.Result.Best!.Value.Passage.Heading);
        Assert.Equal("high", decision.Band);
        Assert.StartsWith("confidence ", decision.Reason);
    }

    [Fact]
    public void Decide_OtherPassagesWords_ThatPassage() =>
        Assert.Equal("Bone metastasis", Finder().Decide("symptoms of bone metastasis").Result.Best!.Value.Passage.Heading);

    [Theory]
    [InlineData("how much does jaundice treatment cost", "money")]
    [InlineData("what is the PRICE of a bone scan", "money")]
    [InlineData("does letrozole cause jaundice", "one-drug")]
    public void Decide_NamesAnUncoveredWord_NotCoveredWithTheKind(string question, string kind)
    {
        var decision = Finder().Decide(question);

        Assert.Equal(Outcome.NotCovered, decision.Outcome);
        Assert.Contains(kind, decision.Reason);
        Assert.Equal("low", decision.Band);
        Assert.Null(decision.Result.Best);
    }

    [Fact]
    public void Decide_UncoveredWordInsideAnotherWord_NotThatKind()
    {
        var decision = Finder(answer: 0.0, clarify: 0.0).Decide("what is jaundice costume");

        Assert.Equal(Outcome.Answer, decision.Outcome);
        Assert.DoesNotContain("money", decision.Reason);
    }

    [Theory]
    [InlineData("what are the symptoms of lung cancer")]
    [InlineData("how is prostate cancer treated")]
    public void Decide_AnotherCancer_NotCovered(string question)
    {
        var decision = Finder().Decide(question);

        Assert.Equal(Outcome.NotCovered, decision.Outcome);
        Assert.Equal("another cancer, not breast cancer", decision.Reason);
        Assert.Equal("low", decision.Band);
    }

    [Fact]
    public void Decide_NoMatchingWord_NotCovered()
    {
        var decision = Finder().Decide("sourdough bread recipe");

        Assert.Equal(Outcome.NotCovered, decision.Outcome);
        Assert.Equal("no passage matches", decision.Reason);
    }

    [Fact]
    public void Decide_ConfidenceBetweenTheCuts_ClarifyWithBandMedium()
    {
        var decision = Finder(answer: 1.01, clarify: 0.0).Decide("what is jaundice");

        Assert.Equal(Outcome.Clarify, decision.Outcome);
        Assert.Equal("medium", decision.Band);
        Assert.NotNull(decision.Result.Best);
    }

    [Fact]
    public void Decide_ConfidenceBelowBothCuts_NotCoveredWithTheResult()
    {
        var decision = Finder(answer: 1.01, clarify: 1.01).Decide("what is jaundice");

        Assert.Equal(Outcome.NotCovered, decision.Outcome);
        Assert.Equal("low", decision.Band);
        Assert.NotNull(decision.Result.Best);
        Assert.StartsWith("confidence ", decision.Reason);
    }

    [Fact]
    public void Decide_CorrectorRunsFirst_CorrectedQuestionDecided()
    {
        var finder = new AnswerFinder(
            new SafetyTriage(), new ReplaceCorrector("jondis", "jaundice"), Retriever, new DecisionThresholds(0.5, 0.3, 0.1, null), Uncovered);

        var decision = finder.Decide("what is jondis");

        Assert.Equal(Outcome.Answer, decision.Outcome);
        Assert.Equal("Jaundice", decision.Result.Best!.Value.Passage.Heading);
        Assert.Equal("what is jaundice", finder.Correct("what is jondis"));
    }

    [Theory]
    [InlineData(nameof(Outcome.Answer), "high")]
    [InlineData(nameof(Outcome.Clarify), "medium")]
    [InlineData(nameof(Outcome.NotCovered), "low")]
    public void Band_ByOutcome(string outcome, string band) =>
        Assert.Equal(band, new Decision(Enum.Parse<Outcome>(outcome), RetrievalResult.None, "r").Band);

    [Fact]
    public void NotCovered_WithoutResult_NoneAndTheReason()
    {
        var decision = Decision.NotCovered("why");

        Assert.Equal(Outcome.NotCovered, decision.Outcome);
        Assert.Same(RetrievalResult.None, decision.Result);
        Assert.Equal("why", decision.Reason);
    }

    [Fact]
    public void Decide_TextAskedAgain_ComputedTwiceThenKept()
    {
        // Kept from its second time (one-off texts never enter the cache): the corrector runs once per computation.
        var counting = new CountingCorrector();
        var finder = Finder(counting, cacheSize: 16);

        var decisions = Enumerable.Range(0, 4).Select(_ => finder.Decide("what is jaundice")).ToList();

        Assert.Equal(2, counting.Calls);
        Assert.All(decisions, d => Assert.Equal("Jaundice", d.Result.Best!.Value.Passage.Heading));
        Assert.Same(decisions[1], decisions[3]);
    }

    [Fact]
    public void Pin_OfferedQuestions_DecidedOnceAndKeptWhateverElseIsAsked()
    {
        var counting = new CountingCorrector();
        var finder = Finder(counting, cacheSize: 2);

        Assert.Equal(2, finder.Pin(["What is jaundice?", "What are the symptoms of bone metastasis?", "What is jaundice?"]));
        var pinned = finder.Decide("What is jaundice?");
        for (var i = 0; i < 50; i++)
        {
            finder.Decide($"bone pain {i}");
            finder.Decide($"bone pain {i}");
        }

        var calls = counting.Calls;
        Assert.Same(pinned, finder.Decide("What is jaundice?"));
        Assert.Equal("Bone metastasis", finder.Decide("What are the symptoms of bone metastasis?").Result.Best!.Value.Passage.Heading);
        Assert.Equal(calls, counting.Calls);
        Assert.Equal(2 + 100, calls);
    }

    [Fact]
    public void Pin_Decision_SameAsComputed()
    {
        var pinning = Finder();
        pinning.Pin(["symptoms of bone metastasis"]);

        var pinned = pinning.Decide("symptoms of bone metastasis");
        var computed = Finder().Decide("symptoms of bone metastasis");

        Assert.Equal(computed.Outcome, pinned.Outcome);
        Assert.Equal(computed.Reason, pinned.Reason);
        Assert.Equal(computed.Result.Hits, pinned.Result.Hits);
    }

    private static AnswerFinder Finder(CountingCorrector corrector, int cacheSize) =>
        new(new SafetyTriage(), corrector, Retriever, new DecisionThresholds(0.5, 0.3, 0.1, null), Uncovered, cacheSize);

    private sealed class CountingCorrector : MbcBot.Answering.Understanding.ITextCorrector
    {
        private int _calls;

        public int Calls => _calls;

        public string Correct(string text)
        {
            Interlocked.Increment(ref _calls);
            return text;
        }
    }

    private sealed class ReplaceCorrector(string from, string to) : MbcBot.Answering.Understanding.ITextCorrector
    {
        public string Correct(string text) => text.Replace(from, to, StringComparison.Ordinal);
    }
}
