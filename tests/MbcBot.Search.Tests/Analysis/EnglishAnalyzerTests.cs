using MbcBot.Search.Analysis;

namespace MbcBot.Search.Tests.Analysis;

/// <summary>
/// Token tables of the analyzer chain without synonyms: StandardTokenizer → possessive → lower case → Lucene's 33
/// English stop words → Porter. Each row is what the index and the query both see, so a change here changes matching.
/// </summary>
public sealed class EnglishAnalyzerTests
{
    private static readonly EnglishAnalyzer Plain = new();

    [Theory]
    // Tokenizer: hyphens split words, a letter-digit run stays one token, e-mail and URL-like text splits at '@'.
    [InlineData("HER2-positive", "her2 posit")]
    [InlineData("X-ray", "x rai")]
    [InlineData("e-mail test@example.com", "e mail test example.com")]
    [InlineData("3.5mg every 21 days", "3.5mg everi 21 dai")]
    [InlineData("stage 4 breast cancer", "stage 4 breast cancer")]
    // Possessive: 's and a trailing ' are removed before stemming; other apostrophes stay inside the token.
    [InlineData("The patient's bones", "patient bone")]
    [InlineData("Doctors' notes", "doctor note")]
    [InlineData("O'Neil", "o'neil")]
    // Lower case, including non-ASCII letters (no accent folding).
    [InlineData("MRI CT PET", "mri ct pet")]
    [InlineData("Café NAÏVE", "café naïv")]
    // Stop words: Lucene's English set ("it", "is", "a", "of", "the") go; words outside it ("my", "has") stay.
    [InlineData("It is a CT scan of the liver", "ct scan liver")]
    [InlineData("my skin has gone yellow", "my skin ha gone yellow")]
    // Porter stemmer: the classic examples, and the three metastasis words that stem apart (why synonyms.txt joins them).
    [InlineData("caresses ponies", "caress poni")]
    [InlineData("relational conditional", "relat condit")]
    [InlineData("hopeful happiness", "hope happi")]
    [InlineData("running runs ran", "run run ran")]
    [InlineData("metastasis metastases metastatic", "metastasi metastas metastat")]
    [InlineData("chemotherapy tumours", "chemotherapi tumour")]
    public void Terms_PlainChain_GiveTheTable(string text, string expected)
    {
        Assert.Equal(expected.Split(' '), Plain.Terms(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n")]
    [InlineData("the and of to it is a")]
    [InlineData("?!. ,;")]
    public void Terms_NoContentWords_AreEmpty(string text)
    {
        Assert.Empty(Plain.Terms(text));
    }

    [Fact]
    public void Terms_SameTextTwice_GiveTheSameTerms()
    {
        // The token stream is reused per thread; a second call must start from a clean state.
        var first = Plain.Terms("Bone pain after radiotherapy");
        var second = Plain.Terms("Bone pain after radiotherapy");
        Assert.Equal(["bone", "pain", "after", "radiotherapi"], first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Terms_ManyThreads_GiveTheSameTerms()
    {
        var texts = new[] { "The patient's bones ache", "HER2-positive metastatic cancer", "short of breath at night" };
        var expected = texts.Select(t => string.Join(' ', Plain.Terms(t))).ToArray();
        var results = new string[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            results[i] = string.Join(' ', Plain.Terms(texts[i % texts.Length])));
        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }
}
