using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using EnglishPossessiveFilter = Lucene.Net.Analysis.En.EnglishPossessiveFilter;
using PorterStemFilter = Lucene.Net.Analysis.En.PorterStemFilter;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using EnglishAnalyzer = MbcBot.Search.Analysis.EnglishAnalyzer;
using SynonymFile = MbcBot.Search.Analysis.SynonymFile;

namespace MbcBot.Search.Tests.Analysis;

/// <summary>
/// <see cref="EnglishAnalyzer"/> builds its tokens with Lucene's Token attribute factory (one object per token, for
/// speed); the tokens must be exactly those of the same chain on Lucene's default attributes, at index and query time.
/// </summary>
public sealed class EnglishAnalyzerTokenFactoryTests
{
    [Fact]
    public void Tokens_CorpusAndLayWording_SameAsDefaultAttributeChain()
    {
        var synonyms = SynonymFile.Load(Path.Combine(RepositoryPaths.Corpus, "synonyms.txt"));
        var shipped = new EnglishAnalyzer(synonyms);
        var reference = new DefaultAttributeChain(synonyms);
        var texts = Directory.GetFiles(RepositoryPaths.Corpus, "*.md")
            .SelectMany(File.ReadLines)
            .Concat(File.ReadLines(Path.Combine(RepositoryPaths.Corpus, "synonyms.txt")))
            .Concat(["my mum's tumour came back after the op, she's short of breath", "wot r the symtoms if its gone 2 the lungs"])
            .Where(line => line.Trim().Length > 0)
            .ToList();

        Assert.True(texts.Count > 100);
        foreach (var text in texts)
        {
            Assert.Equal(Tokens(reference, text), Tokens(shipped, text));
        }
    }

    /// <summary>Each token as term, position increment, position length and offsets: everything the index keeps.</summary>
    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term} +{increment.PositionIncrement} len{length.PositionLength} {offset.StartOffset}-{offset.EndOffset}");
        }

        stream.End();
        return tokens;
    }

    /// <summary>The analyzer's documented chain on Lucene's default attribute factory.</summary>
    private sealed class DefaultAttributeChain(SynonymMap synonyms) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(EnglishAnalyzer.Version, reader);
            TokenStream stream = new EnglishPossessiveFilter(EnglishAnalyzer.Version, source);
            stream = new LowerCaseFilter(EnglishAnalyzer.Version, stream);
            stream = new SynonymFilter(stream, synonyms, ignoreCase: false);
            stream = new StopFilter(EnglishAnalyzer.Version, stream, StopAnalyzer.ENGLISH_STOP_WORDS_SET);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
