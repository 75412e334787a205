using MbcBot.Search.Analysis;

namespace MbcBot.Answering.Retrieval;

/// <summary>
/// Topic terms of a text: its analyzed terms minus the analyzed <see cref="QueryWords"/>, each with an idf weight over
/// the passages, <c>idf(t) = ln(1 + (N − n + 0.5) / (n + 0.5))</c> (BM25's idf, so weights agree with the engine's),
/// where n is the number of passages using t anywhere; a term no passage uses gets n = 0, the largest weight.
/// Built once; immutable and thread-safe.
/// </summary>
internal sealed class TermProfile
{
    private readonly EnglishAnalyzer _analyzer;
    private readonly HashSet<string> _queryWordTerms;
    private readonly Dictionary<string, double> _idf;
    private readonly double _unseenIdf;

    private TermProfile(EnglishAnalyzer analyzer, HashSet<string> queryWordTerms, Dictionary<string, double> idf, double unseenIdf)
    {
        _analyzer = analyzer;
        _queryWordTerms = queryWordTerms;
        _idf = idf;
        _unseenIdf = unseenIdf;
    }

    /// <param name="passageTexts">Each passage's texts (heading, questions, body); a passage counts once per term.</param>
    public static TermProfile Build(EnglishAnalyzer analyzer, IReadOnlyList<IEnumerable<string>> passageTexts)
    {
        var queryWordTerms = new HashSet<string>(StringComparer.Ordinal);
        // Both apostrophes people type (' and ’): "I’m" is as much filler as "I'm".
        foreach (var word in QueryWords.Filler.Concat(QueryWords.Filler.Select(w => w.Replace('\'', '\u2019'))))
        {
            foreach (var term in analyzer.Terms(word))
            {
                queryWordTerms.Add(term);
            }
        }

        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var texts in passageTexts)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in texts)
            {
                foreach (var term in analyzer.Terms(text))
                {
                    if (seen.Add(term))
                    {
                        documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
                    }
                }
            }
        }

        double n = passageTexts.Count;
        var idf = documentFrequency.ToDictionary(p => p.Key, p => Idf(n, p.Value), StringComparer.Ordinal);
        return new TermProfile(analyzer, queryWordTerms, idf, Idf(n, 0));
    }

    public double Weight(string term) => _idf.TryGetValue(term, out var w) ? w : _unseenIdf;

    /// <summary>Whether some passage uses <paramref name="term"/>.</summary>
    public bool IsKnown(string term) => _idf.ContainsKey(term);

    /// <summary>The distinct topic terms of <paramref name="text"/>.</summary>
    public HashSet<string> TopicTerms(string text) => Topic(text).Terms;

    /// <summary>The topic terms and term pairs of <paramref name="text"/> with their masses, for repeated comparisons.</summary>
    public TopicSet Topic(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var pairs = new Dictionary<string, double>(StringComparer.Ordinal);
        double pairMass = 0;
        string? previous = null;
        foreach (var term in _analyzer.Terms(text))
        {
            if (_queryWordTerms.Contains(term))
            {
                continue;
            }

            terms.Add(term);
            if (previous is not null && previous != term)
            {
                var weight = PairWeight(previous, term);
                if (pairs.TryAdd(Pair(previous, term), weight))
                {
                    pairMass += weight;
                }
            }

            previous = term;
        }

        return new TopicSet(terms, Mass(terms), pairs, pairMass);
    }

    /// <summary>The key of the ordered pair (a, b) of adjacent topic terms, filler between them skipped.</summary>
    public static string Pair(string first, string second) => string.Concat(first, "\u0001", second);

    /// <summary>A pair weighs the mean of its terms' weights: <c>w(a b) = (w(a) + w(b)) / 2</c>.</summary>
    public double PairWeight(string first, string second) => (Weight(first) + Weight(second)) / 2;

    /// <summary>Σ weight over <paramref name="terms"/>.</summary>
    public double Mass(IEnumerable<string> terms)
    {
        double sum = 0;
        foreach (var term in terms)
        {
            sum += Weight(term);
        }

        return sum;
    }

    private static double Idf(double documents, double documentFrequency) =>
        Math.Log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}
