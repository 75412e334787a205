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
internal sealed class OtherLanguageCheck(RedFlagTable table) : ISafetyCheck
{
    private static readonly Regex Word = SafetyRegex.Create(@"\p{L}[\p{L}']*");

    public OtherLanguageCheck() : this(RedFlagTable.Default) { }

    public TriageKind Kind => TriageKind.Emergency;

    public TriageResult Check(string normalized)
    {
        var words = Word.Matches(normalized).Select(m => m.Value).ToList();
        if (words.Count == 0) return TriageResult.None;

        var english = words.Count(table.EnglishMarkers.Contains);
        var counts = table.Languages.Select(l => (Language: l, Count: words.Count(l.Markers.Contains))).ToList();
        var language = counts
            .Where(x => x.Count > english && x.Count >= table.MinForeignShare * words.Count)
            .OrderByDescending(x => x.Count)
            .Select(x => x.Language)
            .FirstOrDefault();

        // Red flags are looked for in every language at least as present as English (all of them when no English word).
        var candidates = counts.Where(x => english == 0 || (x.Count > 0 && x.Count >= english)).Select(x => x.Language);
        foreach (var candidate in candidates)
        {
            foreach (var (category, pattern) in candidate.Rules)
            {
                if (pattern.IsMatch(normalized))
                {
                    return new TriageResult(TriageKind.Emergency, category, $"rule {candidate.Code}-{category}: red flag in another language");
                }
            }
        }

        return language is not null && words.Count >= table.MinForeignWords
            ? new TriageResult(TriageKind.SmallTalk, C.NonEnglish, $"{C.NonEnglish}: message in {language.Code}")
            : TriageResult.None;
    }
}
