namespace MbcBot.Search.Analysis;

/// <summary>
/// Lucene's EnglishAnalyzer chain plus a synonym stage:
/// StandardTokenizer → EnglishPossessiveFilter → LowerCaseFilter → SynonymFilter → StopFilter → PorterStemFilter.
/// Synonyms run after lower-casing (entries are matched case-insensitively) and before stop words and
/// stemming (entries may contain stop words; canonical words are stemmed like text).
/// Stop words are Lucene's 33-word English set, which includes "no" and "not": never decide safety from terms.
/// Immutable and thread-safe.
/// </summary>
public sealed class EnglishAnalyzer : Analyzer
{
    private readonly SynonymMap _synonyms;

    /// <param name="synonyms">Domain synonyms; null for none.</param>
    public EnglishAnalyzer(SynonymMap? synonyms = null)
    {
        _synonyms = synonyms ?? SynonymMap.Empty;
    }

    /// <summary>Lucene's default English stop set (33 words).</summary>
    public static IReadOnlySet<string> DefaultStopWords => EnglishStopWords.Set;

    internal override TokenStreamComponents CreateComponents()
    {
        var source = new StandardTokenizer();
        TokenStream sink = new EnglishPossessiveFilter(source);
        sink = new LowerCaseFilter(sink);
        sink = new SynonymFilter(sink, _synonyms);
        sink = new StopFilter(sink, EnglishStopWords.Set);
        sink = new PorterStemFilter(sink);
        return new TokenStreamComponents(source, sink);
    }
}
