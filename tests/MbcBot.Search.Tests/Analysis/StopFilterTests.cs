using System.Collections.Frozen;
using MbcBot.Search.Analysis;
using MbcBot.Search.Tests.TestSupport;

namespace MbcBot.Search.Tests.Analysis;

public sealed class StopFilterTests
{
    [Fact]
    public void IncrementToken_ExactCase_RemovesOnlyExactMatches()
    {
        // Lucene's TestStopFilter.TestExactCase.
        var stopWords = new[] { "is", "the", "Time" }.ToFrozenSet(StringComparer.Ordinal);

        var terms = TokenStreams.Terms(new StopFilter(TokenStreams.Whitespace("Now is The Time"), stopWords));

        Assert.Equal(["Now", "The"], terms);
    }

    [Fact]
    public void IncrementToken_RemovedWords_StillAdvancePositions()
    {
        var tokens = TokenStreams.Consume(new StopFilter(TokenStreams.Whitespace("pain in the bones"), EnglishStopWords.Set));

        Assert.Equal([("pain", 1), ("bones", 3)], tokens.Select(t => (t.Term, t.Increment)));
    }

    [Fact]
    public void EnglishStopWords_Set_IsLuceneDefaultOf33IncludingNegations()
    {
        Assert.Equal(33, EnglishAnalyzer.DefaultStopWords.Count);
        Assert.Contains("no", EnglishAnalyzer.DefaultStopWords);
        Assert.Contains("not", EnglishAnalyzer.DefaultStopWords);
        Assert.DoesNotContain("what", EnglishAnalyzer.DefaultStopWords);
    }

    [Fact]
    public void IncrementToken_NegatedSentence_LosesNegation()
    {
        // Documented hazard: safety must never be decided from analyzed terms.
        var terms = TokenStreams.Terms(new StopFilter(TokenStreams.Whitespace("i am not in pain there is no fever"), EnglishStopWords.Set));

        Assert.Equal(["i", "am", "pain", "fever"], terms);
    }
}
