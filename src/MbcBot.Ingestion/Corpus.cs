namespace MbcBot.Ingestion;

/// <summary>
/// The validated corpus: documents in load order and every passage in document, then passage, order.
/// Immutable, so one instance can be shared by all requests.
/// </summary>
public sealed class Corpus
{
    private readonly Dictionary<string, CorpusDocument> _byId;

    /// <summary>Builds a corpus from documents already validated (CorpusLoader) or built in memory (tests).</summary>
    /// <exception cref="ArgumentException">Two documents share an id.</exception>
    public Corpus(IReadOnlyList<CorpusDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        _byId = new Dictionary<string, CorpusDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (!_byId.TryAdd(document.Id, document))
            {
                throw new ArgumentException($"Duplicate document id '{document.Id}'.", nameof(documents));
            }
        }

        Documents = documents.ToArray();
        Passages = Documents.SelectMany(d => d.Passages).ToArray();
    }

    public IReadOnlyList<CorpusDocument> Documents { get; }

    public IReadOnlyList<Passage> Passages { get; }

    /// <exception cref="KeyNotFoundException">No document has this id.</exception>
    public CorpusDocument GetDocument(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out var document)
            ? document
            : throw new KeyNotFoundException($"No corpus document has id '{id}'.");
    }
}
