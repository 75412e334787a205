using System.Text;
using System.Text.RegularExpressions;

namespace MbcBot.Answering.Retrieval;

/// <summary>
/// Words in a question that say what kind of answer is wanted, not what it is about: question words (what, how, which...),
/// auxiliaries and pronouns (does, can, my...), and generic verbs (tell, use, get, go...). They are removed before the
/// search and do not count toward <see cref="AnswerConfidence"/>, because in a corpus of short passages one of them
/// matching by chance outweighed the topic ("what" in a page's body; Porter turns "used" into "us").
/// Two question words do carry a topic and are mapped by corpus/synonyms.txt instead: "why" (causes) and "where" (sites).
/// The list holds English function words, generic verbs and discourse adverbs, not words of any particular question.
/// </summary>
internal static class QueryWords
{
    public static readonly string[] Filler =
    [
        "what", "whats", "what's", "when", "which", "who", "whom", "whose", "how",
        "does", "do", "did", "done", "doing", "can", "could", "would", "should", "shall", "may", "might", "must", "will",
        "i", "im", "i'm", "me", "my", "mine", "myself", "we", "us", "our", "you", "your", "it", "its", "it's", "tell", "know", "explain",
        "define", "definition", "meaning", "mean", "means", "describe", "information", "info", "about", "get", "gets",
        "got", "getting", "have", "has", "had", "am", "are", "was", "were", "been", "being", "is", "there", "please",
        "thing", "things", "something", "anything", "any", "really", "just", "like", "want", "need", "much", "many",
        "called", "also", "some", "happen", "happens", "ok", "okay", "use", "used", "uses", "using", "go", "goes",
        "going", "gone", "went", "anyone", "someone", "possible", "usually", "hi", "hello", "hey", "thanks", "thank",

        // Discourse adverbs and text-speak: they qualify a question without changing its topic. Without them here, a
        // word the corpus never uses gets the largest weight, and "what exactly is ..." scored like "what is prostate ...".
        "exactly", "exact", "actually", "basically", "simply", "generally", "general", "overall", "specifically",
        "briefly", "quickly", "typically", "kind", "sort", "type", "u", "ur", "r", "pls", "plz", "more", "bit",
        "little", "example", "examples", "right", "now", "option", "options", "ever",
    ];

    private static readonly Regex FillerPattern = new(
        @"(?<![\p{L}\p{N}'’])(?:" + string.Join("|", Filler.Select(w => Regex.Escape(w).Replace("'", "['’]"))) + @")(?![\p{L}\p{N}'’])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
        TimeSpan.FromSeconds(1));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FillerWords =
        Filler.ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The question with filler words blanked out (the other words keep their offsets).</summary>
    public static string RemoveFiller(string question) =>
        Ascii.IsValid(question) ? RemoveFillerAscii(question) : RemoveFillerByPattern(question);

    /// <summary>The definition: <see cref="FillerPattern"/>'s matches blanked.</summary>
    internal static string RemoveFillerByPattern(string question) =>
        FillerPattern.Replace(question, static m => new string(' ', m.Length));

    /// <summary>
    /// <see cref="RemoveFillerByPattern"/> for ASCII text, without the regex. The pattern's boundaries allow a match only
    /// from the start to the end of a run of letters, digits and apostrophes (a filler word is all letters and
    /// apostrophes, so it can neither stop inside a run nor cross its end), so it blanks exactly the runs that are a
    /// filler word ignoring case; in ASCII text a run is [A-Za-z0-9']+ and ignoring case is ASCII case folding.
    /// </summary>
    private static string RemoveFillerAscii(string question)
    {
        char[]? result = null;
        var i = 0;
        while (i < question.Length)
        {
            if (!char.IsAsciiLetterOrDigit(question[i]) && question[i] != '\'')
            {
                i++;
                continue;
            }

            var start = i;
            while (i < question.Length && (char.IsAsciiLetterOrDigit(question[i]) || question[i] == '\''))
            {
                i++;
            }

            if (FillerWords.Contains(question.AsSpan(start, i - start)))
            {
                result ??= question.ToCharArray();
                Array.Fill(result, ' ', start, i - start);
            }
        }

        return result is null ? question : new string(result);
    }
}
