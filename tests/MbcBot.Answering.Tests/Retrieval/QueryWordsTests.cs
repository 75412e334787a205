using MbcBot.Answering.Retrieval;

namespace MbcBot.Answering.Tests.Retrieval;

public sealed class QueryWordsTests
{
    [Fact]
    public void Filler_NoEntryIsATopicWordOfTheDomain()
    {
        string[] topicWords = ["where", "why", "cancer", "breast", "spread", "cure", "pain", "scan", "stage", "no", "not"];

        Assert.Empty(QueryWords.Filler.Intersect(topicWords, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Filler_Entries_LowerCaseAndDistinct()
    {
        Assert.All(QueryWords.Filler, w => Assert.Equal(w.ToLowerInvariant(), w));
        Assert.Equal(QueryWords.Filler.Length, QueryWords.Filler.Distinct(StringComparer.Ordinal).Count());
    }
}
