using MbcBot.Ingestion;
using MbcBot.Search.Analysis;
using MbcBot.Search.Search;

namespace MbcBot.Answering.Retrieval;

/// <summary>
/// How sure we are that the best passage answers the question, in [0, 1].
/// <para>
/// Raw BM25 scores depend on the query and the corpus, so a fixed score threshold is fragile (product-anchors §4.5).
/// Instead: confidence = the share of the question's topic that the best passage covers,
/// <c>Σ idf(t) over topic terms t found in the passage / Σ idf(t) over all topic terms</c>, where topic terms are the
/// analyzed query terms minus question and filler words ("what", "does", "my", "tell"...), and a term the corpus never
/// uses gets the largest idf, <c>ln(1 + (N + 0.5) / 0.5)</c>. Rare words weigh most, so a question whose key word the
/// corpus never mentions ("prostate", "cost", "football") scores low even when "cancer" matches everywhere, and a
/// question made of corpus words scores high.
/// </para>
/// <para>
/// Calibrated on kinds of question (definitions, sites, symptoms, tests, treatments, prognosis words vs. other cancers,
/// money, places, weather, food, sport), never on one question's string: see AnswerConfidenceTests.
/// </para>
/// </summary>
internal sealed class AnswerConfidence
{
    /// <summary>
    /// Words that say what kind of answer is wanted, not what it is about. They still take part in the search
    /// (they match the curated questions); they are only left out of the coverage measure.
    /// </summary>
    private static readonly string[] IntentWords =
    [
        "what", "whats", "where", "when", "which", "who", "whom", "why", "how", "does", "do", "did", "done", "can", "could",
        "would", "should", "shall", "may", "might", "must", "will", "i", "im", "i'm", "me", "my", "mine", "myself", "we",
        "us", "our", "you", "your", "it", "its", "tell", "know", "explain", "define", "definition", "meaning", "mean",
        "means", "describe", "information", "info", "about", "get", "got", "have", "has", "had", "am", "are", "was",
        "were", "been", "being", "is", "there", "please", "thing", "things", "something", "anything", "any", "really",
        "just", "like", "want", "need", "much", "many", "called", "also", "some", "happen", "happens", "ok", "okay",
    ];

    private readonly HashSet<string> _intentTerms;
    private readonly Dictionary<string, HashSet<string>> _termsByPassage;

    private AnswerConfidence(HashSet<string> intentTerms, Dictionary<string, HashSet<string>> termsByPassage)
    {
        _intentTerms = intentTerms;
        _termsByPassage = termsByPassage;
    }

    public static AnswerConfidence Build(Corpus corpus, Analyzer analyzer)
    {
        var intent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in IntentWords)
        {
            foreach (var token in analyzer.Analyze(word))
            {
                intent.Add(token.Term);
            }
        }

        var terms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var passage in corpus.Passages)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var text in passage.Questions.Append(passage.Heading).Append(passage.Text))
            {
                foreach (var token in analyzer.Analyze(text))
                {
                    set.Add(token.Term);
                }
            }

            terms[passage.Id] = set;
        }

        return new AnswerConfidence(intent, terms);
    }

    public double Of(SearchResults results, Passage best)
    {
        var inPassage = _termsByPassage[best.Id];
        double total = 0, covered = 0;
        foreach (var term in results.QueryTerms)
        {
            if (_intentTerms.Contains(term.Term))
            {
                continue;
            }

            total += term.Idf;
            if (inPassage.Contains(term.Term))
            {
                covered += term.Idf;
            }
        }

        return total > 0 ? covered / total : 0;
    }
}
