using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace MbcBot.Search.Search;

/// <summary>
/// Top-k retrieval of a disjunction of TermQuery clauses (one per distinct term and field) with MaxScore pruning
/// (Turtle &amp; Flood 1995), built on Lucene's public APIs: each clause is scored by Lucene's own TermWeight / TermScorer
/// (BM25Similarity), so a document's score is the one Lucene's BooleanQuery gives, and the top k are the same documents
/// in the same order (score descending, then index order). Only the documents that cannot enter the top k are skipped.
/// <para>
/// The bound: every clause i has an upper bound u_i = the largest score it gives any document (computed once per term
/// and field from its postings, then cached). Clauses are sorted by u ascending with prefix sums U_j = u_0 + … + u_j.
/// Once the heap holds k documents with the k-th score θ, a document matching only clauses 0..j with U_j ≤ θ cannot
/// score above θ, so those "non-essential" clauses no longer produce candidates: candidates come from the essential
/// clauses alone, and a non-essential clause is only advanced to a candidate while (score so far + U of the clauses
/// not yet looked at) &gt; θ. Common words (low idf, so small u) stop being walked once θ is high enough, which is where
/// Lucene's exhaustive BooleanScorer spends its time.
/// </para>
/// </summary>
internal sealed class MaxScoreSearch
{
    /// <summary>Bounds are raised by this relative margin so a rounding difference can never make a bound too low.</summary>
    private const double BoundMargin = 1e-6;

    private readonly IndexSearcher _searcher;
    private readonly IList<AtomicReaderContext> _leaves;
    private readonly ConcurrentDictionary<(string Field, string Term), Clause> _clauses = new();

    public MaxScoreSearch(IndexSearcher searcher, IndexReader reader)
    {
        _searcher = searcher;
        _leaves = reader.Leaves;
    }

    /// <summary>
    /// The scored clause of a (field, term), or null when no document has the term in that field. Cached only when
    /// present, so the cache is bounded by the index's vocabulary (unknown query words are not kept).
    /// </summary>
    private Clause? ClauseFor(string field, double boost, string term)
    {
        if (_clauses.TryGetValue((field, term), out var cached))
        {
            return cached;
        }

        var weight = _searcher.CreateNormalizedWeight(new TermQuery(new Term(field, term)) { Boost = (float)boost });
        var max = 0f;
        var any = false;
        foreach (var leaf in _leaves)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null) continue;
            while (scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                any = true;
                max = Math.Max(max, scorer.GetScore());
            }
        }

        if (!any)
        {
            return null;
        }

        var clause = new Clause(weight, max * (1 + BoundMargin));
        return _clauses.GetOrAdd((field, term), clause);
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

        // Ascending bound order; prefix[j] = u_0 + … + u_j.
        clauses.Sort((a, b) => a.Bound.CompareTo(b.Bound));
        var n = clauses.Count;
        var prefix = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += clauses[i].Bound;
            prefix[i] = sum;
        }

        var scorers = new Scorer?[n];
        var docs = new int[n];
        foreach (var leaf in _leaves)
        {
            for (var i = 0; i < n; i++)
            {
                scorers[i] = clauses[i].Weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                docs[i] = scorers[i] is { } s ? s.NextDoc() : DocIdSetIterator.NO_MORE_DOCS;
            }

            ScoreLeaf(scorers, docs, prefix, leaf.DocBase, heap);
        }

        return heap.Drain();
    }

    private static void ScoreLeaf(Scorer?[] scorers, int[] docs, double[] prefix, int docBase, TopHeap heap)
    {
        const int end = DocIdSetIterator.NO_MORE_DOCS;
        var n = scorers.Length;

        // Clauses below firstEssential are non-essential: prefix[firstEssential - 1] ≤ θ.
        var firstEssential = 0;
        var threshold = heap.Threshold;
        while (firstEssential < n && prefix[firstEssential] <= threshold) firstEssential++;

        while (firstEssential < n)
        {
            // The next candidate: the smallest current document of the essential clauses.
            var candidate = end;
            for (var i = firstEssential; i < n; i++)
            {
                if (docs[i] < candidate) candidate = docs[i];
            }

            if (candidate == end)
            {
                return;
            }

            // Essential clauses on the candidate: score and step past it. Summed in double like Lucene's BooleanScorer:
            // a double has 53 − 24 = 29 bits beyond a float's significand, and a query's clause scores (idf from about
            // 0.5/N to ln(N), times tf and boost factors of a few) span fewer binary orders than that minus log2 of the
            // clause count, so the double sum of the float scores is exact and the order of addition cannot change the
            // (float) result: equal to the BooleanQuery's score, which the tests check bit for bit.
            var score = 0.0;
            for (var i = firstEssential; i < n; i++)
            {
                if (docs[i] == candidate)
                {
                    score += scorers[i]!.GetScore();
                    docs[i] = scorers[i]!.NextDoc();
                }
            }

            // Non-essential clauses, largest bound first, while the candidate can still beat θ.
            var competitive = true;
            for (var i = firstEssential - 1; i >= 0; i--)
            {
                if (score + prefix[i] <= threshold)
                {
                    competitive = false;
                    break;
                }

                if (docs[i] < candidate)
                {
                    docs[i] = scorers[i]!.Advance(candidate);
                }

                if (docs[i] == candidate)
                {
                    score += scorers[i]!.GetScore();
                }
            }

            if (competitive && heap.Offer(docBase + candidate, (float)score))
            {
                threshold = heap.Threshold;
                while (firstEssential < n && prefix[firstEssential] <= threshold) firstEssential++;
            }
        }
    }

    private sealed record Clause(Weight Weight, double Bound);

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
