using MbcBot.Answering.Learning;

namespace MbcBot.Answering.Tests.Learning;

public sealed class ModelFileTests
{
    private static ModelFile Sample() => new(
        "sample",
        "abc123",
        ["e0", "w:no fever", "question"],
        ["yes", "no"],
        [0.5f, 0, 0.25f],
        [2, 1, 0.1f],
        [[0.1f, -0.2f, 1e-8f], [-0.1f, 0.2f, 3.4028235E+38f]],
        [0.3f, -0.3f],
        new Dictionary<string, double> { ["zeta"] = 0.125, ["alpha"] = 1.0 / 3 });

    [Fact]
    public void Serialize_ThenParse_SameModelBitForBit()
    {
        var model = Sample();

        var parsed = ModelFile.Parse(model.Serialize(), "sample.json");

        Assert.Equal((model.Name, model.TrainedOn), (parsed.Name, parsed.TrainedOn));
        Assert.Equal(model.Features, parsed.Features);
        Assert.Equal(model.Classes, parsed.Classes);
        Assert.Equal(model.Mean, parsed.Mean);
        Assert.Equal(model.Scale, parsed.Scale);
        Assert.Equal(model.Bias, parsed.Bias);
        Assert.Equal(model.Weights[0], parsed.Weights[0]);
        Assert.Equal(model.Weights[1], parsed.Weights[1]);
        Assert.Equal(1.0 / 3, parsed.Cut("alpha"));
    }

    [Fact]
    public void Serialize_CutsInOrdinalOrderAndOneLinePerWeightRow()
    {
        var text = Sample().Serialize();

        Assert.True(text.IndexOf("\"alpha\"", StringComparison.Ordinal) < text.IndexOf("\"zeta\"", StringComparison.Ordinal));
        Assert.Equal(2, text.Split('\n').Count(l => l.StartsWith("    [", StringComparison.Ordinal)));
        Assert.Equal(Sample().Serialize(), text);
    }

    [Fact]
    public void Cut_Missing_ThrowsNamingTheModelTheCutAndTrain()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Sample().Cut("confident"));

        Assert.Equal("models/sample.json has no cut 'confident'; run `train`.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("""{"name": "x"}""")]
    public void Parse_NotAModel_FormatExceptionNamingTheSourceAndTrain(string json)
    {
        var error = Assert.Throws<FormatException>(() => ModelFile.Parse(json, "models/x.json"));

        Assert.StartsWith("models/x.json: not a valid model file", error.Message);
        Assert.Contains("run `train`", error.Message);
    }

    [Fact]
    public void Parse_WeightRowOfTheWrongLength_FormatException()
    {
        var text = Sample().Serialize().Replace("[0.1,-0.2,1E-08]", "[0.1,-0.2]", StringComparison.Ordinal);
        Assert.DoesNotContain("1E-08]", text);

        Assert.Throws<FormatException>(() => ModelFile.Parse(text, "models/x.json"));
    }

    [Fact]
    public void Classifier_AppliesTheFilesWeights()
    {
        var model = Sample() with { Mean = [0, 0, 0], Scale = [1, 1, 1], Weights = [[1, 0, 0], [0, 0, 0]], Bias = [0, 0] };

        var p = model.Classifier().Probabilities([(float)Math.Log(3), 0, 0]);

        Assert.Equal(0.75, p[0], 6);
    }
}
