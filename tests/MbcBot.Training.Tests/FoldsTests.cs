using MbcBot.Answering.Learning;

namespace MbcBot.Training.Tests;

public sealed class FoldsTests
{
    private static LabelledExample Example(string hand, string register, string label = "general") =>
        new("text", label, register, [], null, null, hand, 1);

    private static readonly LabelledExample[] Examples =
    [
        Example("s2", "plain"), Example("s1", "teen"), Example("s1", "plain"), Example("s3", "voice"), Example("s2", "teen"),
    ];

    [Fact]
    public void ByHand_OneFoldPerWriterInOrdinalOrder_HoldingOutExactlyTheirExamples()
    {
        var folds = Folds.ByHand(Examples).ToList();

        Assert.Equal(["s1", "s2", "s3"], folds.Select(f => f.Name));
        Assert.Equal([false, true, true, false, false], Examples.Select(folds[0].Held));
    }

    [Fact]
    public void ByRegister_OneFoldPerRegister() =>
        Assert.Equal(["plain", "teen", "voice"], Folds.ByRegister(Examples).Select(f => f.Name));

    [Fact]
    public void Balanced_EveryPresentClassWeighsTheSameInTotal()
    {
        int[] labels = [0, 0, 0, 0, 1, 2, 2];

        var weights = Folds.Balanced(labels, classes: 4);

        var totals = Enumerable.Range(0, 3).Select(c => labels.Select((l, i) => l == c ? weights[i] : 0).Sum()).ToArray();
        Assert.All(totals, t => Assert.Equal(totals[0], t, 5));
        Assert.Equal(labels.Length, weights.Sum(), 4);
    }

    [Fact]
    public void GroupBalanced_GroupsWeighTheSameAndClassesWithinAGroupToo()
    {
        // Classes 0–2 are one group (the emergencies), class 3 another (ordinary).
        int[] labels = [0, 0, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3];

        var weights = Folds.GroupBalanced(labels, c => c < 3 ? 0 : 1);

        double Total(Func<int, bool> which) => labels.Select((l, i) => which(l) ? weights[i] : 0).Sum();
        Assert.Equal(Total(l => l < 3), Total(l => l == 3), 4);
        Assert.Equal(Total(l => l == 0), Total(l => l == 2), 4);
    }

    [Fact]
    public void InParallel_EveryFoldRunsOnce()
    {
        var runs = new System.Collections.Concurrent.ConcurrentBag<int>();

        Folds.InParallel(Enumerable.Range(0, 20), runs.Add);

        Assert.Equal(Enumerable.Range(0, 20), runs.Order());
    }
}
