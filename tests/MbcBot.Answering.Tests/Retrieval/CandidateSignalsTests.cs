using MbcBot.Answering.Retrieval;
using MbcBot.Ingestion;

namespace MbcBot.Answering.Tests.Retrieval;

public sealed class CandidateSignalsTests
{
    private static Passage P(int n) => new($"doc#{n}", "doc", $"Heading {n}", "Text.", [], n);

    private static float Signal(float[] row, string name) => row[CandidateSignals.Names.ToList().IndexOf(name)];

    private static readonly QuestionSignals Question = new(Uncovered: 0.4, Answerable: 0.7, UnknownWords: 0.25, NamesUncoveredKind: true, OtherCancer: false, Words: 6);

    private static readonly ScoredPassage[] Candidates =
    [
        // passage, bm25, match, coverage, semantic, example, probability
        new(P(1), 8, 0.5, 1.0, 0.6, 0.9, 0),
        new(P(2), 4, 0.7, 0.5, 0.3, 0.2, 0),
        new(P(3), 0, 0.1, 0.0, 0.5, -1, 0),
    ];

    [Fact]
    public void Compute_EachCandidate_ItsValuesAndItsLeadOverTheBestOtherCandidate()
    {
        var rows = CandidateSignals.Compute(Candidates, Question, topic: null);

        Assert.Equal(3, rows.Length);
        Assert.All(rows, r => Assert.Equal(CandidateSignals.Names.Count, r.Length));
        var first = rows[0];
        Assert.Equal(0.6f, Signal(first, "semantic"), 5);
        Assert.Equal(0.1f, Signal(first, "semantic-gap"), 5);     // 0.6 - 0.5
        Assert.Equal(0.7f, Signal(first, "example-gap"), 5);      // 0.9 - 0.2
        Assert.Equal(1f, Signal(first, "bm25"));                  // relative to the best
        Assert.Equal(1f, Signal(first, "bm25-top"));
        Assert.Equal(-0.2f, Signal(first, "match-gap"), 5);       // 0.5 - 0.7
        Assert.Equal(0.5f, Signal(first, "coverage-gap"), 5);
        Assert.Equal(0.5f, Signal(rows[1], "bm25"));
        Assert.Equal(0f, Signal(rows[1], "bm25-top"));
        Assert.Equal(-0.3f, Signal(rows[1], "semantic-gap"), 5);  // 0.3 - 0.6
    }

    [Fact]
    public void Compute_QuestionSignals_TheSameOnEveryRow()
    {
        var rows = CandidateSignals.Compute(Candidates, Question, topic: null);

        Assert.All(rows, r =>
        {
            Assert.Equal(0.4f, Signal(r, "uncovered"), 5);
            Assert.Equal(0.7f, Signal(r, "answerable"), 5);
            Assert.Equal(0.25f, Signal(r, "unknown-words"), 5);
            Assert.Equal(1f, Signal(r, "uncovered-word"));
            Assert.Equal(0f, Signal(r, "other-cancer"));
            Assert.Equal(MathF.Log(7), Signal(r, "words"), 5);
        });
        Assert.Equal(0.4f - 0.9f, Signal(rows[0], "uncovered-lead"), 5);
    }

    [Fact]
    public void Compute_Topic_OwnProbabilityItsLeadAndNone()
    {
        var topic = new Dictionary<string, double> { ["doc#1"] = 0.6, ["doc#2"] = 0.1, [TopicModel.None] = 0.25 };

        var rows = CandidateSignals.Compute(Candidates, Question, topic);

        Assert.Equal(0.6f, Signal(rows[0], "topic"), 5);
        Assert.Equal(0.5f, Signal(rows[0], "topic-gap"), 5);
        Assert.Equal(-0.5f, Signal(rows[1], "topic-gap"), 5);
        Assert.Equal(0f, Signal(rows[2], "topic"));
        Assert.All(rows, r => Assert.Equal(0.25f, Signal(r, "topic-none"), 5));
    }

    [Fact]
    public void Compute_NoTopicModel_TopicSignalsZero() =>
        Assert.All(CandidateSignals.Compute(Candidates, Question, null), r =>
            Assert.Equal((0f, 0f, 0f), (Signal(r, "topic"), Signal(r, "topic-gap"), Signal(r, "topic-none"))));

    [Fact]
    public void Compute_OneCandidate_NoLeadOverItself()
    {
        var row = Assert.Single(CandidateSignals.Compute([Candidates[1]], Question, null));

        Assert.Equal(0f, Signal(row, "semantic-gap"));
        Assert.Equal(0f, Signal(row, "example-gap"));
        Assert.Equal(1f, Signal(row, "bm25-top"));
    }

    [Fact]
    public void Compute_NoBm25Hit_RelativeBm25Zero() =>
        Assert.All(CandidateSignals.Compute([Candidates[2]], Question, null), r => Assert.Equal((0f, 0f), (Signal(r, "bm25"), Signal(r, "bm25-top"))));

    [Fact]
    public void Lexical_ASubsetOfTheNamesWithoutTheSentenceModelsSignals()
    {
        Assert.Subset(CandidateSignals.Names.ToHashSet(), CandidateSignals.Lexical.ToHashSet());
        Assert.DoesNotContain("semantic", CandidateSignals.Lexical);
        Assert.DoesNotContain("topic", CandidateSignals.Lexical);
    }

    [Fact]
    public void ShippedAnswerModels_ReadOnlySignalsThisBuildComputes()
    {
        foreach (var name in new[] { AnswerModel.Name, AnswerModel.LexicalName })
        {
            var json = typeof(AnswerModel).Assembly.GetManifestResourceStream($"models/{name}.json")!;
            var file = MbcBot.Answering.Learning.TreeModelFile.Parse(new StreamReader(json).ReadToEnd(), name);
            Assert.Subset((name == AnswerModel.Name ? CandidateSignals.Names : CandidateSignals.Lexical).ToHashSet(), file.Features.ToHashSet());
        }
    }
}
