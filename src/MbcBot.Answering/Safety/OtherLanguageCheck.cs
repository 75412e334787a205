using MbcBot.Answering.Text;
using System.Text.RegularExpressions;
using C = MbcBot.Answering.Safety.TriageCategories;

namespace MbcBot.Answering.Safety;

/// <summary>
/// Messages not in English. A message is in language L when L's common short words (<see cref="OtherLanguage.Markers"/>)
/// make up at least <see cref="RedFlagTable.MinForeignShare"/> of its words and outnumber the English ones. Then:
/// a red flag of any listed language with at least as many markers as English words (all languages when the message
/// has no English word at all) → emergency, outright,
/// with no person or tense judgement; otherwise, from <see cref="RedFlagTable.MinForeignWords"/> words, the
/// <see cref="C.NonEnglish"/> reply (English only, 911 in an emergency, in English and Spanish).
/// </summary>
internal sealed class OtherLanguageCheck : ISafetyCheck
{
    private static readonly TieredRegex Word = SafetyRegex.Create(@"\p{L}[\p{L}']*");

    private readonly RedFlagTable _table;

    // The marker sets looked up by span, so counting a message's words allocates no string per word.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _english;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>[] _markers;

    public OtherLanguageCheck() : this(RedFlagTable.Default) { }

    public OtherLanguageCheck(RedFlagTable table)
    {
        _table = table;
        _english = SpanLookup(table.EnglishMarkers);
        _markers = [.. table.Languages.Select(l => SpanLookup(l.Markers))];
    }

    public TriageKind Kind => TriageKind.Emergency;

    public TriageResult Check(string normalized)
    {
        var languages = _table.Languages;
        Span<int> counts = languages.Count <= 16 ? stackalloc int[languages.Count] : new int[languages.Count];
        var words = 0;
        var english = 0;
        foreach (var match in Word.EnumerateMatches(normalized))
        {
            var word = normalized.AsSpan(match.Index, match.Length);
            words++;
            if (_english.Contains(word)) english++;
            for (var i = 0; i < _markers.Length; i++)
            {
                if (_markers[i].Contains(word)) counts[i]++;
            }
        }

        if (words == 0) return TriageResult.None;

        // The language with the most markers (the first listed on a tie), if it outnumbers English and has the share.
        OtherLanguage? language = null;
        var most = -1;
        for (var i = 0; i < languages.Count; i++)
        {
            if (counts[i] > english && counts[i] >= _table.MinForeignShare * words && counts[i] > most)
            {
                (language, most) = (languages[i], counts[i]);
            }
        }

        // Red flags are looked for in every language at least as present as English (all of them when no English word).
        for (var i = 0; i < languages.Count; i++)
        {
            if (english != 0 && (counts[i] == 0 || counts[i] < english)) continue;
            var candidate = languages[i];
            foreach (var (category, pattern) in candidate.Rules)
            {
                if (pattern.IsMatch(normalized))
                {
                    return new TriageResult(TriageKind.Emergency, category, $"rule {candidate.Code}-{category}: red flag in another language");
                }
            }
        }

        return language is not null && words >= _table.MinForeignWords
            ? new TriageResult(TriageKind.SmallTalk, C.NonEnglish, $"{C.NonEnglish}: message in {language.Code}")
            : TriageResult.None;
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanLookup(IReadOnlySet<string> words) =>
        new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
}
