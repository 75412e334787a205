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

        var p = new TopicModel(classifier).Probabilities([1, 0]);

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
        Assert.Equal(384, file.Features.Count);
        Assert.All(file.Features, f => Assert.StartsWith("e", f));
    }
}
