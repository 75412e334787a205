using MbcBot.Answering.Options;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Tests.Testing;
using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Tests.Retrieval;

/// <summary>
/// The decision's mechanics on a tiny corpus with hand-written answer models (<see cref="StepAnswerModel"/>): the
/// model's probability orders the candidates and the two cuts give the three outcomes. What the shipped model decides
/// on the real corpus is measured by AnswerConfidenceTests, OwnQuestionsTests and DevSetTests.
/// </summary>
public sealed class AnswerFinderDecideTests
{
    private static readonly MbcBot.Ingestion.Corpus Tiny = TestCorpora.InMemory(
        ("Jaundice", "Jaundice makes the skin and the eyes look yellow when the liver is affected.", ["What is jaundice?"]),
        ("Bone metastasis", "Breast cancer that spreads to the bones can cause bone pain and fractures.",
            ["What are the symptoms of bone metastasis?"]));

    private static readonly UncoveredTopics Uncovered = UncoveredTopics.Parse(
        ["[money]", "words: cost, price", "[one-drug]", "words: letrozole"], "t");

    private static readonly PassageRetriever Retriever =
        PassageRetriever.Build(Tiny, TestCorpora.PlainAnalyzer, new RetrievalOptions(), uncovered: Uncovered);

    /// <summary>Answers a candidate holding more than half of the question's topic words (p 0.9), else p 0.1.</summary>
    private static AnswerModel ByCoverage(double answerCut = 0.5, double clarifyCut = 0.3) =>
        StepAnswerModel.On("coverage", 0.5, below: 0.1, above: 0.9, answerCut, clarifyCut);

    private static AnswerFinder Finder(AnswerModel? model = null, ITextCorrector? corrector = null, int cacheSize = AnswerFinder.DefaultCacheSize) =>
        new(new SafetyTriage(), new MessageReader(corrector ?? NoCorrection.Instance, null), Retriever, model ?? ByCoverage(), cacheSize);

    [Fact]
    public void Decide_ProbabilityAtOrAboveTheAnswerCut_AnswerWithBandHigh()
    {
        var decision = Finder().Decide("what is jaundice");

        Assert.Equal(Outcome.Answer, decision.Outcome);
        Assert.Equal("Jaundice", decision.Result.Best!.Value.Passage.Heading);
        Assert.Equal("high", decision.Band);
        Assert.Equal("p 0.900 >= answer cut 0.500", decision.Reason);
    }

    [Fact]
    public void Decide_OtherPassagesWords_ThatPassage() =>
        Assert.Equal("Bone metastasis", Finder().Decide("symptoms of bone metastasis").Result.Best!.Value.Passage.Heading);

    [Fact]
    public void Decide_Candidates_OrderedByTheModelsProbabilityNotByBm25()
    {
        // This model prefers the candidate that is NOT BM25's best: the order must follow the model.
        var model = StepAnswerModel.On("bm25-top", 0.5, below: 0.8, above: 0.2);
        var bm25Best = Finder(ByCoverage(0, 0)).Decide("jaundice bone bones pain fractures").Result.Hits
            .OrderByDescending(h => h.Score).First().Passage.Heading;

        var decision = Finder(model).Decide("jaundice bone bones pain fractures");

        Assert.Equal(2, decision.Result.Hits.Count);
        Assert.NotEqual(bm25Best, decision.Result.Best!.Value.Passage.Heading);
        Assert.Equal([0.8, 0.2], decision.Result.Hits.Select(h => Math.Round(h.Probability, 6)));
        Assert.Equal(decision.Result.Hits[0].Probability, decision.Result.Confidence);
    }

    [Fact]
    public void Decide_ProbabilityBetweenTheCuts_ClarifyWithBandMedium()
    {
        var decision = Finder(ByCoverage(answerCut: 0.95, clarifyCut: 0.5)).Decide("what is jaundice");

        Assert.Equal(Outcome.Clarify, decision.Outcome);
        Assert.Equal("medium", decision.Band);
        Assert.Equal("Jaundice", decision.Result.Best!.Value.Passage.Heading);
        Assert.Equal("p 0.900 in [clarify cut 0.500, answer cut 0.950)", decision.Reason);
    }

    [Fact]
    public void Decide_ProbabilityBelowBothCuts_NotCoveredWithTheResultKept()
    {
        var decision = Finder(ByCoverage(answerCut: 0.99, clarifyCut: 0.95)).Decide("what is jaundice");

        Assert.Equal(Outcome.NotCovered, decision.Outcome);
        Assert.Equal("low", decision.Band);
        Assert.NotNull(decision.Result.Best);
        Assert.Equal("p 0.900 < clarify cut 0.950", decision.Reason);
    }

    [Fact]
    public void Decide_ProbabilityExactlyAtACut_TheHigherOutcome()
    {
        var p = Finder().Decide("what is jaundice").Result.Confidence;

        Assert.Equal(Outcome.Answer, Finder(ByCoverage(answerCut: p, clarifyCut: 0.3)).Decide("what is jaundice").Outcome);
        Assert.Equal(Outcome.Clarify, Finder(ByCoverage(answerCut: Math.BitIncrement(p), clarifyCut: p)).Decide("what is jaundice").Outcome);
        Assert.Equal(Outcome.NotCovered, Finder(ByCoverage(answerCut: 1, clarifyCut: Math.BitIncrement(p))).Decide("what is jaundice").Outcome);
    }

    [Theory]
    [InlineData("how much does jaundice treatment cost")]
    [InlineData("what is the PRICE of a bone scan")]
    [InlineData("does letrozole cause jaundice")]
    public void Decide_NamesAnUncoveredWord_TheModelReadsTheSignal(string question)
    {
        // The word no longer decides by itself: it is a signal, and this model says "not covered" when it is set.
        var model = StepAnswerModel.On("uncovered-word", 0.5, below: 0.9, above: 0.05);

        var decision = Finder(model).Decide(question);

        Assert.Equal(Outcome.NotCovered, decision.Outcome);
        Assert.NotEmpty(decision.Result.Hits);
        Assert.True(decision.Result.Question.NamesUncoveredKind);
    }

    [Fact]
    public void Decide_UncoveredWordInsideAnotherWord_SignalNotSet()
    {
        var decision = Finder(StepAnswerModel.On("uncovered-word", 0.5, below: 0.9, above: 0.05)).Decide("what is jaundice costume");

        Assert.Equal(Outcome.Answer, decision.Outcome);
        Assert.False(decision.Result.Question.NamesUncoveredKind);
    }

    [Theory]
    [InlineData("what are the symptoms of lung cancer", true)]
    [InlineData("how is prostate cancer treated", true)]
    [InlineData("can breast cancer spread to the bones", false)]
    public void Decide_AnotherCancer_OtherCancerSignal(string question, bool otherCancer)
    {
        var model = StepAnswerModel.On("other-cancer", 0.5, below: 0.9, above: 0.05);

        var decision = Finder(model).Decide(question);

        Assert.Equal(otherCancer, decision.Result.Question.OtherCancer);
        Assert.Equal(otherCancer ? Outcome.NotCovered : Outcome.Answer, decision.Outcome);
    }

    [Fact]
    public void Decide_NoMatchingWordAndNoModel_NotCoveredNoPassageMatches()
    {
        var decision = Finder().Decide("sourdough bread recipe");

        Assert.Equal(Outcome.NotCovered, decision.Outcome);
        Assert.Equal("no passage matches", decision.Reason);
        Assert.Empty(decision.Result.Hits);
    }

    [Fact]
    public void Decide_CorrectorRunsFirst_CorrectedQuestionDecided()
    {
        var finder = Finder(corrector: new ReplaceCorrector("jondis", "jaundice"));

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
        var finder = Finder(corrector: counting, cacheSize: 16);

        var decisions = Enumerable.Range(0, 4).Select(_ => finder.Decide("what is jaundice")).ToList();

        Assert.Equal(2, counting.Calls);
        Assert.All(decisions, d => Assert.Equal("Jaundice", d.Result.Best!.Value.Passage.Heading));
        Assert.Same(decisions[1], decisions[3]);
    }

    [Fact]
    public void Pin_OfferedQuestions_DecidedOnceAndKeptWhateverElseIsAsked()
    {
        var counting = new CountingCorrector();
        var finder = Finder(corrector: counting, cacheSize: 2);

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

    private sealed class CountingCorrector : ITextCorrector
    {
        private int _calls;

        public int Calls => _calls;

        public string Correct(string text)
        {
            Interlocked.Increment(ref _calls);
            return text;
        }
    }

    private sealed class ReplaceCorrector(string from, string to) : ITextCorrector
    {
        public string Correct(string text) => text.Replace(from, to, StringComparison.Ordinal);
    }
}
