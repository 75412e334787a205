using System.Text.RegularExpressions;

namespace MbcBot.Answering.Safety;

/// <summary>
/// What the rules' vocabulary makes of a message, as features of the triage model (<see cref="TriageModel"/>), each 0
/// or 1: a red flag seen but read as negated or past; a clearly general question; a person named; something happening
/// now; a cue of the present or of a resolved past (red-flags.json "time"); a negation word; a hypothetical ("if", "in
/// case"); a question mark; a number; a body temperature at or above the fever line, or below it. Sentence vectors read
/// negation, time and numbers poorly; these words are what tell "no numbness" and "36.8" from the emergencies they
/// resemble. Whether a rule fired is not a feature: the model is asked only where no rule escalated, so it must stand
/// on its own there.
/// </summary>
public static class TriageSignals
{
    public static readonly IReadOnlyList<string> Names =
    [
        "rule-mention", "rule-denied", "rule-general", "person", "now", "present", "past", "negation", "hypothetical", "question", "digits",
        "fever-reading", "normal-reading",
    ];

    private static readonly Text.TieredRegex Temperature = SafetyRegex.Create(
        @"(?<![\d.])(?<value>\d{2,3}(?:[.,]\d{1,2})?)\s*(?:°|º|deg(?:rees?)?)?\s*(?<unit>c|f|celsius|fahrenheit)?\b");

    private static readonly Text.TieredRegex Word = SafetyRegex.Create(@"[a-z][a-z']*");

    /// <param name="spelled">The normalised, red-flag-respelled text the rules read.</param>
    internal static float[] Compute(string spelled, EmergencyCheck emergency)
    {
        var table = RedFlagTable.Default;
        var (fever, normal) = Readings(spelled);
        return
        [
            Flag(emergency.HasMention(spelled)),
            Flag(emergency.HasDeniedMention(spelled)),
            Flag(GeneralQuestion.IsClearlyGeneral(spelled)),
            Flag(GeneralQuestion.Person.IsMatch(spelled)),
            Flag(table.HappeningNow.IsMatch(spelled)),
            Flag(table.Present.IsMatch(spelled)),
            Flag(table.ResolvedPast.IsMatch(spelled)),
            Flag(Word.Matches(spelled).Any(w => MentionJudge.NegationCues.Contains(w.Value))),
            Flag(MentionJudge.Hypothetical.IsMatch(spelled)),
            Flag(spelled.Contains('?')),
            Flag(spelled.AsSpan().IndexOfAnyInRange('0', '9') >= 0),
            Flag(fever),
            Flag(normal),
        ];
    }

    /// <summary>Whether the text states a body temperature at or above the fever line, and one below it.</summary>
    private static (bool Fever, bool Normal) Readings(string text)
    {
        var (fever, normal) = (false, false);
        if (text.AsSpan().IndexOfAnyInRange('0', '9') < 0) return (fever, normal);
        foreach (Match match in Temperature.Matches(text))
        {
            if (!FeverThreshold.IsBodyTemperature(match)) continue;
            if (FeverThreshold.IsFever(match)) fever = true;
            else normal = true;
        }

        return (fever, normal);
    }

    private static float Flag(bool value) => value ? 1 : 0;
}
