using Lucene.Net.Search;

namespace MbcBot.Search.Search;

/// <summary>
/// One clause's documents in one segment, in increasing order, with the clause's score for each: the part of Lucene's
/// <see cref="Scorer"/> that <see cref="MaxScoreSearch"/> uses. Contract, as for a Lucene iterator: before the first
/// <see cref="NextDoc"/> there is no current document; <see cref="Advance"/> is called with a target above the current
/// document and moves to the first document at or after it; both return <see cref="DocIdSetIterator.NO_MORE_DOCS"/>
/// past the last one; <see cref="Score"/> is the current document's score. Not thread-safe: one per query.
/// </summary>
internal abstract class ClauseCursor
{
    public abstract int NextDoc();

    public abstract int Advance(int target);

    public abstract float Score();

    /// <summary>Lucene's own scorer, for postings too long to keep (<see cref="ScoredPostings"/>).</summary>
    public sealed class OfScorer(Scorer scorer) : ClauseCursor
    {
        public override int NextDoc() => scorer.NextDoc();

        public override int Advance(int target) => scorer.Advance(target);

        public override float Score() => scorer.GetScore();
    }

    /// <summary>Postings kept in memory: the same documents and scores the scorer gave when they were read.</summary>
    public sealed class OfPostings(ScoredPostings postings) : ClauseCursor
    {
        private int _index = -1;

        public override int NextDoc() => ++_index < postings.Docs.Length ? postings.Docs[_index] : DocIdSetIterator.NO_MORE_DOCS;

        public override int Advance(int target)
        {
            while (++_index < postings.Docs.Length)
            {
                if (postings.Docs[_index] >= target) return postings.Docs[_index];
            }

            return DocIdSetIterator.NO_MORE_DOCS;
        }

        public override float Score() => postings.Scores[_index];
    }
}
