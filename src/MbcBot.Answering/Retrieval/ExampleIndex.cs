using System.Numerics.Tensors;
using MbcBot.Answering.Learning;

namespace MbcBot.Answering.Retrieval;

/// <summary>
/// The labelled questions as sentence vectors: every answer example with the passages that answer it, every curated
/// question with its passage, and every not-covered example with its kind. A message's similarity to a passage's
/// examples says how much it is asked the way that passage's questions were asked — the decision's strongest sign of a
/// right answer (<see cref="CandidateSignals"/>); its similarity to the not-covered examples says how much it is asked
/// like a question the pages do not answer. One pass of dot products per message (~3,000 × 384). Immutable and
/// thread-safe.
/// </summary>
internal sealed class ExampleIndex
{
    private readonly float[] _vectors;
    private readonly int _dimensions;
    private readonly Entry[] _entries;

    public ExampleIndex(IReadOnlyList<Entry> entries, IReadOnlyList<float[]> vectors)
    {
        if (entries.Count != vectors.Count) throw new ArgumentException("One vector per entry.", nameof(vectors));
        _entries = [.. entries];
        _dimensions = vectors.Count > 0 ? vectors[0].Length : 0;
        _vectors = new float[entries.Count * _dimensions];
        for (var i = 0; i < vectors.Count; i++)
        {
            vectors[i].CopyTo(_vectors, i * _dimensions);
        }
    }

    public static ExampleIndex Empty { get; } = new([], []);

    public int Count => _entries.Length;

    /// <summary>The texts to embed for <paramref name="examples"/> and the curated questions, in entry order.</summary>
    public static IReadOnlyList<Entry> Entries(IEnumerable<LabelledExample> examples, IEnumerable<Ingestion.Passage> passages) =>
    [
        .. examples.Select(e => new Entry(e.Text, e.Passages, e.Label == LabelledExample.NotCovered ? e.Kind ?? "" : null, e.Hand, e.Register)),
        .. passages.SelectMany(p => p.Questions.Select(q => new Entry(q, [p.Id], null, CuratedHand, "curated"))),
    ];

    /// <summary>The hand of the corpus's curated questions (never held out: they ship with the corpus).</summary>
    public const string CuratedHand = "corpus";

    /// <summary>
    /// How similar <paramref name="vector"/> is to each passage's examples (the largest cosine), to the not-covered
    /// examples and to any answer example. <paramref name="leaveOut"/> leaves examples out (one writer's, one
    /// register's), so <c>train</c> measures a question against others' wording only, as the bot meets a stranger's.
    /// </summary>
    public ExampleSimilarities Similarities(ReadOnlySpan<float> vector, Func<Entry, bool>? leaveOut = null)
    {
        var byPassage = new Dictionary<string, double>(StringComparer.Ordinal);
        var (uncovered, kind, answerable) = (-1.0, (string?)null, -1.0);
        if (_dimensions == 0 || vector.Length != _dimensions) return new ExampleSimilarities(byPassage, uncovered, kind, answerable);
        for (var i = 0; i < _entries.Length; i++)
        {
            var entry = _entries[i];
            if (leaveOut is not null && leaveOut(entry)) continue;
            double similarity = TensorPrimitives.Dot(vector, _vectors.AsSpan(i * _dimensions, _dimensions));
            if (entry.Kind is not null)
            {
                if (similarity > uncovered) (uncovered, kind) = (similarity, entry.Kind);
                continue;
            }

            answerable = Math.Max(answerable, similarity);
            foreach (var passage in entry.Passages)
            {
                if (!byPassage.TryGetValue(passage, out var best) || similarity > best) byPassage[passage] = similarity;
            }
        }

        return new ExampleSimilarities(byPassage, uncovered, kind, answerable);
    }

    /// <summary>One labelled text: the passages that answer it, or (not covered) its kind; and who wrote it.</summary>
    internal sealed record Entry(string Text, IReadOnlyList<string> Passages, string? Kind, string Hand, string Register);
}

/// <summary>A message's largest cosine to each passage's examples, to the not-covered examples (and their kind), and to any answer example.</summary>
internal sealed record ExampleSimilarities(IReadOnlyDictionary<string, double> ByPassage, double Uncovered, string? UncoveredKind, double Answerable);
