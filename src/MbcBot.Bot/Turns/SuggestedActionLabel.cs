using MbcBot.Bot.Data;

namespace MbcBot.Bot.Turns;

/// <summary>
/// A short button title for a follow-up question, because Teams clips suggested-action titles to about 25 characters
/// ("hat is stage 4 breast can…"); the button's value stays the full question. The label drops a leading definition
/// prefix (Data/label-prefixes.tsv) and the question mark, capitalises the first letter, and if still longer than
/// <see cref="MaxLength"/> cuts at the last word boundary that fits and adds "…".
/// </summary>
public static class SuggestedActionLabel
{
    public const int MaxLength = 24;

    private static readonly IReadOnlyList<string> Prefixes =
        EmbeddedData.ReadRows("MbcBot.Bot.label-prefixes.tsv", 2).Select(row => row[0] + " ").ToList();

    public static string For(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var label = question.Trim().TrimEnd('?', '.', '!', ' ');
        foreach (var prefix in Prefixes)
        {
            if (label.Length > prefix.Length && label.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                label = label[prefix.Length..].TrimStart();
                break;
            }
        }

        if (label.Length == 0)
        {
            return question.Length <= MaxLength ? question : question[..(MaxLength - 1)] + "…";
        }

        label = char.ToUpperInvariant(label[0]) + label[1..];
        if (label.Length <= MaxLength)
        {
            return label;
        }

        var cut = label.LastIndexOf(' ', MaxLength - 1);
        var head = cut > MaxLength / 2 ? label[..cut] : label[..(MaxLength - 1)];
        return head.TrimEnd(',', ';', ':', ' ') + "…";
    }
}
