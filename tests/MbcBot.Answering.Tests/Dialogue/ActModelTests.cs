using MbcBot.Answering.Dialogue;
using MbcBot.Answering.Learning;
using MbcBot.Answering.Tests.Testing;
using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Tests.Dialogue;

public sealed class ActModelTests
{
    private static ReadMessage Read(string text) => new MessageReader(NoCorrection.Instance, null).Read(text);

    [Fact]
    public void Read_ActAtOrAboveTheCut_ThatAct()
    {
        var (act, p, _) = TinyAnswerService.Acts().Read(Read("thanks so much"));

        Assert.Equal(DialogueActs.Thanks, act);
        Assert.True(p >= 0.9, $"p {p}");
    }

    [Fact]
    public void Read_TopActBelowTheCut_QuestionWithItsProbability()
    {
        var file = TinyAnswerService.Acts().File;
        var unsure = new ActModel(file with { Cuts = new Dictionary<string, double> { [ActModel.ActCut] = 0.999 } });

        var (act, p, likeliest) = unsure.Read(Read("thanks"));

        Assert.Equal(DialogueActs.Question, act);
        Assert.True(p < 0.01, $"p(question) {p}");
        Assert.Equal(DialogueActs.Thanks, likeliest);
    }

    [Fact]
    public void Read_NoMarker_Question() => Assert.Equal(DialogueActs.Question, TinyAnswerService.Acts().Read(Read("where does it spread")).Act);

    [Fact]
    public void Probabilities_InTheClassesOrder_SumToOne()
    {
        var model = TinyAnswerService.Acts();

        var p = model.Probabilities("hello", null);

        Assert.Equal(DialogueActs.All, model.Classes);
        Assert.Equal(1, p.Sum(), 5);
        Assert.Equal(p.Max(), p[model.Classes.ToList().IndexOf(DialogueActs.Greeting)]);
    }

    [Fact]
    public void Constructor_NoQuestionClassOrNoCut_Throws()
    {
        var file = TinyAnswerService.Acts().File;

        Assert.Throws<InvalidOperationException>(() => new ActModel(file with { Cuts = new Dictionary<string, double>() }));
        Assert.Throws<ArgumentException>(() => new ActModel(file with
        {
            Classes = [.. file.Classes.Select(c => c == DialogueActs.Question ? "other" : c)],
        }));
    }

    [Fact]
    public void Shipped_BothModes_ReadTheTextAndOnlyTheSemanticOneTheVector()
    {
        Assert.True(ActModel.Shipped(semantic: true).ReadsEmbedding);
        Assert.False(ActModel.Shipped(semantic: false).ReadsEmbedding);
        Assert.Equal(DialogueActs.All.Order(), ActModel.Shipped(semantic: true).Classes.Order());
    }

    /// <summary>The shipped model on the messages a conversation test relies on, read as the answer path reads them.</summary>
    [Theory]
    [InlineData("thanks", DialogueActs.Thanks)]
    [InlineData("that didn't help", DialogueActs.NotHelped)]
    [InlineData("who won the football last night", DialogueActs.OffTopic)]
    [InlineData("what about the liver?", DialogueActs.FollowUp)]
    [InlineData("where does breast cancer spread", DialogueActs.Question)]
    [InlineData("I can't breathe", DialogueActs.Question)]
    public void Read_ShippedSemanticModel_ConversationalActs(string text, string act)
    {
        var message = new MessageReader(NoCorrection.Instance, TestAnswerServices.Embedder).Read(text);

        Assert.Equal(act, ActModel.Shipped(semantic: true).Read(message).Act);
    }
}
