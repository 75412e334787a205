using System.Text.RegularExpressions;

namespace MbcBot.Answering.Safety;

/// <summary>
/// Finds red flags (<see cref="RedFlagTable.Rules"/>) that the user reports as happening now, to them or someone with them
/// (<see cref="MentionJudge"/>). The first rule, in table order, with an accepted mention decides the category; the
/// reason names the rule and why the mention counted ("seizure-having: personal statement").
/// </summary>
internal sealed class EmergencyCheck : ISafetyCheck
{
    private readonly IReadOnlyList<EmergencyRule> _rules;

    public EmergencyCheck() : this(RedFlagTable.Default.Rules) { }

    internal EmergencyCheck(IReadOnlyList<EmergencyRule> rules) => _rules = rules;

    public TriageKind Kind => TriageKind.Emergency;

    public TriageResult Check(string normalized)
    {
        if (normalized.Length == 0) return TriageResult.None;

        foreach (var rule in _rules)
        {
            // Most rules find nothing: IsMatch says so without allocating the match collection that Matches would.
            if (!rule.Pattern.IsMatch(normalized)) continue;
            foreach (Match mention in rule.Pattern.Matches(normalized))
            {
                if (rule.Accept is not null && !rule.Accept(mention)) continue;
                var reason = Judge(normalized, rule, mention);
                if (reason is not null)
                {
                    return new TriageResult(TriageKind.Emergency, rule.Category, $"rule {rule.Id}: {reason}");
                }
            }
        }

        return TriageResult.None;
    }

    /// <summary>Whether any rule's red flag is mentioned at all, whatever the judge made of it.</summary>
    public bool HasMention(string normalized) =>
        _rules.Any(rule => rule.Pattern.IsMatch(normalized));

    /// <summary>
    /// Whether some red-flag mention in the text is negated or resolved past ("I'm not coughing up blood"): then the
    /// model defers to the rules, which read negation better.
    /// </summary>
    public bool HasDeniedMention(string normalized) =>
        _rules.Any(rule => rule.Pattern.Matches(normalized).Any(m => MentionJudge.IsDenied(normalized, m)));

    private static string? Judge(string text, EmergencyRule rule, Match mention)
    {
        if (rule.Companion is null) return MentionJudge.Judge(text, mention, rule.Kind);

        foreach (Match companion in rule.Companion.Matches(text))
        {
            var first = MentionJudge.Judge(text, mention, rule.Kind, companion);
            var second = MentionJudge.Judge(text, companion, rule.Kind, mention);
            if (first is not null && second is not null) return first + " with companion sign";
        }

        return null;
    }
}
