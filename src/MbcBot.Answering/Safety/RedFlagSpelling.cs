using MbcBot.Answering.Understanding;
using System.Text;
using System.Text.RegularExpressions;

namespace MbcBot.Answering.Safety;

/// <summary>
/// Puts the red-flag words of a message back into the spelling the rules know, so "siezure", "chesst pain",
/// "cofing up blod" and "bleding" match without any general spelling corrector. For each word of the normalised text:
/// 1. a listed variant ("cofing" → "coughing") is replaced by its word;
/// 2. otherwise a word of at least <c>minTokenLength</c> letters that is neither in the lexicon nor in the keep list
///    (real words one letter away: "breeding", "chess", "blond") is replaced by the lexicon word closest to it by
///    optimal-string-alignment distance (Damerau–Levenshtein where a transposition counts 1, so "siezure" is 1 from
///    "seizure"), when that distance is at most 1 for a target of 5–8 letters or 2 for 9 or more, and no other lexicon
///    word is as close. Targets under 5 letters are never fuzzy-matched ("pain" is too close to "paint", "pair").
/// Only letters change; spaces, punctuation and every other word stay, so negation and person still read the same.
/// </summary>
internal sealed class RedFlagSpelling
{
    private static readonly Regex Token = new(@"[a-z][a-z']*", RegexOptions.CultureInvariant, SafetyRegex.MatchTimeout);

    // Looked up by span: a message's words are read in place, and only a respelled word makes a new string.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lexicon;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _variants;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _keep;

    // Fuzzy targets by length: a target is at most 2 edits away, so only five lengths can hold one.
    private readonly Dictionary<int, MaskedWords> _targetsByLength;
    private readonly int _minTokenLength;

    private RedFlagSpelling(HashSet<string> lexicon, Dictionary<string, string> variants, HashSet<string> keep, int minTokenLength)
    {
        _lexicon = lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        _variants = variants.GetAlternateLookup<ReadOnlySpan<char>>();
        _keep = keep.GetAlternateLookup<ReadOnlySpan<char>>();
        _minTokenLength = minTokenLength;
        _targetsByLength = lexicon.Where(w => w.Length >= 5 && !w.Contains('\''))
            .GroupBy(w => w.Length)
            .ToDictionary(g => g.Key, g => new MaskedWords([.. g]));
    }

    public static RedFlagSpelling Create(RedFlagTable.SpellingModel model)
    {
        var lexicon = (model.Words ?? []).ToHashSet(StringComparer.Ordinal);
        if (lexicon.Count == 0) throw new InvalidDataException("red-flags.json: spelling.words is empty.");
        var variants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var v in model.Variants ?? [])
        {
            if (string.IsNullOrWhiteSpace(v.Why)) throw new InvalidDataException($"red-flags.json: spelling variant \"{v.To}\" says nothing under \"why\".");
            foreach (var from in v.From) variants[from] = v.To;
        }

        var keep = (model.Keep ?? []).SelectMany(k => k.Words).ToHashSet(StringComparer.Ordinal);
        return new RedFlagSpelling(lexicon, variants, keep, Math.Max(3, model.MinTokenLength));
    }

    /// <summary>The text with red-flag words respelled, and how many words changed.</summary>
    public (string Text, int Changed) Fix(string normalized)
    {
        StringBuilder? result = null;
        var changed = 0;
        var last = 0;
        foreach (var match in Token.EnumerateMatches(normalized))
        {
            var fixedWord = FixWord(normalized.AsSpan(match.Index, match.Length));
            if (fixedWord is null) continue;
            changed++;
            result ??= new StringBuilder(normalized.Length + 16);
            result.Append(normalized, last, match.Index - last).Append(fixedWord);
            last = match.Index + match.Length;
        }

        return (result is null ? normalized : result.Append(normalized, last, normalized.Length - last).ToString(), changed);
    }

    /// <summary>The lexicon word meant by <paramref name="word"/>, or null when it stays as typed.</summary>
    internal string? FixWord(string word) => FixWord(word.AsSpan());

    private string? FixWord(ReadOnlySpan<char> word)
    {
        if (_variants.TryGetValue(word, out var variant)) return word.SequenceEqual(variant) ? null : variant;
        if (word.Length < _minTokenLength || _lexicon.Contains(word) || _keep.Contains(word)) return null;

        // The result (the one target at the smallest distance within its limit, else none) does not depend on the order
        // in which targets are visited.
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        var mask = LetterMask.Of(word);
        for (var length = word.Length - 2; length <= word.Length + 2; length++)
        {
            if (!_targetsByLength.TryGetValue(length, out var targets)) continue;
            var limit = length >= 9 ? 2 : 1;
            if (Math.Abs(length - word.Length) > limit) continue;
            for (var i = 0; i < targets.Words.Length; i++)
            {
                // Certainly further than the limit: the distance below would say so too (LetterMask's contract).
                if (!LetterMask.MayBeWithin(mask, targets.Masks[i], limit)) continue;
                var target = targets.Words[i];
                var distance = EditDistance.Osa(word, target, limit);
                if (distance > limit) continue;
                if (distance < bestDistance) (best, bestDistance, tie) = (target, distance, false);
                else if (distance == bestDistance) tie = true;
            }
        }

        return tie ? null : best;
    }
}
