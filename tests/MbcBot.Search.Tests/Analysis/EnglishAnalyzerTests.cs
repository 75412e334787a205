using System.Text;
using MbcBot.Search.Analysis;
using MbcBot.Search.Tests.TestSupport;

namespace MbcBot.Search.Tests.Analysis;

public sealed class EnglishAnalyzerTests
{
    private static readonly EnglishAnalyzer Plain = new();
    private static readonly EnglishAnalyzer WithSynonyms = new(Synonyms.Production);

    public static TheoryData<string, string[]> PlainTables => new()
    {
        { "The patient's BONES", ["patient", "bone"] },
        { "Where does metastatic breast cancer spread?", ["where", "doe", "metastat", "breast", "cancer", "spread"] },
        { "I am not in pain; there is no fever", ["i", "am", "pain", "fever"] },
        { "HER2-positive, triple-negative, CDK4/6", ["her2", "posit", "tripl", "neg", "cdk4", "6"] },
        { "Is stage 4 breast cancer curable? Can it be cured?", ["stage", "4", "breast", "cancer", "curabl", "can", "cure"] },
        { "the and of to", [] },
    };

    [Theory]
    [MemberData(nameof(PlainTables))]
    public void Analyze_WithoutSynonyms_MatchesLuceneEnglishAnalyzer(string text, string[] expected)
    {
        Assert.Equal(expected, Terms(Plain, text));
    }

    /// <summary>Groups of phrasings that must analyze to the same terms through the production synonyms.</summary>
    public static TheoryData<string[]> EquivalentPhrasings => new()
    {
        { ["metastasis", "metastases", "metastatic", "mets", "metastasized", "Metastasising"] },
        { ["chemo", "chemotherapy", "Chemo"] },
        { ["tumour", "tumor", "tumours", "tumors"] },
        { ["stage IV", "stage four", "stage 4", "Stage iv"] },
        { ["radiotherapy", "radiation", "radiation therapy"] },
        { ["yellow skin", "yellow eyes", "jaundice", "yellowing of the skin"] },
        { ["shortness of breath", "short of breath", "breathless", "breathing difficulty"] },
        { ["bone scan", "scintigraphy", "bone scintigraphy"] },
        { ["PET", "positron emission tomography"] },
        { ["CT", "computed tomography"] },
        { ["cat scan", "CT scan"] },
        { ["MRI", "magnetic resonance imaging"] },
        { ["cure", "curable", "curative", "incurable"] },
        { ["recurrence", "came back", "come back", "relapse", "reoccurs"] },
        { ["brain mets", "brain metastases", "brain metastasis"] },
        { ["secondary breast cancer", "metastatic breast cancer"] },
    };

    [Theory]
    [MemberData(nameof(EquivalentPhrasings))]
    public void Analyze_MbcVocabularyVariants_NormaliseToTheSameTerms(string[] phrasings)
    {
        var expected = Terms(WithSynonyms, phrasings[0]);

        Assert.NotEmpty(expected);
        Assert.All(phrasings, p => Assert.Equal(expected, Terms(WithSynonyms, p)));
    }

    public static TheoryData<string, string[]> SynonymTables => new()
    {
        { "Is stage IV breast cancer curable?", ["metastasi", "breast", "cancer", "cure"] },
        { "is stage four breast cancer terminal", ["metastasi", "breast", "cancer", "cure"] },
        { "why did it spread to my bones", ["caus", "did", "spread", "my", "bone"] },
        { "my skin is yellow", ["my", "jaundic"] },
        { "my skin has gone yellow", ["my", "skin", "ha", "jaundic"] },
        { "a yellow ribbon", ["yellow", "ribbon"] },
        { "locally advanced breast cancer", ["local", "advanc", "breast", "cancer"] },
        { "advanced breast cancer", ["advanc", "metastasi", "breast", "cancer"] },
        { "can I travel during chemo", ["can", "i", "travel", "dure", "chemotherapi"] },
        { "my cancer came back", ["my", "cancer", "recurr"] },
    };

    [Theory]
    [MemberData(nameof(SynonymTables))]
    public void Analyze_WithProductionSynonyms_ProducesExpectedTerms(string text, string[] expected)
    {
        Assert.Equal(expected, Terms(WithSynonyms, text));
    }

    public static TheoryData<string> HostileTexts => new()
    {
        "😀🎗️👩🏽‍⚕️ pain",
        "a\u0301\u0301\u0301 \u0301lead-mark",
        "مرحبا بالعالم שלום",
        "\u202Eevil\u202C \u200F\u200E",
        "\0\u0001\u001F\u007F\u0085",
        "\uD800\uDBFF\uDC00x\uDFFF",
        "’s 's '' .. ,, __",
        "\U0001D400\U0001D401 \U00020000",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Analyze_HostileUnicode_NeverThrowsAndKeepsInvariants(string text)
    {
        AssertInvariants(WithSynonyms, text);
    }

    [Fact]
    public void Analyze_RandomText_KeepsInvariants()
    {
        // Lucene's CheckRandomData idea: random code points (letters, marks, symbols, surrogates, controls).
        var random = new Random(20240601);
        for (var i = 0; i < 300; i++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 60);
            for (var j = 0; j < length; j++)
            {
                builder.Append(random.Next(4) switch
                {
                    0 => (char)random.Next(0, 0x250),
                    1 => (char)random.Next(0, 0x10000),
                    2 => " ,.'-"[random.Next(5)],
                    _ => "metastases chemo stage iv short of breath the no "[random.Next(49)],
                });
            }

            AssertInvariants(WithSynonyms, builder.ToString());
        }
    }

    [Fact]
    public void Analyze_OneMegabyteOfText_CompletesWithTokens()
    {
        var text = string.Concat(Enumerable.Repeat("Metastatic cancer 😀 spreads, often to bones. ", 1_048_576 / 46));

        var tokens = WithSynonyms.Analyze(text);

        Assert.True(tokens.Count > 100_000);
        Assert.Equal("metastasi", tokens[0].Term);
    }

    [Fact]
    public void Analyze_Positions_CountRemovedStopWords()
    {
        var positions = Plain.Analyze("pain in the bones").Select(t => (t.Term, t.Position));

        Assert.Equal([("pain", 0), ("bone", 3)], positions);
    }

    [Fact]
    public void Analyze_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Plain.Analyze(null!));
    }

    private static string[] Terms(Analyzer analyzer, string text) => analyzer.Analyze(text).Select(t => t.Term).ToArray();

    private static void AssertInvariants(Analyzer analyzer, string text)
    {
        var first = analyzer.Analyze(text);
        var second = analyzer.Analyze(text);

        Assert.Equal(first, second);
        var lastStart = 0;
        var lastPosition = -1;
        foreach (var token in first)
        {
            Assert.False(string.IsNullOrEmpty(token.Term));
            Assert.InRange(token.StartOffset, lastStart, token.EndOffset);
            Assert.InRange(token.EndOffset, token.StartOffset, text.Length);
            Assert.True(token.Position >= lastPosition, "positions go backwards");
            lastStart = token.StartOffset;
            lastPosition = token.Position;
        }
    }
}
