using MbcBot.Answering.Learning;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Semantic;
using MbcBot.Ingestion;

namespace MbcBot.Answering.Tests.Retrieval;

public sealed class ExampleIndexTests
{
    private static float[] Unit(params float[] v) => Vectors.Normalize(v);

    private static readonly ExampleIndex.Entry[] Entries =
    [
        new("where does it spread", ["doc#1", "doc#2"], null, "q1", "plain"),
        new("what is a bone scan", ["doc#3"], null, "q2", "teen"),
        new("how much is a scan", [], "money-insurance", "curators", "plain"),
        new("who won the match", [], "off-topic", "q1", "plain"),
    ];

    private static readonly ExampleIndex Index = new(Entries, [Unit(1, 0, 0), Unit(0, 1, 0), Unit(0, 1, 1), Unit(0, 0, 1)]);

    [Fact]
    public void Similarities_Vector_LargestCosinePerPassageNotCoveredAndAnswerable()
    {
        var s = Index.Similarities(Unit(1, 1, 0));

        Assert.Equal(Math.Sqrt(0.5), s.ByPassage["doc#1"], 5);
        Assert.Equal(Math.Sqrt(0.5), s.ByPassage["doc#2"], 5);
        Assert.Equal(Math.Sqrt(0.5), s.ByPassage["doc#3"], 5);
        Assert.Equal(0.5, s.Uncovered, 5);                       // (0,1,1)/√2 · (1,1,0)/√2
        Assert.Equal("money-insurance", s.UncoveredKind);
        Assert.Equal(Math.Sqrt(0.5), s.Answerable, 5);
    }

    [Fact]
    public void Similarities_LeaveOutAWriter_TheirExamplesNotCompared()
    {
        var s = Index.Similarities(Unit(1, 0, 0), leaveOut: e => e.Hand == "q1");

        Assert.False(s.ByPassage.ContainsKey("doc#1"));
        Assert.Equal(0, s.ByPassage["doc#3"], 5);
        Assert.Equal("money-insurance", s.UncoveredKind);
    }

    [Fact]
    public void Similarities_EmptyIndexOrOtherLength_NothingAndMinusOne()
    {
        var empty = ExampleIndex.Empty.Similarities(Unit(1, 0, 0));
        var wrongLength = Index.Similarities(Unit(1, 0));

        Assert.Empty(empty.ByPassage);
        Assert.Equal((-1.0, -1.0, (string?)null), (empty.Uncovered, empty.Answerable, empty.UncoveredKind));
        Assert.Empty(wrongLength.ByPassage);
    }

    [Fact]
    public void Constructor_NotOneVectorPerEntry_ArgumentException() =>
        Assert.Throws<ArgumentException>(() => new ExampleIndex(Entries, [Unit(1, 0, 0)]));

    [Fact]
    public void Entries_ExamplesThenEachCuratedQuestionWithItsPassage()
    {
        LabelledExample[] examples =
        [
            new("where does it spread", LabelledExample.Answer, "plain", ["doc#1"], null, null, "q1", 1),
            new("how much is it", LabelledExample.NotCovered, "plain", [], "money-insurance", null, "q1", 2),
        ];
        Passage[] passages = [new("doc#1", "doc", "Where it spreads", "Text.", ["Where does it go?", "Which organs?"], 1)];

        var entries = ExampleIndex.Entries(examples, passages);

        Assert.Equal(["where does it spread", "how much is it", "Where does it go?", "Which organs?"], entries.Select(e => e.Text));
        Assert.Null(entries[0].Kind);
        Assert.Equal("money-insurance", entries[1].Kind);
        Assert.Equal((ExampleIndex.CuratedHand, "curated"), (entries[2].Hand, entries[2].Register));
        Assert.Equal(["doc#1"], entries[3].Passages);
    }
}
