using MbcBot.Answering.Options;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Tests.Testing;
using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Tests.Retrieval;

/// <summary>
/// The contract: every question offered is one the bot answers. First on a tiny corpus (what the start-up check keeps
/// and drops), then on the real service for many answers, advice and no-answer replies.
/// </summary>
public sealed class FollowUpQuestionsTests
{
    private static readonly MbcBot.Ingestion.Corpus Tiny = TestCorpora.InMemory(
        ("Jaundice", "Jaundice makes the skin and the eyes look yellow when the liver is affected.",
            ["What is jaundice?", "I can't breathe right now"]),
        ("Bone pain", "Cancer in the bones can cause pain and fractures.", ["Why do bones hurt?"]),
        ("Chemotherapy", "Chemotherapy uses drugs to kill fast-growing cells.",
            ["How does chemotherapy work?", "What is jaundice?"]),
        ("Lung metastasis", "Cancer in the lungs can cause a cough and breathing difficulty.", ["Why do I cough?"]));

    private static readonly PassageRetriever TinyRetriever =
        PassageRetriever.Build(Tiny, TestCorpora.PlainAnalyzer, new RetrievalOptions());

    /// <summary>Answers a candidate holding more than half of the question's topic words (<see cref="StepAnswerModel"/>).</summary>
    private static AnswerFinder TinyFinder(double answerCut = 0.5) => new(
        new SafetyTriage(),
        new MessageReader(NoCorrection.Instance, null),
        TinyRetriever,
        StepAnswerModel.On("coverage", 0.5, below: 0.1, above: 0.9, answerCut, clarifyCut: 0.3));

    private static FollowUpQuestions TinyFollowUps(int count) => FollowUpQuestions.Build(Tiny, TinyFinder(), TinyRetriever, count);

    /// <summary>The decided (ordered) result, as the answer service hands it to the follow-ups.</summary>
    private static RetrievalResult TinyDecided(string question) => TinyFinder(answerCut: 0).Decide(question).Result;

    [Fact]
    public void Build_CuratedQuestions_KeepsOnlyPlainQuestionsAnsweredByTheirOwnPassage()
    {
        var followUps = TinyFollowUps(3);

        // Dropped: an emergency ("can't breathe"), and "What is jaundice?" under Chemotherapy (retrieval answers it
        // with the Jaundice passage).
        Assert.Equal(["What is jaundice?", "Why do bones hurt?", "How does chemotherapy work?", "Why do I cough?"], followUps.All);
        Assert.Equal(4, followUps.AnswerableCount);
        Assert.False(followUps.IsAnswerable("I can't breathe right now"));
        Assert.True(followUps.IsAnswerable("Why do bones hurt?"));
        Assert.False(followUps.IsAnswerable("why do bones hurt?")); // exact text only
    }

    [Fact]
    public void Build_AnswerCutAboveEveryProbability_KeepsNothing() =>
        Assert.Equal(0, FollowUpQuestions.Build(Tiny, TinyFinder(answerCut: 0.95), TinyRetriever, 3).AnswerableCount);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void After_Answer_AtMostCountDistinctQuestionsNeverTheAnsweredPassages(int count)
    {
        var result = TinyDecided("yellow skin and jaundice");
        Assert.Equal("doc#1", result.Best!.Value.Passage.Id);

        var offered = TinyFollowUps(count).After("yellow skin and jaundice", result);

        Assert.Equal(count, offered.Count);
        Assert.Equal(offered.Count, offered.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.DoesNotContain("What is jaundice?", offered);
    }

    [Fact]
    public void After_Answer_NextHitsOfTheSearchComeFirst()
    {
        // "cancer" and "cough": the lung passage answers; the bone passage (also "cancer") is the next hit.
        var result = TinyDecided("cancer cough");

        Assert.Equal("doc#4", result.Best!.Value.Passage.Id);
        Assert.Equal("Why do bones hurt?", TinyFollowUps(1).After("cancer cough", result)[0]);
    }

    [Theory]
    [InlineData("What is metastatic breast cancer?")]
    [InlineData("what are the symptoms of liver metastasis")]
    [InlineData("how is metastatic breast cancer diagnosed")]
    public void After_RealCorpus_NeverOffersTheSameQuestionAgain(string question)
    {
        var result = RealRetrieval.Finder.Decide(question).Result;

        var offered = RealRetrieval.FollowUps.After(question, result);

        Assert.NotEmpty(offered);
        Assert.All(offered, q => Assert.True(
            RealRetrieval.Retriever.Similarity(RealRetrieval.Retriever.Topic(question), RealRetrieval.Retriever.Topic(q)) < 0.8, $"\"{q}\" asks \"{question}\" again"));
    }

    [Fact]
    public void ForTopicOf_NoHits_Nothing() => Assert.Empty(TinyFollowUps(3).ForTopicOf(RetrievalResult.None));

    [Fact]
    public void ForTopicOf_Hits_IncludesTheBestPassagesOwnQuestion() =>
        Assert.Equal("What is jaundice?", TinyFollowUps(3).ForTopicOf(TinyDecided("jaundice"))[0]);

    /// <summary>
    /// The contract for every answer the real bot gives to the configured examples and the calibration table's
    /// questions (those it answers: how many it does is AnswerConfidenceTests' measure): 2–3 distinct follow-up
    /// questions, each answered with another passage.
    /// </summary>
    [Fact]
    public void After_RealAnswers_TwoOrThreeDistinctQuestionsEachAnsweredWithAnotherPassage()
    {
        var service = TestAnswerServices.Real;
        var questions = TestAnswerServices.Answering.ExampleQuestions.Concat(AnswerConfidenceTests.InCorpus.Select(r => r.Data.Item2));
        var checkedAnswers = 0;
        foreach (var question in questions)
        {
            var reply = service.Answer(question);
            if (reply.Kind != ReplyKind.Answer) continue;
            checkedAnswers++;

            Assert.InRange(reply.SuggestedQuestions.Count, 2, 3);
            Assert.Equal(reply.SuggestedQuestions.Count, reply.SuggestedQuestions.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            foreach (var suggestion in reply.SuggestedQuestions)
            {
                Assert.NotEqual(question, suggestion, StringComparer.OrdinalIgnoreCase);
                var next = service.Answer(suggestion);
                Assert.True(next.Kind == ReplyKind.Answer, $"\"{suggestion}\" (offered after \"{question}\") got {next.Kind}");
                Assert.NotEqual(reply.Source!.PassageId, next.Source!.PassageId);
            }
        }

        Assert.True(checkedAnswers >= 30, $"only {checkedAnswers} answers to check");
    }

    [Theory]
    [InlineData("Should I stop taking my tamoxifen?")]
    [InlineData("Can you read my MRI results and tell me if the cancer spread?")]
    [InlineData("Should I switch from chemo to hormone therapy?")]
    [InlineData("Should I double my dose of letrozole?")]
    public void ForTopicOf_RealAdvice_OffersOnlyAnswerableQuestionsAndNoSource(string question)
    {
        var service = TestAnswerServices.Real;
        var reply = service.Answer(question);
        Assert.Equal(ReplyKind.Advice, reply.Kind);
        Assert.Null(reply.Source);

        Assert.InRange(reply.SuggestedQuestions.Count, 0, 3);
        Assert.All(reply.SuggestedQuestions, s => Assert.Equal(ReplyKind.Answer, service.Answer(s).Kind));
    }

    [Theory]
    [InlineData("What's the weather like in Boston tomorrow?")]
    [InlineData("Is leukemia curable?")]
    [InlineData("How much does chemotherapy cost?")]
    public void NoAnswer_Real_OffersTheConfiguredExampleQuestions(string question)
    {
        var reply = TestAnswerServices.Real.Answer(question);

        Assert.Equal(ReplyKind.NoAnswer, reply.Kind);
        Assert.Equal(TestAnswerServices.Answering.ExampleQuestions, reply.SuggestedQuestions);
        Assert.All(reply.SuggestedQuestions, s => Assert.Equal(ReplyKind.Answer, TestAnswerServices.Real.Answer(s).Kind));
    }

    [Fact]
    public void All_RealCorpus_EveryKeptQuestionIsAnsweredByTheServiceWithItsOwnPassage()
    {
        var byQuestion = TestCorpora.Real.Passages
            .SelectMany(p => p.Questions.Select(q => (Question: q, Passage: p.Id)))
            .ToLookup(x => x.Question, x => x.Passage);

        Assert.NotEmpty(RealRetrieval.FollowUps.All);
        foreach (var question in RealRetrieval.FollowUps.All)
        {
            var reply = TestAnswerServices.Real.Answer(question);
            Assert.True(reply.Kind == ReplyKind.Answer, $"\"{question}\" got {reply.Kind}");
            Assert.Contains(reply.Source!.PassageId, byQuestion[question]);
        }
    }

    [Fact]
    public void Build_RealCorpus_AtLeastNineInTenCuratedQuestionsPassTheCheck()
    {
        var curated = TestCorpora.Real.Passages.Sum(p => p.Questions.Count);
        var dropped = TestCorpora.Real.Passages.SelectMany(p => p.Questions).Where(q => !RealRetrieval.FollowUps.IsAnswerable(q));

        Assert.True(RealRetrieval.FollowUps.AnswerableCount >= 0.9 * curated,
            $"{RealRetrieval.FollowUps.AnswerableCount} of {curated} kept; dropped: {string.Join(" | ", dropped)}");
    }
}
