using MbcBot.Bot.Data;

namespace MbcBot.Bot.Turns;

/// <summary>
/// The button title of a follow-up question in Teams: the question without a leading definition prefix
/// (Data/label-prefixes.tsv: "What is metastatic breast cancer?" → "Metastatic breast cancer"), else the question as
/// asked. The title is never cut: a cut label ("What does the word…") says less than the question, and the Agents
/// Playground 0.2.28 sizes each button to its title (measured by PlaygroundTests on every follow-up it shows). The
/// button's value is always the full question.
/// </summary>
public static class SuggestedActionLabel
{
    private static readonly IReadOnlyList<string> Prefixes =
        EmbeddedData.ReadRows("MbcBot.Bot.label-prefixes.tsv", 2).Select(row => row[0] + " ").ToList();

    public static string For(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var trimmed = question.Trim();
        var label = trimmed.TrimEnd('?', '.', '!', ' ');
        foreach (var prefix in Prefixes)
        {
            if (label.Length > prefix.Length && label.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                label = label[prefix.Length..].TrimStart();
                return char.ToUpperInvariant(label[0]) + label[1..];
            }
        }

        return trimmed;
    }
}
