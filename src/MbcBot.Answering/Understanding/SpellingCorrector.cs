using MbcBot.Answering.Text;
using System.Text;
using System.Text.RegularExpressions;

namespace MbcBot.Answering.Understanding;

/// <summary>
/// <see cref="ITextCorrector"/> for the answer path and the safety rules. Word by word:
/// <list type="number">
/// <item>text-speak rules rewrite the word (<see cref="TextSpeak"/>);</item>
/// <item>a word the corpus uses, or a real English word (the word lists), is kept: "sister" and "reckons" are not
/// turned into corpus words;</item>
/// <item>otherwise the closest corpus word replaces it if it is within <see cref="MaxDistance"/> edits (optimal string
/// alignment distance: insertions, deletions, substitutions and adjacent transpositions, so "sypmtoms" is one edit
/// from "symptoms"); ties go to the word the corpus uses most. "-in" for "-ing" ("throwin") counts as known.</item>
/// <item>failing that, the closest word-list word with the same first letter ("actualy" → "actually").</item>
/// </list>
/// Words under four letters, with digits ("N1", "b4" only through a text-speak rule), or capitalised inside a sentence
/// (names, drugs) are never corrected.
/// Immutable and thread-safe; linear in the text length (the vocabulary is searched only for unknown words, only
/// among words of a close length, and an edit distance is computed only for candidates whose letters allow it,
/// <see cref="LetterMask"/>).
/// </summary>
internal sealed class SpellingCorrector : ITextCorrector
{
    // Letters and digits together make one token ("b4", "N1", "symtoms2"), so a digit never splits a word.
    private static readonly TieredRegex Word = new(
        @"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly TextSpeak _textSpeak;
    private readonly HashSet<string> _known;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _knownBySpan;
    private readonly Dictionary<string, int> _corpusFrequency;
    private readonly Dictionary<int, MaskedWords> _corpusByLength;

    // Word-list words by (first letter, length): the fallback targets, so a misspelt everyday word ("actualy") becomes
    // the word meant instead of an unknown word that would weigh as an off-topic one.
    private readonly Dictionary<(char, int), MaskedWords> _englishByStart;

    public SpellingCorrector(IEnumerable<string> corpusTexts, IEnumerable<string> englishWords, TextSpeak textSpeak)
    {
        _textSpeak = textSpeak;
        _corpusFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in corpusTexts.Concat(textSpeak.Targets))
        {
            foreach (Match match in Word.Matches(text))
            {
                var word = match.Value.ToLowerInvariant();
                _corpusFrequency[word] = _corpusFrequency.GetValueOrDefault(word) + 1;
            }
        }

        _known = new HashSet<string>(_corpusFrequency.Keys, StringComparer.Ordinal);
        // Lower-case entries only: the lists also hold names ("Brest", "Wat"), which must not shield a misspelling.
        foreach (var word in englishWords)
        {
            if (word.Length > 0 && char.IsLower(word[0]))
            {
                _known.Add(word);
            }
        }

        _knownBySpan = _known.GetAlternateLookup<ReadOnlySpan<char>>();
        _corpusByLength = _corpusFrequency.Keys.Where(w => w.Length >= 3 && !w.Contains('\''))
            .GroupBy(w => w.Length).ToDictionary(g => g.Key, g => new MaskedWords(g.ToArray()));
        _englishByStart = _known.Where(w => w.Length >= 3 && w.All(char.IsLetter))
            .GroupBy(w => (w[0], w.Length)).ToDictionary(g => g.Key, g => new MaskedWords(g.ToArray()));
    }

    /// <summary>How many edits a word of <paramref name="length"/> letters may be from its correction.</summary>
    public static int MaxDistance(int length) => length < 4 ? 0 : length <= 5 ? 1 : 2;

    /// <summary>Reads a word list file (one word a line); a missing file gives no words.</summary>
    public static IEnumerable<string> ReadWordList(string path) =>
        File.Exists(path) ? File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0) : [];

    public string Correct(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        StringBuilder? result = null;
        var last = 0;
        foreach (var match in Word.EnumerateMatches(text))
        {
            var replacement = Replace(text, match.Index, match.Length);
            if (replacement is null)
            {
                continue;
            }

            result ??= new StringBuilder(text.Length + 16);
            result.Append(text, last, match.Index - last).Append(replacement);
            last = match.Index + match.Length;
        }

        return result is null ? text : result.Append(text, last, text.Length - last).ToString();
    }

    private string? Replace(string text, int index, int length)
    {
        var span = text.AsSpan(index, length);
        if (_textSpeak.Rewrite(span) is { } rewritten)
        {
            return rewritten;
        }

        // Most words are lower-case ASCII words the vocabulary knows. For them the steps below read the word itself
        // (no digit, lower case already, no possessive) and keep it, so that is decided here without making a string.
        if (!span.ContainsAnyExceptInRange('a', 'z') && _knownBySpan.Contains(span))
        {
            return null;
        }

        var word = text.Substring(index, length);

        if (word.Any(char.IsDigit))
        {
            return null;
        }

        var lower = word.ToLowerInvariant().Replace('’', '\'');
        var stem = lower.EndsWith("'s", StringComparison.Ordinal) ? lower[..^2] : lower;
        if (_known.Contains(lower) || _known.Contains(stem) || MaxDistance(stem.Length) == 0 || IsName(text, index))
        {
            return null;
        }

        if (stem.EndsWith("in", StringComparison.Ordinal) && _known.Contains(stem + "g"))
        {
            return null;
        }

        // The possessive is kept as typed (a curly apostrophe stays curly).
        return (Closest(stem) ?? ClosestEnglish(stem)) is { } closest ? closest + word[stem.Length..] : null;
    }

    private string? Closest(string word)
    {
        var limit = MaxDistance(word.Length);
        var mask = LetterMask.Of(word);
        string? best = null;
        var bestDistance = limit + 1;
        var bestFrequency = 0;
        for (var length = word.Length - limit; length <= word.Length + limit; length++)
        {
            if (!_corpusByLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            for (var i = 0; i < candidates.Words.Length; i++)
            {
                // A candidate certainly beyond the limit never decides the result: it could only replace another far one
                // (while bestDistance is limit + 1), and the first candidate within the limit replaces it whatever its
                // frequency. So skipping it is exact, and most candidates go without a distance.
                if (!LetterMask.MayBeWithin(mask, candidates.Masks[i], limit))
                {
                    continue;
                }

                var candidate = candidates.Words[i];
                var distance = EditDistance.Osa(word, candidate, Math.Min(bestDistance, limit));
                var frequency = _corpusFrequency[candidate];
                if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency))
                {
                    best = candidate;
                    bestDistance = distance;
                    bestFrequency = frequency;
                }
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>
    /// The closest word-list word with the same first letter, within one edit (two for words of eight letters or more);
    /// ties go to the longer word (typing drops letters more often than it adds them: "actualy" is "actually", not
    /// "actual"), then the alphabetically first, so the result does not depend on the lists' order.
    /// </summary>
    private string? ClosestEnglish(string word)
    {
        var limit = word.Length >= 8 ? 2 : 1;
        var mask = LetterMask.Of(word);
        string? best = null;
        var bestDistance = limit + 1;
        for (var length = word.Length - limit; length <= word.Length + limit; length++)
        {
            if (!_englishByStart.TryGetValue((word[0], length), out var candidates))
            {
                continue;
            }

            for (var i = 0; i < candidates.Words.Length; i++)
            {
                // Exact for the same reason as in Closest: a far candidate never becomes the result.
                if (!LetterMask.MayBeWithin(mask, candidates.Masks[i], limit))
                {
                    continue;
                }

                var candidate = candidates.Words[i];
                var distance = EditDistance.Osa(word, candidate, Math.Min(bestDistance, limit));
                if (distance < bestDistance || (distance == bestDistance && best is not null && Preferred(candidate, best)))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }

        return bestDistance <= limit ? best : null;
    }

    private static bool Preferred(string candidate, string best) =>
        candidate.Length != best.Length ? candidate.Length > best.Length : string.CompareOrdinal(candidate, best) < 0;

    /// <summary>Capitalised and not the first word of a sentence: a name or a brand, left as typed.</summary>
    private static bool IsName(string text, int index)
    {
        if (!char.IsUpper(text[index]) || index == 0)
        {
            return false;
        }

        for (var i = index - 1; i >= 0; i--)
        {
            if (text[i] is '\n' or '\r')
            {
                return false; // the first word of a line starts a sentence
            }

            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i] is not ('.' or '?' or '!' or ':' or '"');
            }
        }

        return false;
    }
}
