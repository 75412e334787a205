using System.Text.RegularExpressions;
using MbcBot.Answering.Safety;
using C = MbcBot.Answering.Safety.TriageCategories;

namespace MbcBot.Answering.Tests.Safety;

public sealed partial class SafetyTriageTests
{
    private static readonly SafetyTriage Triage = new();

    public static TheoryData<string> HostileInputs => new()
    {
        string.Empty,
        "   \t\n  ",
        new string('a', 1_000_000),
        string.Concat(Enumerable.Repeat("can't breathe? no. ", 60_000)),
        "😀😀😀 🎗️💗",
        "\u202Eerht aerb t'nac I\u202C",
        "\u200B\u200C\u200D\uFEFF",
        "nul\0bytes\0everywhere\0",
        "\uD800 lone high surrogate and lone low \uDC00",
        "مرحبا كيف حالك",
        new string('(', 5000) + new string('?', 5000),
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Classify_HostileInput_NeverThrows(string text)
    {
        var result = Triage.Classify(text);

        Assert.NotNull(result);
        Assert.True(Enum.IsDefined(result.Kind));
    }

    [Fact]
    public void Classify_Null_IsNone() => Assert.Equal(TriageKind.None, Triage.Classify(null!).Kind);

    [Theory]
    [InlineData("I can\u2019t breathe", C.Breathing)]
    [InlineData("I can\u200Bt brea\u200Bthe", C.Breathing)]
    [InlineData("ＩＭ ＶＯＭＩＴＩＮＧ ＢＬＯＯＤ", C.Bleeding)]
    [InlineData("my   wife\u00A0is\thaving a\u3000seizure", C.Seizure)]
    [InlineData("hi\n\nmy wife is having a seizure", C.Seizure)]
    public void Classify_ObfuscatedEmergency_StillEmergency(string text, string category)
    {
        var result = Triage.Classify(text);

        Assert.Equal(TriageKind.Emergency, result.Kind);
        Assert.Equal(category, result.Category);
    }

    [Fact]
    public void Classify_EmergencyAndAdvice_EmergencyWins()
    {
        var result = Triage.Classify("should I stop my tamoxifen? I'm coughing up blood");

        Assert.Equal(TriageKind.Emergency, result.Kind);
        Assert.Equal(C.Bleeding, result.Category);
    }

    [Fact]
    public void Classify_AdviceWithGreeting_AdviceWins() =>
        Assert.Equal(TriageKind.Advice, Triage.Classify("hi, should I stop my letrozole?").Kind);

    [Fact]
    public void Classify_GreetingThenQuestion_IsNone() =>
        Assert.Equal(TriageKind.None, Triage.Classify("hi, what is metastatic breast cancer?").Kind);

    [Fact]
    public void Classify_GreetingThenEmergency_IsEmergency() =>
        Assert.Equal(TriageKind.Emergency, Triage.Classify("hello, I can't breathe").Kind);

    [Theory]
    [InlineData("hello")]
    [InlineData("thanks, that helped")]
    public void Classify_SmallTalk_IsNoneTheActModelReadsIt(string text) =>
        // Greetings and thanks are dialogue acts now (ActModel), read after the triage; the rules have no small talk.
        Assert.Equal(TriageKind.None, Triage.Classify(text).Kind);

    [Fact]
    public void Classify_OtherLanguage_SmallTalkNonEnglish()
    {
        var result = Triage.Classify("hola, tengo una pregunta sobre el cáncer de mama de mi madre");

        Assert.Equal((TriageKind.SmallTalk, C.NonEnglish), (result.Kind, result.Category));
    }

    [Fact]
    public void Classify_EmergencyCheckThrows_FailsClosedAsGeneralEmergency()
    {
        var failures = new List<SafetyCheckFailure>();
        var triage = new SafetyTriage([new ThrowingCheck(TriageKind.Emergency), new AdviceCheck()], failures.Add);

        var result = triage.Classify("hello");

        Assert.Equal(TriageKind.Emergency, result.Kind);
        Assert.Null(result.Category);
        Assert.Contains("911", SafetyMessages.Emergency(result.Category));
        var failure = Assert.Single(failures);
        Assert.Equal(nameof(ThrowingCheck), failure.CheckName);
        Assert.Equal(nameof(RegexMatchTimeoutException), failure.ExceptionType);
        Assert.Equal(TriageKind.Emergency, failure.FailedClosedAs);
    }

    [Fact]
    public void Classify_AdviceCheckThrows_FailsClosedAsAdvice()
    {
        var triage = new SafetyTriage([new ThrowingCheck(TriageKind.Advice)], null);

        Assert.Equal(TriageKind.Advice, triage.Classify("hello").Kind);
    }
    [Fact]
    public void Classify_SmallTalkCheckThrows_CountsAsNoMatch()
    {
        var triage = new SafetyTriage([new ThrowingCheck(TriageKind.SmallTalk)], null);

        Assert.Equal(TriageKind.None, triage.Classify("what is letrozole").Kind);
    }

    [Fact]
    public void Classify_EmergencyCheckThrows_StillFindsNothingLowerWins()
    {
        var triage = new SafetyTriage([new AdviceCheck(), new ThrowingCheck(TriageKind.Emergency)], null);

        Assert.Equal(TriageKind.Emergency, triage.Classify("should I stop my tamoxifen").Kind);
    }

    [Fact]
    public void Classify_CheckThrows_FailureReportAndReasonHoldNoUserText()
    {
        const string secret = "my diagnosis is zebrafish";
        var failures = new List<SafetyCheckFailure>();
        var triage = new SafetyTriage([new ThrowingCheck(TriageKind.Emergency)], failures.Add);

        var result = triage.Classify(secret);

        Assert.DoesNotContain("zebrafish", result.Reason);
        Assert.DoesNotContain("zebrafish", failures.Single().ToString());
    }

    [Fact]
    public void Classify_FailureCallbackThrows_StillReturnsFailClosedVerdict()
    {
        var triage = new SafetyTriage([new ThrowingCheck(TriageKind.Emergency)], _ => throw new InvalidOperationException());

        Assert.Equal(TriageKind.Emergency, triage.Classify("anything").Kind);
    }

    [Fact]
    public void Classify_ManyThreads_SameVerdicts()
    {
        string[] texts = ["I can't breathe", "what is letrozole", "should I stop my tamoxifen", "thanks"];
        var expected = texts.Select(t => Triage.Classify(t)).ToArray();

        Parallel.For(0, 400, i => Assert.Equal(expected[i % 4], Triage.Classify(texts[i % 4])));
    }

    /// <summary>A check that always throws, carrying the input as a real regex timeout would.</summary>
    private sealed class ThrowingCheck(TriageKind kind) : ISafetyCheck
    {
        public TriageKind Kind => kind;

        public TriageResult Check(string normalized) =>
            throw new RegexMatchTimeoutException(normalized, "x", TimeSpan.FromMilliseconds(1));
    }

    private sealed class FakeCorrector(string from, string to) : MbcBot.Answering.Understanding.ITextCorrector
    {
        public string Correct(string text) => text.Replace(from, to, StringComparison.Ordinal);
    }

    private sealed class ThrowingCorrector : MbcBot.Answering.Understanding.ITextCorrector
    {
        public string Correct(string text) => throw new InvalidOperationException("broken");
    }

    [Fact]
    public void Classify_WithCorrector_RulesAlsoRunOnCorrectedText()
    {
        var triage = new SafetyTriage(new FakeCorrector("zorbled", "can't breathe"), null, null, null, null);

        var result = triage.Classify("I zorbled");

        Assert.Equal(TriageKind.Emergency, result.Kind);
        Assert.Equal(C.Breathing, result.Category);
        Assert.Contains("corrected text", result.Reason);
        Assert.Equal(TriageKind.None, new SafetyTriage().Classify("I zorbled").Kind);
    }

    [Fact]
    public void Classify_CorrectorThatRemovesARedFlag_CannotHideIt()
    {
        var triage = new SafetyTriage(new FakeCorrector("can't breathe", "am fine"), null, null, null, null);

        Assert.Equal(TriageKind.Emergency, triage.Classify("I can't breathe").Kind);
    }

    [Fact]
    public void Classify_ThrowingCorrector_StillJudgesRawTextAndReportsFailure()
    {
        var failures = new List<SafetyCheckFailure>();
        var triage = new SafetyTriage(new ThrowingCorrector(), null, null, failures.Add, null);

        Assert.Equal(TriageKind.Emergency, triage.Classify("my wife is having a seizure").Kind);
        Assert.Equal(TriageKind.None, triage.Classify("what is a PET scan").Kind);
        Assert.Contains(failures, f => f.CheckName == "ITextCorrector");
    }

    [Fact]
    public void Classify_Escalation_ReportsCategoryAndReasonWithoutText()
    {
        var escalations = new List<TriageResult>();
        var triage = new SafetyTriage(null, null, null, null, escalations.Add);

        triage.Classify("my husband Bartholomew took all his morphine at once");
        triage.Classify("what is metastatic breast cancer");

        var escalation = Assert.Single(escalations);
        Assert.Equal(C.Overdose, escalation.Category);
        Assert.DoesNotContain("Bartholomew", escalation.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Explain_NamesRuleAndHoldsNoUserText()
    {
        var explanation = new SafetyTriage().Explain("Bartholomew is havng a siezure right now");

        Assert.Contains("Emergency seizure", explanation);
        Assert.Contains("rule seizure-", explanation);
        Assert.Contains("respelled", explanation);
        Assert.DoesNotContain("bartholomew", explanation, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("havng", explanation, StringComparison.OrdinalIgnoreCase);
    }
}
