using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Tests.Testing;

namespace MbcBot.Answering.Tests.Retrieval;

public sealed class QuestionMatchTests
{
    private static readonly TermProfile Profile = TermProfile.Build(
        TestCorpora.PlainAnalyzer,
        [
            ["How is metastatic breast cancer diagnosed?", "Doctors use a bone scan, a biopsy and an MRI."],
            ["What are the symptoms of liver metastasis?", "Jaundice and rashes in metastatic breast cancer."],
            ["What is the treatment for metastatic breast cancer?", "Chemotherapy and hormone therapy."],
            ["Where does breast cancer spread?", "To the liver, lungs, bones and brain."],
        ]);

    private static TopicSet Topic(string text) => Profile.Topic(text);

    private static double Match(string question, params string[] candidates) =>
        QuestionMatch.Best(Topic(question), candidates.Select(Topic).ToArray(), Profile);

    [Theory]
    [InlineData("How is metastatic breast cancer diagnosed?", "How is metastatic breast cancer diagnosed?")]
    [InlineData("how do they diagnose metastatic breast cancer", "How is metastatic breast cancer diagnosed?")] // same topic terms
    [InlineData("Jaundice", "jaundice")]
    public void Best_SameTopicTerms_One(string question, string candidate) =>
        Assert.Equal(1.0, Match(question, candidate), 12);

    [Theory]
    [InlineData("symptoms of liver metastasis", "Where does breast cancer spread?")]
    [InlineData("football scores", "How is metastatic breast cancer diagnosed?")]
    public void Best_DisjointTopicTerms_Zero(string question, string candidate) =>
        Assert.Equal(0.0, Match(question, candidate));

    [Theory]
    [InlineData("symptoms of metastatic breast cancer", "What are the symptoms of liver metastasis?")]
    [InlineData("How is metastatic breast cancer treated?", "What is the treatment for metastatic breast cancer?")]
    [InlineData("breast cancer cost", "Where does breast cancer spread?")]
    public void Best_PartlySharedTopicTerms_StrictlyBetweenZeroAndOne(string question, string candidate)
    {
        var match = Match(question, candidate);

        Assert.InRange(match, double.Epsilon, 1 - 1e-9);
    }

    [Theory]
    [InlineData("symptoms of metastatic breast cancer", "What are the symptoms of liver metastasis?")]
    [InlineData("breast cancer cost", "Where does breast cancer spread?")]
    [InlineData("bone scan biopsy", "jaundice biopsy liver")]
    public void Best_OneCandidate_Symmetric(string a, string b) =>
        Assert.Equal(Match(a, b), Match(b, a), 12);

    [Fact]
    public void Best_SameWordsInTheQuestionsOrder_MatchesBetterThanTheSameWordsApart()
    {
        // Both candidates share "bone" and "scan" with the question; only one says "bone scan".
        var together = Match("will I need a bone scan", "What does a bone scan show?");
        var apart = Match("will I need a bone scan", "Which scan shows the bone?");

        Assert.True(together > apart, $"together {together} should beat apart {apart}");
        Assert.InRange(together - apart, 0.01, QuestionMatch.PairBonus);
    }

    [Fact]
    public void Best_SharedPairOnTopOfTheSameWords_StaysAtMostOne() =>
        Assert.Equal(1.0, Match("bone scan biopsy", "bone scan biopsy"), 12);

    [Fact]
    public void Best_SeveralCandidates_TakesTheBest()
    {
        var alone = Match("symptoms of liver metastasis", "What are the symptoms of liver metastasis?");

        Assert.Equal(alone, Match("symptoms of liver metastasis", "Where does breast cancer spread?",
            "What are the symptoms of liver metastasis?", "Chemotherapy"), 12);
    }

    [Fact]
    public void Best_SharedRareTermVersusSharedCommonTerm_RareTermMatchesMore()
    {
        // "jaundice" is in one passage, "cancer" in all: sharing the rare word is the better match.
        var rare = Match("jaundice pain", "jaundice");
        var common = Match("cancer pain", "cancer");

        Assert.True(rare > common, $"rare {rare} <= common {common}");
    }

    [Fact]
    public void Best_UnseenQuestionWord_LowersTheMatch() =>
        Assert.True(Match("metastatic breast cancer prostate", "metastatic breast cancer")
                    < Match("metastatic breast cancer liver", "metastatic breast cancer"));

    [Theory]
    [InlineData("", "Where does breast cancer spread?")]
    [InlineData("what is it", "how do I")]
    public void Best_EmptyTopic_ZeroNotNaN(string question, string candidate) =>
        Assert.Equal(0.0, Match(question, candidate));

    [Fact]
    public void Best_NoCandidates_Zero() => Assert.Equal(0.0, Match("liver metastasis"));

    [Fact]
    public void Best_IndexedCandidates_SameDoubleAsTheTopicSets()
    {
        // The retriever compares with indexed candidates; every result must be the very same double.
        string[] texts =
        [
            "How is metastatic breast cancer diagnosed?", "What are the symptoms of liver metastasis?",
            "What is the treatment for metastatic breast cancer?", "Where does breast cancer spread?", "bone scan biopsy",
            "Jaundice and rashes", "chemotherapy hormone therapy liver lungs", "football scores", "MRI of the brain", "",
        ];
        var candidates = texts.Select(Topic).ToArray();
        var ids = new TermIds(candidates.SelectMany(c => c.Terms));
        var indexed = candidates.Select(c => new IndexedTopic(c, ids, Profile)).ToArray();
        var questions = texts.Concat(texts.SelectMany(a => texts.Select(b => $"{a} {b}"))).Append("words no passage has");

        foreach (var question in questions)
        {
            var topic = Topic(question);
            var marked = ids.Mark(topic.Terms);
            for (var n = 1; n <= candidates.Length; n++)
            {
                Assert.Equal(QuestionMatch.Best(topic, candidates[..n], Profile), QuestionMatch.Best(topic, marked, indexed[..n], Profile));
            }
        }
    }

    [Fact]
    public void TermIds_Mark_SetsExactlyTheKnownTerms()
    {
        var ids = new TermIds(["bone", "liver", "bone", "brain"]);
        var marked = ids.Mark(["liver", "football"]);

        Assert.Equal(3, ids.Count);
        Assert.True(TermIds.Has(marked, ids.Of("liver")));
        Assert.False(TermIds.Has(marked, ids.Of("bone")));
        Assert.False(TermIds.Has(marked, ids.Of("brain")));
    }
}
