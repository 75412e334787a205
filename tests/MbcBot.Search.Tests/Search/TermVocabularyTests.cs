using Lucene.Net.Index;
using Lucene.Net.Store;
using MbcBot.Search.Analysis;
using MbcBot.Search.Search;
using MbcBot.Search.Tests.Testing;

namespace MbcBot.Search.Tests.Search;

public sealed class TermVocabularyTests
{
    [Fact]
    public void Lacks_IndexedAndUnknownWords_SameAsLucenesTermDictionary()
    {
        WithIndex(reader =>
        {
            var vocabulary = new TermVocabulary(reader);
            var indexed = Terms(reader, TestEngines.Body);
            Assert.True(indexed.Count > 500, $"only {indexed.Count} terms");

            foreach (var term in indexed.Concat(indexed.Select(t => t + "q")).Concat(["zqxv", "12345", "", "héllo"]))
            {
                var inDictionary = TermContext.Build(reader.Context, new Term(TestEngines.Body, term)).DocFreq > 0;
                Assert.Equal(!inDictionary, vocabulary.Lacks(TestEngines.Body, term));
            }

            Assert.True(vocabulary.Lacks("no-such-field", "bone"));
        });
    }

    [Fact]
    public void Lacks_FieldWithMoreTermsThanTheLimit_NeverTrue()
    {
        WithIndex(reader =>
        {
            var vocabulary = new TermVocabulary(reader, maxTerms: 10);

            Assert.False(vocabulary.Lacks(TestEngines.Body, "zqxv"));
        });
    }

    [Fact]
    public void Lacks_LoneSurrogate_LeftToLucene()
    {
        WithIndex(reader => Assert.False(new TermVocabulary(reader).Lacks(TestEngines.Body, "a\uD800b")));
    }

    private static void WithIndex(Action<DirectoryReader> test)
    {
        var docs = TestEngines.GeneratedCorpus(300, seed: 23, out _);
        var folder = System.IO.Directory.CreateTempSubdirectory("mbcbot-vocabulary-");
        try
        {
            SearchEngine.Write(folder.FullName, docs, TestEngines.Options(), new EnglishAnalyzer());
            using var directory = FSDirectory.Open(folder.FullName);
            using var reader = DirectoryReader.Open(directory);
            test(reader);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<string> Terms(IndexReader reader, string field)
    {
        var terms = new List<string>();
        var iterator = MultiFields.GetTerms(reader, field).GetEnumerator();
        while (iterator.MoveNext())
        {
            terms.Add(iterator.Term.Utf8ToString());
        }

        return terms;
    }
}
