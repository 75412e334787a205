using MbcBot.Search.Analysis;
using MbcBot.Search.Index;
using MbcBot.Search.Search;

namespace MbcBot.Search.Tests.Testing;

/// <summary>Small in-memory engines for the tests: documents as (id, heading, body) triples.</summary>
internal static class TestEngines
{
    public const string Heading = "heading";
    public const string Body = "body";

    /// <summary>heading (boost <paramref name="headingBoost"/>) + body (boost 1), Lucene's default k1 = 1.2, b = 0.75.</summary>
    public static SearchEngineOptions Options(double headingBoost = 2.0, double k1 = 1.2, double b = 0.75) => new()
    {
        K1 = k1,
        B = b,
        Fields = [new SearchField(Heading, headingBoost), new SearchField(Body, 1.0)],
    };

    public static IndexDocument Doc(string id, string heading, string body) =>
        new(id, new Dictionary<string, string> { [Heading] = heading, [Body] = body });

    public static SearchEngine Build(params (string Id, string Heading, string Body)[] docs) =>
        Build(Options(), docs);

    public static SearchEngine Build(SearchEngineOptions options, params (string Id, string Heading, string Body)[] docs) =>
        SearchEngine.Build(docs.Select(d => Doc(d.Id, d.Heading, d.Body)), options, new EnglishAnalyzer());

    /// <summary>The score of <paramref name="id"/> for <paramref name="query"/>; fails the test when it is not a hit.</summary>
    public static double ScoreOf(ISearchEngine engine, string query, string id)
    {
        var hit = engine.Search(query, engine.Count).SingleOrDefault(h => h.DocumentId == id);
        Assert.True(hit is not null, $"'{id}' is not a hit for '{query}'.");
        return hit.Score;
    }

    /// <summary>
    /// Deterministic pseudo-text: words drawn from a Zipf-like vocabulary (word k with weight 1/(k+1)), so a few terms
    /// are in most documents and most are rare, as in real text. Used to compare two search paths on a non-trivial index.
    /// </summary>
    public static List<IndexDocument> GeneratedCorpus(int count, int seed, out List<string> queries)
    {
        var random = new Random(seed);
        var vocabulary = Enumerable.Range(0, 3000).Select(Word).ToArray();
        var cumulative = new double[vocabulary.Length];
        var total = 0.0;
        for (var k = 0; k < vocabulary.Length; k++)
        {
            total += 1.0 / (k + 1);
            cumulative[k] = total;
        }

        string Draw()
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble() * total);
            return vocabulary[Math.Min(index < 0 ? ~index : index, vocabulary.Length - 1)];
        }

        string Text(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Draw()));

        var docs = Enumerable.Range(0, count).Select(i => Doc($"d{i:D5}", Text(2, 8), Text(20, 120))).ToList();
        queries = Enumerable.Range(0, 300).Select(_ => Text(1, 12)).ToList();
        return docs;
    }

    /// <summary>"word" k as letters only (base 26), so the tokenizer and Porter keep it one term.</summary>
    private static string Word(int k)
    {
        var letters = new System.Text.StringBuilder("q");
        for (var n = k; ; n /= 26)
        {
            letters.Append((char)('a' + n % 26));
            if (n < 26) break;
        }

        return letters.Append("x").ToString();
    }
}
