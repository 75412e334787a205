using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace MbcBot.Search.Search;

/// <summary>
/// Top-k retrieval of a disjunction of TermQuery clauses (one per distinct term and field) with block-max MaxScore
/// pruning (Turtle &amp; Flood 1995; per-window bounds as in Ding &amp; Suel 2011), built on Lucene's public APIs: each
/// clause is scored by Lucene's own TermWeight / TermScorer (BM25Similarity), so a document's score is the one Lucene's
/// BooleanQuery gives, and the top k are the same documents in the same order (score descending, then index order).
/// Only documents that cannot enter the top k are skipped.
/// <para>
/// The bound: the doc-id space of each segment is cut into windows of 2^windowBits documents, and every
/// clause i has, per window w, u_i(w) = the largest score it gives a document of w (computed once per term and field
/// from its postings, then cached). In window w the clauses are ordered by u ascending with prefix sums
/// U_j = u_0 + … + u_j. With the heap holding k documents and θ its k-th score: if U_{n−1} ≤ θ no document of the window
/// can score above θ and the window is skipped; otherwise the clauses 0..j with U_j ≤ θ are "non-essential" (a document
/// matching only them cannot beat θ), candidates come from the essential clauses alone, and a non-essential clause is
/// only advanced to a candidate while (score so far + U of the clauses not yet looked at) &gt; θ. Common words (low idf,
/// so small u) stop being walked once θ is high enough, which is where Lucene's exhaustive BooleanScorer spends its
/// time; per-window bounds stay close to the scores really found there, where one global maximum per term would be set
/// by its single best document.
/// </para>
/// </summary>
internal sealed class MaxScoreSearch
{
    /// <summary>Documents per bound window by default: 2^11. Smaller gives tighter bounds but more windows to order.</summary>
    public const int DefaultWindowBits = 11;

    /// <summary>
    /// Postings of up to this many documents in a segment are kept in memory with their scores (<see cref="ScoredPostings"/>,
    /// 8 bytes a document): at most 8 KB a clause, so the cache stays small however large the index, while every term
    /// of a corpus of a few hundred passages is walked without building a Lucene scorer.
    /// </summary>
    public const int DefaultMaxCachedPostings = 1024;

    /// <summary>Bounds are raised by this relative margin so a rounding difference can never make a bound too low.</summary>
    private const double BoundMargin = 1e-6;

    private readonly IndexSearcher _searcher;
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly ConcurrentDictionary<(string Field, string Term), Clause> _clauses = new();
    private readonly int _windowBits;
    private readonly int _maxCachedPostings;
    private readonly TermVocabulary _vocabulary;

    /// <param name="windowBits">log2 of the window size; tests use small windows to cross many window edges.</param>
    /// <param name="maxCachedPostings">
    /// The longest postings (per segment) kept in memory with their scores; 0 keeps none. Tests vary it to compare both
    /// ways of walking a clause.
    /// </param>
    public MaxScoreSearch(IndexSearcher searcher, IndexReader reader, int windowBits = DefaultWindowBits, int maxCachedPostings = DefaultMaxCachedPostings)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(windowBits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(windowBits, 30);
        ArgumentOutOfRangeException.ThrowIfNegative(maxCachedPostings);
        _searcher = searcher;
        _leaves = reader.Leaves;
        _windowBits = windowBits;
        _maxCachedPostings = maxCachedPostings;
        _vocabulary = new TermVocabulary(reader);
    }

    /// <summary>
    /// The scored clause of a (field, term), or null when no document has the term in that field. Cached only when
    /// present, so the cache is bounded by the index's vocabulary (unknown query words are not kept). Costs one walk of
    /// the term's postings the first time; a term absent from the index costs a hash lookup (<see cref="TermVocabulary"/>)
    /// or, in a large index, a term-dictionary lookup.
    /// </summary>
    private Clause? ClauseFor(string field, double boost, string term)
    {
        if (_clauses.TryGetValue((field, term), out var cached))
        {
            return cached;
        }

        // In no segment's term dictionary: no scorer would find a document, so the answer is null without building the
        // weight (its collection statistics cost several times a dictionary lookup). Unknown words are common in
        // questions: a misspelling, a number, a name.
        if (_vocabulary.Lacks(field, term))
        {
            return null;
        }

        var luceneTerm = new Term(field, term);
        if (TermContext.Build(_searcher.TopReaderContext, luceneTerm).DocFreq == 0)
        {
            return null;
        }

        var weight = _searcher.CreateNormalizedWeight(new TermQuery(luceneTerm) { Boost = (float)boost });
        var windowMax = new double[_leaves.Count][];
        var postings = new ScoredPostings?[_leaves.Count];
        var any = false;
        var docs = new List<int>();
        var scores = new List<float>();
        for (var l = 0; l < _leaves.Count; l++)
        {
            var leaf = _leaves[l];
            var maxes = new double[(int)(((long)leaf.AtomicReader.MaxDoc + (1 << _windowBits) - 1) >> _windowBits)];
            windowMax[l] = maxes;
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is not { } scorer)
            {
                postings[l] = ScoredPostings.None;
                continue;
            }

            docs.Clear();
            scores.Clear();
            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                any = true;
                var score = scorer.GetScore();
                var bound = score * (1 + BoundMargin);
                if (bound > maxes[doc >> _windowBits]) maxes[doc >> _windowBits] = bound;
                if (docs.Count <= _maxCachedPostings)
                {
                    docs.Add(doc);
                    scores.Add(score);
                }
            }

            if (docs.Count <= _maxCachedPostings) postings[l] = new ScoredPostings([.. docs], [.. scores]);
        }

        return any ? _clauses.GetOrAdd((field, term), new Clause(weight, windowMax, postings)) : null;
    }

    /// <summary>The best <paramref name="top"/> (doc, score) pairs, best first; ties in index order.</summary>
    public List<(int Doc, float Score)> Search(IReadOnlyList<SearchField> fields, IReadOnlyList<string> terms, int top)
    {
        var clauses = new List<Clause>(fields.Count * terms.Count);
        foreach (var field in fields)
        {
            foreach (var term in terms)
            {
                if (ClauseFor(field.Name, field.Boost, term) is { } clause)
                {
                    clauses.Add(clause);
                }
            }
        }

        var heap = new TopHeap(top);
        if (clauses.Count == 0)
        {
            return heap.Drain();
        }

        var state = new LeafState(clauses.Count);
        for (var l = 0; l < _leaves.Count; l++)
        {
            var leaf = _leaves[l];
            for (var i = 0; i < clauses.Count; i++)
            {
                state.Cursors[i] = CursorFor(clauses[i], l, leaf);
                state.Docs[i] = state.Cursors[i] is { } c ? c.NextDoc() : DocIdSetIterator.NO_MORE_DOCS;
            }

            ScoreLeaf(clauses, l, leaf.AtomicReader.MaxDoc, leaf.DocBase, _windowBits, state, heap);
        }

        return heap.Drain();
    }

    /// <summary>The clause's documents in a segment: from memory when kept, else Lucene's scorer; null when it has none.</summary>
    private static ClauseCursor? CursorFor(Clause clause, int leafOrd, AtomicReaderContext leaf)
    {
        if (clause.Postings[leafOrd] is { } postings)
        {
            return postings.Docs.Length == 0 ? null : new ClauseCursor.OfPostings(postings);
        }

        return clause.Weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } scorer ? new ClauseCursor.OfScorer(scorer) : null;
    }

    private static void ScoreLeaf(
        List<Clause> clauses, int leafOrd, int maxDoc, int docBase, int windowBits, LeafState state, TopHeap heap)
    {
        var windowSize = 1 << windowBits;
        var n = clauses.Count;
        var (cursors, docs, order, prefix) = (state.Cursors, state.Docs, state.Order, state.Prefix);
        var threshold = heap.Threshold;

        for (var w = 0; (long)w << windowBits < maxDoc; w++)
        {
            var windowStart = w << windowBits;
            var windowEnd = (int)Math.Min((long)windowStart + windowSize, maxDoc);

            // The clauses by their bound in this window, ascending (insertion sort: a query has a few dozen clauses).
            for (var k = 0; k < n; k++)
            {
                var bound = clauses[k].WindowMax[leafOrd][w];
                var j = k;
                while (j > 0 && clauses[order[j - 1]].WindowMax[leafOrd][w] > bound)
                {
                    order[j] = order[j - 1];
                    j--;
                }

                order[j] = k;
            }

            var sum = 0.0;
            for (var k = 0; k < n; k++)
            {
                sum += clauses[order[k]].WindowMax[leafOrd][w];
                prefix[k] = sum;
            }

            // Clauses order[0 .. firstEssential − 1] are non-essential: prefix[firstEssential − 1] ≤ θ.
            var firstEssential = 0;
            while (firstEssential < n && prefix[firstEssential] <= threshold) firstEssential++;

            // Essential clauses start the window on or after its first document (non-essential ones are moved lazily).
            for (var k = firstEssential; k < n; k++)
            {
                var i = order[k];
                if (docs[i] < windowStart) docs[i] = cursors[i]!.Advance(windowStart);
            }

            while (firstEssential < n)
            {
                // The next candidate: the smallest current document of the essential clauses.
                var candidate = windowEnd;
                for (var k = firstEssential; k < n; k++)
                {
                    if (docs[order[k]] < candidate) candidate = docs[order[k]];
                }

                if (candidate >= windowEnd)
                {
                    break;
                }

                // Essential clauses on the candidate: score and step past it. Summed in double like Lucene's
                // BooleanScorer: a double has 53 − 24 = 29 bits beyond a float's significand, and a query's clause
                // scores (idf from about 0.5/N to ln(N), times tf and boost factors of a few) span fewer binary orders
                // than that minus log2 of the clause count, so the double sum of the float scores is exact and the order
                // of addition cannot change the (float) result: the BooleanQuery's score, which the tests check exactly.
                var score = 0.0;
                for (var k = firstEssential; k < n; k++)
                {
                    var i = order[k];
                    if (docs[i] == candidate)
                    {
                        score += cursors[i]!.Score();
                        docs[i] = cursors[i]!.NextDoc();
                    }
                }

                // Non-essential clauses, largest bound first, while the candidate can still beat θ.
                var competitive = true;
                for (var k = firstEssential - 1; k >= 0; k--)
                {
                    if (score + prefix[k] <= threshold)
                    {
                        competitive = false;
                        break;
                    }

                    var i = order[k];
                    if (docs[i] < candidate)
                    {
                        docs[i] = cursors[i]!.Advance(candidate);
                    }

                    if (docs[i] == candidate)
                    {
                        score += cursors[i]!.Score();
                    }
                }

                if (competitive && heap.Offer(docBase + candidate, (float)score))
                {
                    threshold = heap.Threshold;
                    while (firstEssential < n && prefix[firstEssential] <= threshold) firstEssential++;
                }
            }
        }
    }

    /// <param name="Weight">Lucene's normalized TermWeight of the clause (boost = the field's).</param>
    /// <param name="WindowMax">Per segment, per window: the clause's largest score there (raised by the margin), 0 if none.</param>
    /// <param name="Postings">Per segment: its documents and scores when at most the cache limit, else null.</param>
    private sealed record Clause(Weight Weight, double[][] WindowMax, ScoredPostings?[] Postings);

    /// <summary>Per-query scratch: each clause's cursor in the current segment, its current document, the window order.</summary>
    private sealed class LeafState(int n)
    {
        public readonly ClauseCursor?[] Cursors = new ClauseCursor?[n];
        public readonly int[] Docs = new int[n];
        public readonly int[] Order = new int[n];
        public readonly double[] Prefix = new double[n];
    }

    /// <summary>
    /// The k best (doc, score) pairs seen, as a binary min-heap whose root is the worst: the lowest score, and at equal
    /// scores the later document (Lucene's HitQueue order). Documents arrive in increasing order, so a new document
    /// with a score equal to the root's is worse than it and is refused.
    /// </summary>
    private sealed class TopHeap(int capacity)
    {
        private int[] _heapDocs = [];
        private float[] _heapScores = [];
        private int _count;

        /// <summary>θ: the score a document must beat, or −∞ while the heap is not full.</summary>
        public double Threshold => _count == capacity ? _heapScores[0] : double.NegativeInfinity;

        /// <summary>Adds the document if it is among the k best so far; true when θ may have changed.</summary>
        public bool Offer(int doc, float score)
        {
            EnsureArrays();
            if (_count < capacity)
            {
                _heapDocs[_count] = doc;
                _heapScores[_count] = score;
                SiftUp(_count++);
                return _count == capacity;
            }

            // Later doc: equal score loses.
            if (score <= _heapScores[0])
            {
                return false;
            }

            _heapDocs[0] = doc;
            _heapScores[0] = score;
            SiftDown(0);
            return true;
        }

        /// <summary>The pairs best first.</summary>
        public List<(int Doc, float Score)> Drain()
        {
            var result = new List<(int, float)>(_count);
            for (var i = 0; i < _count; i++) result.Add((_heapDocs[i], _heapScores[i]));
            result.Sort((a, b) => a.Item2 != b.Item2 ? b.Item2.CompareTo(a.Item2) : a.Item1.CompareTo(b.Item1));
            return result;
        }

        private void EnsureArrays()
        {
            // Grown on demand: a caller may ask for top = Count on a large index and get few hits.
            if (_count < _heapDocs.Length) return;
            var size = Math.Min(capacity, Math.Max(16, _heapDocs.Length * 2));
            Array.Resize(ref _heapDocs, size);
            Array.Resize(ref _heapScores, size);
        }

        private bool Worse(int a, int b) =>
            _heapScores[a] < _heapScores[b] || (_heapScores[a] == _heapScores[b] && _heapDocs[a] > _heapDocs[b]);

        private void SiftUp(int i)
        {
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (!Worse(i, parent)) break;
                Swap(i, parent);
                i = parent;
            }
        }

        private void SiftDown(int i)
        {
            while (true)
            {
                var left = 2 * i + 1;
                if (left >= _count) break;
                var worst = left + 1 < _count && Worse(left + 1, left) ? left + 1 : left;
                if (!Worse(worst, i)) break;
                Swap(i, worst);
                i = worst;
            }
        }

        private void Swap(int a, int b)
        {
            (_heapDocs[a], _heapDocs[b]) = (_heapDocs[b], _heapDocs[a]);
            (_heapScores[a], _heapScores[b]) = (_heapScores[b], _heapScores[a]);
        }
    }
}
