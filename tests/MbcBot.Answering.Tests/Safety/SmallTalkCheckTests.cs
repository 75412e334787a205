using MbcBot.Answering.Safety;
using C = MbcBot.Answering.Safety.TriageCategories;

namespace MbcBot.Answering.Tests.Safety;

public sealed class SmallTalkCheckTests
{
    private static readonly SmallTalkCheck Check = new();

    private static TriageResult Classify(string text) => Check.Check(SafetyText.Normalize(text));

    public static TheoryData<string, string> SmallTalk => new()
    {
        { "hello", C.Greeting },
        { "Hi!", C.Greeting },
        { "hey there", C.Greeting },
        { "Good morning 👋", C.Greeting },
        { "hi, how are you?", C.Greeting },
        { "thanks", C.Thanks },
        { "Thank you so much for your help!", C.Thanks },
        { "ok thanks", C.Thanks },
        { "that was helpful", C.Thanks },
        { "thanks that really helped", C.Thanks },
        { "thank you, that was so helpful", C.Thanks },
        { "help", C.Help },
        { "What can you do?", C.Help },
        { "hi, what can you help me with?", C.Help },
        { "bye", C.Goodbye },
        { "Goodbye!", C.Goodbye },
        { "thanks, bye", C.Goodbye },
        { "take care", C.Goodbye },
    };

    public static TheoryData<string> NotSmallTalk => new()
    {
        "hi, what is metastatic breast cancer?",
        "Hello, can chemo cause hair loss?",
        "thanks, and what about fatigue?",
        "hey what are bone mets",
        "help me understand triple negative breast cancer",
        "good morning, how long does radiation take",
        "what is letrozole",
        "",
        "   ",
        "👍",
    };

    [Theory]
    [MemberData(nameof(SmallTalk))]
    public void Check_WholeMessageSmallTalk_IsSmallTalkWithCategory(string text, string category)
    {
        var result = Classify(text);

        Assert.Equal(TriageKind.SmallTalk, result.Kind);
        Assert.Equal(category, result.Category);
    }

    [Theory]
    [MemberData(nameof(NotSmallTalk))]
    public void Check_QuestionOrEmpty_IsNone(string text) => Assert.Equal(TriageKind.None, Classify(text).Kind);
}
