using MbcBot.Answering.Safety;
using C = MbcBot.Answering.Safety.TriageCategories;

namespace MbcBot.Answering.Tests.Safety;

public sealed class AdviceCheckTests
{
    private static readonly AdviceCheck Check = new();

    private static TriageResult Classify(string text) => Check.Check(SafetyText.Normalize(text));

    public static TheoryData<string, string> AdviceRequests => new()
    {
        { "should I stop my tamoxifen", C.Medication },
        { "Can I take ibuprofen with my chemo?", C.Medication },
        { "can i double my dose if i missed one", C.Medication },
        { "I missed my dose of Ibrance yesterday, what now?", C.Medication },
        { "Should my mom keep taking letrozole?", C.Medication },
        { "Is it ok for me to skip my infusion this week?", C.Medication },
        { "I want to stop chemo", C.Medication },
        { "how many tablets should I take", C.Medication },
        { "can I drink alcohol on my treatment", C.Medication },
        { "What do my scan results mean?", C.Results },
        { "my CA 15-3 is 80, is that bad", C.Results },
        { "Read my report please", C.Results },
        { "can you interpret my blood work", C.Results },
        { "My latest MRI shows a new spot, is that serious?", C.Results },
        { "what does a CA 27-29 of 60 mean", C.Results },
        { "how long do I have", C.Prognosis },
        { "Am I going to die?", C.Prognosis },
        { "what are my chances", C.Prognosis },
        { "how long does my wife have left", C.Prognosis },
        { "will I survive this", C.Prognosis },
        { "which treatment should I choose", C.TreatmentChoice },
        { "Should I do the clinical trial or stay on chemo?", C.TreatmentChoice },
        { "what would you recommend for me", C.TreatmentChoice },
        { "is Kisqali or Ibrance better for me?", C.TreatmentChoice },
    };

    public static TheoryData<string> GeneralQuestions => new()
    {
        "what is hormone therapy",
        "which treatments are used for stage 4 breast cancer",
        "does chemotherapy cause fatigue",
        "how long does treatment last",
        "What are the side effects of tamoxifen?",
        "Can you take ibuprofen during chemotherapy?",
        "what do tumor markers measure",
        "what is the life expectancy with metastatic breast cancer",
        "what are the survival rates for stage 4 breast cancer",
        "How do doctors choose a treatment for MBC?",
        "What is a PET scan?",
        "how is CA 15-3 used in breast cancer",
        "what is the best treatment for HER2 positive MBC",
        "Is metastatic breast cancer curable?",
        "what happens if you miss a dose of an oral chemo",
        "how often are scans done during treatment",
        "What is a clinical trial?",
    };

    [Theory]
    [MemberData(nameof(AdviceRequests))]
    public void Check_PersonalAdviceRequest_IsAdviceWithCategory(string text, string category)
    {
        var result = Classify(text);

        Assert.Equal(TriageKind.Advice, result.Kind);
        Assert.Equal(category, result.Category);
    }

    [Theory]
    [MemberData(nameof(GeneralQuestions))]
    public void Check_GeneralQuestion_IsNone(string text) => Assert.Equal(TriageKind.None, Classify(text).Kind);

    [Fact]
    public void Check_EmptyText_IsNone() => Assert.Equal(TriageKind.None, Check.Check(string.Empty).Kind);
}
