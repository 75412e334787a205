using MbcBot.Answering.Safety;
using MbcBot.Answering.Semantic;
using MbcBot.Answering.Tests.Testing;
using MbcBot.Answering.Understanding;
using C = MbcBot.Answering.Safety.TriageCategories;

namespace MbcBot.Answering.Tests.Safety;

/// <summary>
/// The rules in union with the triage model. The mechanics run on a model written by hand (<see cref="HandTriageModel"/>):
/// made-up words the rules cannot know, so what the model adds is all that changes. What the shipped model catches
/// is measured on labelled examples by SafetyTableTests.
/// </summary>
public sealed partial class SafetyTriageTests
{
    private static SafetyTriage WithHandModel(
        bool categories = true, ITextCorrector? corrector = null, MessageReader? reader = null,
        Action<SafetyCheckFailure>? failures = null, Action<TriageResult>? escalations = null) =>
        new(corrector, HandTriageModel.Create(categories), reader, failures, escalations);

    [Fact]
    public void Classify_ModelBetweenEmergencyAndConfidentCuts_UnsureEmergencyTheRulesDidNotSee()
    {
        var result = WithHandModel().Classify("I zorble since this morning");

        Assert.Equal(TriageKind.None, Triage.Classify("I zorble since this morning").Kind);
        Assert.Equal(TriageKind.Emergency, result.Kind);
        Assert.False(result.Confident);
        Assert.StartsWith("model: p(emergency) 0.950 >= 0.500 (unsure", result.Reason);
    }

    [Fact]
    public void Classify_ModelAtOrAboveConfidentCut_ConfidentEmergency()
    {
        var result = WithHandModel().Classify("I blorp");

        Assert.Equal(TriageKind.Emergency, result.Kind);
        Assert.True(result.Confident);
        Assert.Contains("(confident)", result.Reason);
    }

    [Fact]
    public void Classify_ModelBelowEmergencyCut_None() =>
        Assert.Equal(TriageResult.None, WithHandModel().Classify("what is a bone scan"));

    [Fact]
    public void Classify_RuleEscalates_RuleVerdictStandsAndIsConfident()
    {
        var result = WithHandModel().Classify("I can't breathe");

        Assert.Equal((TriageKind.Emergency, C.Breathing), (result.Kind, result.Category));
        Assert.True(result.Confident);
        Assert.DoesNotContain("model:", result.Reason);
    }

    [Theory]
    [InlineData("I zorble", C.Crisis)] // the category model is sure
    [InlineData("I blorp", null)]      // it is not: the reply names every number
    public void Classify_ModelEscalation_CategoryOnlyAboveTheCategoryCut(string text, string? category) =>
        Assert.Equal(category, WithHandModel().Classify(text).Category);

    [Fact]
    public void Classify_NoCategoryModel_EscalatesWithNoCategory()
    {
        var result = WithHandModel(categories: false).Classify("I zorble");

        Assert.Equal(TriageKind.Emergency, result.Kind);
        Assert.Null(result.Category);
    }

    [Fact]
    public void Classify_ModelReadsAdviceWhereNoRuleDid_PersonalAdvice()
    {
        var result = WithHandModel().Classify("can I glimfy");

        Assert.Equal((TriageKind.Advice, C.PersonalAdvice), (result.Kind, result.Category));
        Assert.StartsWith("model: p(advice) 0.950 >= 0.500", result.Reason);
    }

    [Fact]
    public void Classify_RuleAdviceAndUnsureModelEmergency_EmergencyKeepingTheAdvice()
    {
        Assert.Equal(TriageKind.Advice, Triage.Classify("should I stop my tamoxifen? I zorble").Kind);

        var result = WithHandModel().Classify("should I stop my tamoxifen? I zorble");

        Assert.Equal(TriageKind.Emergency, result.Kind);
        Assert.False(result.Confident);
        Assert.Equal(TriageKind.Advice, result.Otherwise?.Kind);
    }

    [Fact]
    public void Classify_OtherLanguageAndUnsureModelEmergency_EmergencyKeepingTheLanguageReply()
    {
        var result = WithHandModel().Classify("hola, tengo una pregunta sobre el cáncer de mama zorble");

        Assert.Equal(TriageKind.Emergency, result.Kind);
        Assert.Equal(C.NonEnglish, result.Otherwise?.Category);
    }

    [Fact]
    public void Classify_OtherLanguageModelSilent_OtherLanguageReply() =>
        Assert.Equal(C.NonEnglish, WithHandModel().Classify("hola, tengo una pregunta sobre el cáncer de mama").Category);

    [Fact]
    public void Classify_ConfidentModelEmergency_NothingOtherwise()
    {
        var result = WithHandModel().Classify("I blorp");

        Assert.True(result is { Kind: TriageKind.Emergency, Confident: true }, result.Reason);
        Assert.Null(result.Otherwise);
    }

    [Fact]
    public void Classify_Model_ReadsTheCorrectedText()
    {
        var corrector = new FakeCorrector("zorbel", "zorble");

        Assert.Equal(TriageKind.None, WithHandModel().Classify("I zorbel").Kind);
        Assert.Equal(TriageKind.Emergency, WithHandModel(corrector: corrector, reader: new MessageReader(corrector, null)).Classify("I zorbel").Kind);
    }

    [Fact]
    public void Classify_ModelEscalation_ReportedWithoutText()
    {
        var escalations = new List<TriageResult>();

        WithHandModel(escalations: escalations.Add).Classify("Bartholomew says I zorble");

        var escalation = Assert.Single(escalations);
        Assert.StartsWith("model:", escalation.Reason);
        Assert.DoesNotContain("Bartholomew", escalation.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Classify_ModelThatThrows_FailsClosedAsEmergencyAndReportsIt()
    {
        var failures = new List<SafetyCheckFailure>();
        var triage = WithHandModel(reader: new MessageReader(NoCorrection.Instance, new BrokenEmbedder()), failures: failures.Add);

        var result = triage.Classify("what is a PET scan");

        Assert.Equal(TriageKind.Emergency, result.Kind);
        Assert.Null(result.Category);
        Assert.Contains(failures, f => f.CheckName == nameof(TriageModel) && f.FailedClosedAs == TriageKind.Emergency);
    }

    [Fact]
    public void Constructor_ModelReadingSentenceVectorsWithoutTheSentenceModel_ArgumentException()
    {
        var words = HandTriageModel.Words();
        var vectors = new TriageModel(words with { Features = ["e0", "w:blorp", "w:glimfy"] }, null);

        Assert.True(vectors.ReadsEmbedding);
        Assert.Throws<ArgumentException>(() => new SafetyTriage(null, vectors, null, null, null));
        Assert.Throws<ArgumentException>(() => new SafetyTriage(null, vectors, new MessageReader(NoCorrection.Instance, null), null, null));
    }

    [Fact]
    public void Explain_WithModel_CutsEachPartsProbabilitiesAndNoUserText()
    {
        var explanation = WithHandModel().Explain("Bartholomew is fine. But I zorble now.");

        Assert.Contains("triage: Emergency crisis (model: p(emergency)", explanation);
        Assert.Contains("model cuts: emergency 0.500 (a safety note), confident 0.990 (the escalation alone), advice 0.500, category 0.80", explanation);
        Assert.Contains("whole   p(emergency) 0.950", explanation);
        Assert.Matches(@"part 1 +p\(emergency\) 0\.045", explanation);
        Assert.Matches(@"part 2 +p\(emergency\) 0\.950", explanation);
        Assert.Contains("categories of the strongest part: crisis 0.993, breathing 0.007", explanation);
        Assert.DoesNotContain("bartholomew", explanation, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("zorble", explanation, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Explain_RuleFired_ShowsTheModelToo()
    {
        var explanation = WithHandModel().Explain("I can't breathe");

        Assert.Contains("triage: Emergency breathing", explanation);
        Assert.Contains("model cuts:", explanation);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t")]
    [InlineData("?!...")]
    [InlineData("\uD83D\uDE00\uD83D\uDE00")]
    public void Classify_ShippedModelMessageWithNoWord_None(string text) =>
        // Regression: a blank message got the model's prior (above the emergency cut) and a 911 note before the help text.
        Assert.Equal(TriageResult.None, TestAnswerServices.Triage.Classify(text));

    [Fact]
    public void Classify_ShippedModelManyThreads_SameVerdicts()
    {
        var triage = TestAnswerServices.Triage;
        Assert.NotNull(triage.Model);
        string[] texts = ["I can't breathe", "what is letrozole", "should I stop my tamoxifen", "my mum is not making sense and keeps nodding off", "thanks"];
        var expected = texts.Select(triage.Classify).ToArray();

        Parallel.For(0, 200, i => Assert.Equal(expected[i % texts.Length], triage.Classify(texts[i % texts.Length])));
    }

    /// <summary>The sentence model failing after start-up.</summary>
    private sealed class BrokenEmbedder : ISentenceEmbedder
    {
        public int Dimensions => 384;

        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("model gone");
    }
}
