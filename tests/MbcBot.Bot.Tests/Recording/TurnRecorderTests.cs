using MbcBot.Answering;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Recording;
using MbcBot.Bot.Tests.Testing;
using MbcBot.Insights;
using MbcBot.Insights.Redaction;

namespace MbcBot.Bot.Tests.Recording;

public sealed class TurnRecorderTests
{
    private readonly RecordedInsights _store = new();

    private TurnRecorder CreateSut(int retentionDays = 30) =>
        new(_store.Queue, new InsightsOptions { RetentionDays = retentionDays }, TextRedactor.Default, TimeProvider.System);

    private static Reply SmallTalk(string category) => new(ReplyKind.SmallTalk, "…", null, []) { Category = category };

    [Fact]
    public void RecordReply_OtherLanguage_KeepsTheRedactedQuestion()
    {
        CreateSut().RecordReply(Activities.Message("hola, mi número es 5551234567"), "hola, mi número es 5551234567", SmallTalk(ReplyKindName.NonEnglishCategory));

        var turn = Assert.Single(_store.Turns);
        Assert.Equal((ReplyKindName.SmallTalk, ReplyKindName.NonEnglishCategory), (turn.Kind, turn.Category));
        Assert.Equal("hola, mi número es [phone]", turn.Question);
    }

    [Fact]
    public void RecordReply_Greeting_KeepsNoQuestion()
    {
        CreateSut().RecordReply(Activities.Message("hello there"), "hello there", SmallTalk("greeting"));

        Assert.Null(Assert.Single(_store.Turns).Question);
    }

    [Fact]
    public void RecordReply_OtherLanguageWithRetentionZero_KeepsNoQuestion()
    {
        CreateSut(retentionDays: 0).RecordReply(Activities.Message("hola"), "hola", SmallTalk(ReplyKindName.NonEnglishCategory));

        Assert.Null(Assert.Single(_store.Turns).Question);
    }

    [Fact]
    public void NonEnglishCategory_IsTheAnsweringCoresCategory()
    {
        Assert.Equal(MbcBot.Answering.Safety.TriageCategories.NonEnglish, ReplyKindName.NonEnglishCategory);
    }
}
