using System.Collections.Frozen;

namespace MbcBot.Search.Analysis;

/// <summary>
/// Lucene's default English stop set (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, 33 words, unchanged since Lucene 4).
/// Note that "no" and "not" are in it: negation does not survive analysis ("I am not in pain" → "i am pain"),
/// so safety decisions must never be taken from analyzed tokens, only from the raw text.
/// Question words (what, where, how, can, does) are not stop words and count as terms.
/// </summary>
internal static class EnglishStopWords
{
    public static readonly FrozenSet<string> Set = new[]
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
        "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they",
        "this", "to", "was", "will", "with",
    }.ToFrozenSet(StringComparer.Ordinal);
}
