using MbcBot.Answering.Learning;

namespace MbcBot.Answering.Tests.Learning;

public sealed class FeatureMapTests
{
    private static readonly string[] Signals = ["question", "digits"];

    [Fact]
    public void Names_DimensionsThenGramsThenSignals() =>
        Assert.Equal(["e0", "e1", "w:fever", "w:no fever", "question"], FeatureMap.Names(2, ["fever", "no fever"], ["question"]));

    [Fact]
    public void Fill_EachFeatureFromItsSource_InTheModelsOrder()
    {
        // The model's order need not be Names' order: each name says where its value comes from.
        var map = new FeatureMap(["digits", "e2", "w:fever", "e0", "question"], Signals);
        var features = new float[map.Count];

        map.Fill(features, [0.5f, 0.25f, -0.75f], "fever again", [1, 0]);

        Assert.Equal([0, -0.75f, 1, 0.5f, 1], features);
    }

    [Fact]
    public void Fill_PresentGrams_ShareAUnitLength()
    {
        var map = new FeatureMap(["w:no", "w:not_fever", "w:no not_fever", "w:legs"], []);
        var features = new float[map.Count];

        map.Fill(features, [], "no fever", []);

        var unit = 1 / MathF.Sqrt(3);
        Assert.Equal([unit, unit, unit, 0], features);
        Assert.Equal(1, features.Sum(f => f * f), 5);
    }

    [Fact]
    public void Fill_WordsOutsideTheVocabulary_AddNothingAndDoNotDiluteTheOthers()
    {
        var map = new FeatureMap(["w:fever"], []);
        var features = new float[1];

        map.Fill(features, [], "a very high fever tonight with shivering and aches", []);

        Assert.Equal(1, features[0]);
    }

    [Fact]
    public void Fill_SecondTextIntoTheSameBuffer_NoGramOfTheFirstLeft()
    {
        var map = new FeatureMap(["w:fever", "w:cough"], []);
        var features = new float[2];

        map.Fill(features, [], "fever", []);
        map.Fill(features, [], "cough", []);

        Assert.Equal([0, 1], features);
    }

    [Fact]
    public void Fill_NoVocabularyGram_AllWordFeaturesZero()
    {
        var map = new FeatureMap(["w:fever", "question"], Signals);
        var features = new float[2];

        map.Fill(features, [], "what is a bone scan?", [1, 0]);

        Assert.Equal([0, 1], features);
    }

    [Fact]
    public void ReadsEmbeddingAndReadsWords_FromTheNames()
    {
        Assert.True(new FeatureMap(["e0"], []).ReadsEmbedding);
        Assert.False(new FeatureMap(["e0"], []).ReadsWords);
        Assert.True(new FeatureMap(["w:fever", "question"], Signals).ReadsWords);
        Assert.False(new FeatureMap(["w:fever", "question"], Signals).ReadsEmbedding);
    }

    [Fact]
    public void Constructor_SignalNamedLikeADimension_TheSignalWins()
    {
        var map = new FeatureMap(["e1"], ["e1"]);
        var features = new float[1];

        map.Fill(features, [0.1f, 0.2f], "", [7]);

        Assert.False(map.ReadsEmbedding);
        Assert.Equal(7, features[0]);
    }

    [Theory]
    [InlineData("nonsense")]
    [InlineData("w:")]
    [InlineData("e")]
    [InlineData("e-1")]
    [InlineData("ex")]
    public void Constructor_UnknownFeature_FormatExceptionNamingItAndTheSignals(string name)
    {
        var error = Assert.Throws<FormatException>(() => new FeatureMap([name], Signals));

        Assert.Contains($"'{name}'", error.Message);
        Assert.Contains("question, digits", error.Message);
    }
}
