namespace MbcBot.Answering.Dialogue;

/// <summary>
/// The shape of a message, as features of the act model beside its words and sentence vector: how long it is, whether
/// it asks, whether it opens like a follow-up ("and…", "what about…"), whether it leans on something said before
/// ("it", "that", "she"), whether it is only a number (a picked option). Each 0 or 1 except the length (log of words).
/// </summary>
public static class ActSignals
{
    public static readonly IReadOnlyList<string> Names = ["length", "question", "opens-follow-up", "leans-back", "number-only"];

    private static readonly HashSet<string> FollowUpOpeners = new(StringComparer.Ordinal) { "and", "but", "so", "also", "what", "how", "then" };

    private static readonly HashSet<string> BackReferences = new(StringComparer.Ordinal)
    {
        "it", "its", "it's", "that", "this", "those", "these", "they", "them", "there", "she", "he", "her", "him", "his", "same",
    };

    public static float[] Compute(string text)
    {
        var words = Words(text);
        var opens = words.Count > 0 && (words[0] is "and" or "but" or "also"
            || (words.Count > 1 && FollowUpOpeners.Contains(words[0]) && words[1] is "about" or "abt"));
        return
        [
            (float)Math.Log(1 + words.Count),
            text.Contains('?') ? 1 : 0,
            opens ? 1 : 0,
            words.Any(BackReferences.Contains) ? 1 : 0,
            words.Count > 0 && words.All(w => w.All(char.IsDigit)) ? 1 : 0,
        ];
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '\u2019');
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant().Replace('\u2019', '\''));
                start = -1;
            }
        }

        return words;
    }
}
