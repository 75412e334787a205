using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace MbcBot.Search.Search;

/// <summary>
/// The terms of each field of a read-only index, as strings, so "is this query word in the index at all?" costs a hash
/// lookup instead of a walk of every segment's term dictionary. Held only for a field of at most
/// <see cref="MaxTerms"/> terms per segment (a few MB at most); for a larger one <see cref="Lacks"/> says false and the
/// caller asks Lucene. Contract: <see cref="Lacks"/> is true only when no segment's dictionary has the term. Built per
/// field on first use; thread-safe.
/// </summary>
internal sealed class TermVocabulary(IndexReader reader, int maxTerms = TermVocabulary.MaxTerms)
{
    public const int MaxTerms = 100_000;

    private readonly ConcurrentDictionary<string, Lazy<HashSet<string>?>> _fields = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="term"/> is certainly in no segment of <paramref name="field"/>.</summary>
    public bool Lacks(string field, string term)
    {
        // A surrogate could be a lone one, which UTF-8 does not round-trip: leave such a term to Lucene.
        if (term.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
        {
            return false;
        }

        var terms = _fields.GetOrAdd(field, f => new Lazy<HashSet<string>?>(() => Read(f))).Value;
        return terms is not null && !terms.Contains(term);
    }

    private HashSet<string>? Read(string field)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(field) is not { } terms)
            {
                continue;
            }

            // Count is -1 when a codec does not know it: then too, leave the question to Lucene.
            if (terms.Count < 0 || terms.Count > maxTerms)
            {
                return null;
            }

            var iterator = terms.GetEnumerator();
            while (iterator.MoveNext())
            {
                set.Add(iterator.Term.Utf8ToString());
            }
        }

        return set;
    }
}
