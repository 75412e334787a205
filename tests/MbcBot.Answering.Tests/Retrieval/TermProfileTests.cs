using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Tests.Testing;

namespace MbcBot.Answering.Tests.Retrieval;

public sealed class TermProfileTests
{
    // Four passages: "cancer" in all, "liver" in two, "jaundice" in one (said three times), "zebra" in none.
    private static readonly string[][] Passages =
    [
        ["Liver metastasis", "Jaundice, jaundice and more jaundice can come with cancer in the liver."],
        ["Bone metastasis", "Cancer in the bones causes pain."],
        ["Lung metastasis", "Cancer in the lungs causes a cough.", "What about the liver?"],
        ["Treatment", "Chemotherapy treats cancer."],
    ];

    private static readonly TermProfile Profile = TermProfile.Build(TestCorpora.PlainAnalyzer, Passages);

    private static string Term(string word) => Assert.Single(TestCorpora.PlainAnalyzer.Terms(word));

    private static double Bm25Idf(double n, double df) => Math.Log(1 + (n - df + 0.5) / (df + 0.5));

    [Theory]
    [InlineData("cancer", 4)]
    [InlineData("liver", 2)]
    [InlineData("jaundice", 1)] // three times in one passage: counted once
    [InlineData("zebra", 0)]
    public void Weight_Term_IsBm25IdfOverPassages(string word, int passagesUsingIt) =>
        Assert.Equal(Bm25Idf(Passages.Length, passagesUsingIt), Profile.Weight(Term(word)), 12);

    [Fact]
    public void Weight_RarerTerm_Heavier()
    {
        Assert.True(Profile.Weight(Term("jaundice")) > Profile.Weight(Term("liver")));
        Assert.True(Profile.Weight(Term("liver")) > Profile.Weight(Term("cancer")));
        Assert.True(Profile.Weight(Term("cancer")) > 0);
    }

    [Theory]
    [InlineData("prostate")]
    [InlineData("football")]
    [InlineData("x")]
    public void Weight_UnseenTerm_LargestOfAll(string word)
    {
        var unseen = Profile.Weight(Term(word));
        var seen = Passages.SelectMany(p => p).SelectMany(t => TestCorpora.PlainAnalyzer.Terms(t)).Distinct();

        Assert.All(seen, term => Assert.True(unseen > Profile.Weight(term), $"'{term}' weighs as much as an unseen term"));
    }

    [Fact]
    public void TopicTerms_FillerWords_NotTopicTerms() =>
        Assert.Empty(Profile.TopicTerms("What is it? Can you tell me, how do I get any info about what it means?"));

    [Fact]
    public void TopicTerms_Question_KeepsTopicWordsAnalyzedLikeTheIndex()
    {
        var expected = new[] { "symptoms", "liver", "jaundice" }.Select(Term).ToHashSet();

        Assert.Equal(expected, Profile.TopicTerms("What are the symptoms of the liver, and does jaundice happen?"));
    }

    [Theory]
    [InlineData("it's spreading")]
    [InlineData("it\u2019s spreading")]
    [InlineData("IT'S spreading")]
    [InlineData("i'm spreading")]
    [InlineData("I\u2019m spreading")]
    [InlineData("what's spreading")]
    [InlineData("What\u2019s spreading")]
    public void TopicTerms_ContractionWithEitherApostrophe_NotATopicTerm(string question) =>
        Assert.Equal([Term("spreading")], Profile.TopicTerms(question));

    [Theory]
    [InlineData("dog")]          // "do" is filler, "dog" is not
    [InlineData("dose")]
    [InlineData("doctor")]
    [InlineData("cancer")]       // "can"
    [InlineData("itching")]      // "it"
    [InlineData("liver")]        // "i"
    [InlineData("ultrasound")]   // "us"
    [InlineData("good")]         // "go"
    [InlineData("anyway")]       // "any"
    [InlineData("where")]        // a question word with a topic (synonyms map it to sites)
    public void TopicTerms_WordContainingOrBesideFiller_Kept(string word) =>
        Assert.Equal([Term(word)], Profile.TopicTerms(word));

    [Fact]
    public void TopicTerms_EveryFillerWordInEitherCase_NotATopicTerm() =>
        Assert.All(QueryWords.Filler, word =>
        {
            Assert.Empty(Profile.TopicTerms(word));
            Assert.Empty(Profile.TopicTerms(word.ToUpperInvariant()));
        });

    [Fact]
    public void TopicTerms_RepeatedWord_Distinct() =>
        Assert.Equal([Term("bones")], Profile.TopicTerms("bones BONES bone's bones"));

    [Fact]
    public void TopicTerms_StopWordsOnly_Empty() => Assert.Empty(Profile.TopicTerms("the of and to in a"));

    [Fact]
    public void Mass_Terms_SumOfWeights()
    {
        string[] terms = [Term("cancer"), Term("liver"), Term("zebra")];

        Assert.Equal(terms.Sum(Profile.Weight), Profile.Mass(terms), 12);
        Assert.Equal(0, Profile.Mass([]));
    }

    [Fact]
    public void Build_NoPassages_EveryTermWeighsTheSameFinitePositive()
    {
        var empty = TermProfile.Build(TestCorpora.PlainAnalyzer, []);

        Assert.True(double.IsFinite(empty.Weight("cancer")) && empty.Weight("cancer") > 0);
        Assert.Equal(empty.Weight("cancer"), empty.Weight("zebra"));
    }
}
