using MbcBot.Ingestion;

namespace MbcBot.Answering.Semantic;

/// <summary>
/// Every passage as a few sentence vectors — its heading with its text, its heading alone, and each curated question —
/// computed once at start-up. A question's similarity to a passage is the largest cosine to any of them:
/// <c>sim(q, p) = max over v in vectors(p) of q·v</c>, so a question phrased like a curated question, like the heading,
/// or like the text itself all find the passage. Immutable and thread-safe.
/// </summary>
internal sealed class SemanticIndex
{
    /// <summary>Names the model in cache file names; change it when the model changes.</summary>
    public const string ModelName = "all-MiniLM-L6-v2";

    private readonly ISentenceEmbedder _embedder;
    private readonly Passage[] _passages;
    private readonly float[][][] _vectors;

    private SemanticIndex(ISentenceEmbedder embedder, Passage[] passages, float[][][] vectors)
    {
        _embedder = embedder;
        _passages = passages;
        _vectors = vectors;
    }

    /// <param name="cacheFolder">Where <see cref="VectorCache"/> keeps the vectors; null computes them every time.</param>
    /// <param name="warn">Hears why the cache could not be written (never any user text).</param>
    public static SemanticIndex Build(
        IReadOnlyList<Passage> passages,
        ISentenceEmbedder embedder,
        string? cacheFolder = null,
        Action<string>? warn = null)
    {
        var texts = passages.Select(Texts).ToArray();
        var all = texts.SelectMany(t => t).ToArray();
        var flat = VectorCache.EmbedAll(embedder, ModelName, all, cacheFolder, warn);

        var vectors = new float[passages.Count][][];
        var next = 0;
        for (var i = 0; i < passages.Count; i++)
        {
            vectors[i] = new float[texts[i].Length][];
            for (var j = 0; j < texts[i].Length; j++)
            {
                vectors[i][j] = flat[next++];
            }
        }

        return new SemanticIndex(embedder, [.. passages], vectors);
    }

    /// <summary>The unit vector of <paramref name="text"/>.</summary>
    public float[] Embed(string text) => _embedder.Embed([text])[0];

    /// <summary>Each passage's similarity to <paramref name="query"/> (a vector from <see cref="Embed"/>), by passage id.</summary>
    public Dictionary<string, double> Similarities(float[] query)
    {
        var result = new Dictionary<string, double>(_passages.Length, StringComparer.Ordinal);
        for (var i = 0; i < _passages.Length; i++)
        {
            var best = double.MinValue;
            foreach (var vector in _vectors[i])
            {
                best = Math.Max(best, Vectors.Dot(query, vector));
            }

            result[_passages[i].Id] = best;
        }

        return result;
    }

    /// <summary>
    /// heading + text, heading, each curated question, then windows of <see cref="WindowSentences"/> sentences of the text
    /// (a list item is a sentence), so one sentence of a long passage can match a question on its own.
    /// </summary>
    private static string[] Texts(Passage passage) =>
        [$"{passage.Heading}. {passage.Text}", passage.Heading, .. passage.Questions, .. Windows(passage.Text)];

    private const int WindowSentences = 2;

    private static IEnumerable<string> Windows(string text)
    {
        var sentences = System.Text.RegularExpressions.Regex.Split(text, @"(?<=[.!?:])\s+|\n+")
            .Select(s => s.TrimStart('-', ' ').Trim())
            .Where(s => s.Length > 0)
            .ToArray();
        if (sentences.Length <= WindowSentences)
        {
            yield break;
        }

        for (var i = 0; i + WindowSentences <= sentences.Length; i++)
        {
            yield return string.Join(" ", sentences.Skip(i).Take(WindowSentences));
        }
    }
}
