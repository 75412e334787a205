using MbcBot.Answering.Learning;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Tests.Testing;

namespace MbcBot.Answering.Tests.Safety;

public sealed class TriageModelTests
{
    [Theory]
    [InlineData(TriageCategories.Seizure, TriageModel.EmergencyClass)]
    [InlineData(TriageCategories.Crisis, TriageModel.EmergencyClass)]
    [InlineData(LabelledExample.Advice, TriageModel.AdviceClass)]
    [InlineData(LabelledExample.NearMiss, TriageModel.NoneClass)]
    [InlineData(LabelledExample.General, TriageModel.NoneClass)]
    [InlineData(LabelledExample.Answer, TriageModel.NoneClass)]
    [InlineData("thanks", TriageModel.NoneClass)]
    public void ClassOf_Label_TheClassItTrains(string label, string expected) => Assert.Equal(expected, TriageModel.ClassOf(label));

    [Fact]
    public void Assess_Units_ScoresEachTheWholeDecides()
    {
        var model = HandTriageModel.Create();
        var signals = new float[TriageSignals.Names.Count];

        var assessment = model.Assess([("I zorble. all good.", null), ("I zorble.", null), ("all good.", null)], signals);

        Assert.Equal(3, assessment.Units.Count);
        Assert.Equal(0.950, assessment.Units[0].Emergency, 3);
        Assert.Equal(0.045, assessment.Units[2].Emergency, 3);
        Assert.Same(assessment.Units[0], assessment.Strongest);
        Assert.True(assessment.Emergency);
        Assert.False(assessment.Confident);
        Assert.Equal(TriageCategories.Crisis, assessment.Category);
    }

    [Fact]
    public void Assess_AdviceOnTheWholeMessage()
    {
        var assessment = HandTriageModel.Create().Assess([("can I glimfy", null)], new float[TriageSignals.Names.Count]);

        Assert.True(assessment.Advice);
        Assert.False(assessment.Emergency);
    }

    [Fact]
    public void Categorise_NoCategoryModel_Nothing() =>
        Assert.Empty(HandTriageModel.Create(withCategories: false).Categorise(("I zorble", null), new float[TriageSignals.Names.Count]));

    [Fact]
    public void Categorise_CategoryModelReadingVectorsButNoVector_Nothing()
    {
        var categories = HandTriageModel.Categories() with { Features = ["e0"] };
        var model = new TriageModel(HandTriageModel.Words(), categories);

        Assert.Empty(model.Categorise(("I zorble", null), new float[TriageSignals.Names.Count]));
        Assert.Equal(2, model.Categorise(("I zorble", [1f]), new float[TriageSignals.Names.Count]).Count);
    }

    [Fact]
    public void Constructor_FileWithoutACut_ThrowsNamingTheCutAndTrain()
    {
        var words = HandTriageModel.Words();

        var error = Assert.Throws<InvalidOperationException>(() => new TriageModel(
            words with { Cuts = words.Cuts.Where(c => c.Key != TriageModel.ConfidentCut).ToDictionary() }, null));

        Assert.Contains("no cut 'confident'", error.Message);
        Assert.Contains("train", error.Message);
    }

    [Fact]
    public void CategoryThreshold_NoCategoryModel_One() => Assert.Equal(1, HandTriageModel.Create(withCategories: false).CategoryThreshold);
}
