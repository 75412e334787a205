using MbcBot.Answering.Text;
using System.Text.RegularExpressions;

namespace MbcBot.Answering.Safety;

/// <summary>One language MbcBot does not answer in: its common short words (to recognise it) and its red flags.</summary>
internal sealed record OtherLanguage(string Code, IReadOnlySet<string> Markers, IReadOnlyList<(string Category, TieredRegex Pattern)> Rules)
{
    public static OtherLanguage Create(string code, string[] markers, IReadOnlyList<(string Category, TieredRegex Pattern)> rules, IReadOnlySet<string> categories)
    {
        if (string.IsNullOrWhiteSpace(code) || markers is not { Length: > 0 })
        {
            throw new InvalidDataException($"red-flags.json: language \"{code}\" has no code or no markers.");
        }

        foreach (var (category, _) in rules)
        {
            if (!categories.Contains(category)) throw new InvalidDataException($"red-flags.json: {code} rule of unknown category \"{category}\".");
        }

        return new OtherLanguage(code, markers.ToHashSet(StringComparer.Ordinal), rules);
    }
}
