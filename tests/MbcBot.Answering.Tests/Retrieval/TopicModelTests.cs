using MbcBot.Answering.Learning;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Tests.Testing;

namespace MbcBot.Answering.Tests.Retrieval;

public sealed class TopicModelTests
{
    [Fact]
    public void Probabilities_Vector_EveryClassByName()
    {
        var classifier = new LinearClassifier(["doc#1", "doc#2", TopicModel.None], ["e0", "e1"], [0, 0], [1, 1],
            [[4, 0], [0, 4], [0, 0]], [0, 0, 0]);

        var p = new TopicModel(classifier).Probabilities([1, 0], "");

        Assert.Equal(["doc#1", "doc#2", TopicModel.None], p.Keys);
        Assert.Equal(Math.E * Math.E * Math.E * Math.E / (Math.Exp(4) + 2), p["doc#1"], 5);
        Assert.Equal(1, p.Values.Sum(), 5);
    }

    [Fact]
    public void Shipped_OneClassPerPassageAndNone_ReadingTheSentenceVector()
    {
        var file = ModelResources.Read(TopicModel.Name)!;
        var passages = TestCorpora.Real.Passages.Select(p => p.Id).ToHashSet();

        Assert.Contains(TopicModel.None, file.Classes);
        Assert.Subset(passages, file.Classes.Where(c => c != TopicModel.None).ToHashSet());
        Assert.Equal(Enumerable.Range(0, 384).Select(i => $"e{i}"), file.Features.Take(384));
        Assert.Contains(file.Features, f => f.StartsWith(WordGrams.Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Probabilities_WordFeature_MovesTheClassItNames()
    {
        var classifier = new LinearClassifier(["doc#1", "doc#2", TopicModel.None], ["e0", WordGrams.Prefix + "liver"], [0, 0], [1, 1],
            [[0, 0], [0, 4], [0, 0]], [0, 0, 0]);
        var model = new TopicModel(classifier);

        var without = model.Probabilities([1], "where does it spread");
        var with = model.Probabilities([1], "does it spread to the liver");

        Assert.Equal(1.0 / 3, without["doc#2"], 5);
        Assert.True(with["doc#2"] > 0.9, $"p(doc#2) = {with["doc#2"]}");
    }
}
