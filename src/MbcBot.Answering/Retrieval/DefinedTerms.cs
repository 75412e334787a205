namespace MbcBot.Answering.Retrieval;

/// <summary>
/// The terms a passage defines in a list: items shaped "Term - what it is" or "Term (what it stands for) ...", as in
/// "- Radiotherapy - The cancer treatment that uses intense energy..." or "- Biopsy (a small piece of the tissue...)".
/// Such an item answers "what is &lt;Term&gt;?" as directly as a heading would, so the term joins the passage's heading
/// and curated questions when <see cref="QuestionMatch"/> looks for the passage that says what the user asked.
/// </summary>
internal static class DefinedTerms
{
    /// <summary>Longer leads are sentences, not terms.</summary>
    private const int MaxWords = 4;

    private static readonly string[] Separators = [" - ", " – ", " ("];

    public static IEnumerable<string> In(string passageText)
    {
        foreach (var raw in passageText.Split('\n'))
        {
            var line = raw.Trim();
            if (!line.StartsWith("- ", StringComparison.Ordinal))
            {
                continue;
            }

            var item = line[2..];
            var end = Separators.Select(s => item.IndexOf(s, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
            if (end > 0 && item[..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords)
            {
                yield return item[..end];
            }
        }
    }
}
