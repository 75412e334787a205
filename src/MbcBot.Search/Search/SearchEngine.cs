using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using MbcBot.Search.Analysis;
using MbcBot.Search.Index;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace MbcBot.Search.Search;

/// <summary>
/// <see cref="ISearchEngine"/> on a Lucene.Net index: built in memory from documents (<see cref="Build"/>), written to a
/// folder (<see cref="Write"/>), or opened from one (<see cref="Open"/>). The index is read-only once opened; one
/// <see cref="IndexSearcher"/> serves every thread.
/// </summary>
public sealed class SearchEngine : ISearchEngine, IDisposable
{
    /// <summary>The stored, exact id field. Not a name any caller's field may use.</summary>
    public const string IdField = "_id";

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;
    private readonly IReadOnlyList<SearchField> _fields;
    private readonly string[] _ids;
    private readonly Dictionary<string, int> _docById;
    private readonly MaxScoreSearch _maxScore;

    private SearchEngine(LuceneDirectory directory, SearchEngineOptions options, Analyzer analyzer)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = Similarity(options) };
        _analyzer = analyzer;
        _fields = options.Fields;
        _maxScore = new MaxScoreSearch(_searcher, _reader);

        // Ids once, by doc number, so a hit costs an array read, not a stored-field lookup.
        _ids = new string[_reader.MaxDoc];
        _docById = new Dictionary<string, int>(_reader.MaxDoc, StringComparer.Ordinal);
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
        {
            _ids[doc] = _reader.Document(doc).Get(IdField);
            _docById[_ids[doc]] = doc;
        }
    }

    public int Count => _ids.Length;

    public IReadOnlyList<string> DocumentIds => _ids;

    /// <summary>Indexes <paramref name="documents"/> in memory.</summary>
    public static SearchEngine Build(IEnumerable<IndexDocument> documents, SearchEngineOptions options, Analyzer analyzer)
    {
        var directory = new RAMDirectory();
        WriteTo(directory, documents, options, analyzer);
        return new SearchEngine(directory, options, analyzer);
    }

    /// <summary>Indexes <paramref name="documents"/> into <paramref name="folder"/>, replacing any index there.</summary>
    public static void Write(string folder, IEnumerable<IndexDocument> documents, SearchEngineOptions options, Analyzer analyzer)
    {
        using var directory = FSDirectory.Open(folder);
        WriteTo(directory, documents, options, analyzer);
    }

    /// <summary>Opens an index written by <see cref="Write"/>; the analyzer and options must be the ones it was written with.</summary>
    /// <exception cref="IOException">No readable index in <paramref name="folder"/>.</exception>
    public static SearchEngine Open(string folder, SearchEngineOptions options, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var directory = FSDirectory.Open(folder);
        if (!DirectoryReader.IndexExists(directory))
        {
            directory.Dispose();
            throw new IOException($"No search index in '{folder}'.");
        }

        return new SearchEngine(directory, options, analyzer);
    }

    /// <summary>
    /// The same documents, scores and order as Lucene's BooleanQuery of the clauses (<see cref="SearchPlain"/>), found
    /// with MaxScore pruning (<see cref="MaxScoreSearch"/>): at 100k passages the exhaustive BooleanScorer spends most of
    /// a query on the postings of common words that cannot lift a document into the top k.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, int top) => Search(QueryTerms(query), top);

    public IReadOnlyList<SearchHit> Search(IReadOnlyList<string> terms, int top)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0)
        {
            return [];
        }

        var best = _maxScore.Search(_fields, terms, top);
        var hits = new SearchHit[best.Count];
        for (var i = 0; i < hits.Length; i++)
        {
            hits[i] = new SearchHit(_ids[best[i].Doc], best[i].Score);
        }

        return hits;
    }

    /// <summary>
    /// <see cref="Search"/> with another MaxScore window size and postings cache limit (and a cold cache): for tests.
    /// </summary>
    internal IReadOnlyList<SearchHit> SearchWithWindowBits(
        string query, int top, int windowBits, int maxCachedPostings = MaxScoreSearch.DefaultMaxCachedPostings)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var terms = QueryTerms(query);
        return terms.Count == 0
            ? []
            : new MaxScoreSearch(_searcher, _reader, windowBits, maxCachedPostings).Search(_fields, terms, top)
                .Select(h => new SearchHit(_ids[h.Doc], h.Score)).ToArray();
    }

    /// <summary>Lucene's own exhaustive search of the BooleanQuery: the reference that <see cref="Search"/> must equal.</summary>
    internal IReadOnlyList<SearchHit> SearchPlain(string query, int top)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        if (ToQuery(QueryTerms(query)) is not { } lucene)
        {
            return [];
        }

        var docs = _searcher.Search(lucene, top).ScoreDocs;
        var hits = new SearchHit[docs.Length];
        for (var i = 0; i < docs.Length; i++)
        {
            hits[i] = new SearchHit(_ids[docs[i].Doc], docs[i].Score);
        }

        return hits;
    }

    public Explanation Explain(string query, string documentId) => Explain(QueryTerms(query), documentId);

    public Explanation Explain(IReadOnlyList<string> terms, string documentId)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (!_docById.TryGetValue(documentId, out var doc))
        {
            throw new ArgumentException($"No document has id '{documentId}'.", nameof(documentId));
        }

        return ToQuery(terms) is { } lucene
            ? _searcher.Explain(lucene, doc)
            : new Explanation(0, "no query terms (empty, only stop words)");
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>One SHOULD clause per distinct term and field, boosted by the field's boost; null when no term is left.</summary>
    private BooleanQuery? ToQuery(IReadOnlyList<string> terms)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        var boolean = new BooleanQuery(disableCoord: true);
        foreach (var field in _fields)
        {
            foreach (var term in terms)
            {
                boolean.Add(new TermQuery(new Term(field.Name, term)) { Boost = (float)field.Boost }, Occur.SHOULD);
            }
        }

        return boolean;
    }

    /// <summary>The query's distinct analyzed terms, in first-seen order.</summary>
    private List<string> QueryTerms(string query) =>
        EnglishAnalyzer.Terms(_analyzer, query ?? "").Distinct(StringComparer.Ordinal).ToList();

    private static BM25Similarity Similarity(SearchEngineOptions options) => new((float)options.K1, (float)options.B);

    private static void WriteTo(LuceneDirectory directory, IEnumerable<IndexDocument> documents, SearchEngineOptions options, Analyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(analyzer);
        options.Validate();
        var names = options.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var config = new IndexWriterConfig(EnglishAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = Similarity(options),
        };

        using var writer = new IndexWriter(directory, config);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in documents)
        {
            if (!seen.Add(source.Id))
            {
                throw new ArgumentException($"Duplicate document id '{source.Id}'.", nameof(documents));
            }

            var document = new Document { new StringField(IdField, source.Id, Field.Store.YES) };
            foreach (var (name, text) in source.Fields)
            {
                if (!names.Contains(name))
                {
                    throw new ArgumentException($"Document '{source.Id}': field '{name}' is not declared in the options.", nameof(documents));
                }

                document.Add(new TextField(name, text ?? "", Field.Store.NO));
            }

            writer.AddDocument(document);
        }

        // One segment: the index is read-only afterwards, and one segment searches fastest.
        writer.ForceMerge(1);
        writer.Commit();
    }
}
