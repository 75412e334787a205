using MbcBot.Answering;
using MbcBot.Bot.Turns;

namespace MbcBot.Bot.Teams;

/// <summary>
/// Follow-up questions in Teams. Teams shares one row among a message's suggested-action buttons and clips every title
/// that does not fit (the Agents Playground 0.2.28 cut three questions to "ommon places for breast cancer to met",
/// "hat does MBC stand fo" and "at does the word metastatic m"), and it shows the text of a message that carries
/// buttons without Markdown (a numbered list there runs into one paragraph). So no question is put in a title: the
/// reply itself lists the questions whole (the welcome's and not-covered replies' examples and the did-you-mean
/// options already do; an answer gets them numbered before its disclaimer, <see cref="AddTo"/>), and the buttons,
/// in the message that follows under <see cref="Lead"/>, are titled with the numbers, "Ask question 2", which always
/// fit. Each button's value is its question.
/// </summary>
public static class TeamsFollowUps
{
    /// <summary>The text of the message that carries the buttons.</summary>
    public const string Lead = "Tap a question's number to ask it:";

    /// <summary>The paragraph before the numbered questions added to an answer.</summary>
    public const string ListLead = "You could ask next:";

    public static string Title(int number) => $"Ask question {number}";

    /// <summary>
    /// <paramref name="markdown"/> (the reply's Teams text) with the numbered questions before the disclaimer, unless the
    /// reply's own text already lists every one of them.
    /// </summary>
    public static string AddTo(string markdown, Reply reply, IReadOnlyList<string> questions, string? disclaimer)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(questions);
        if (questions.Count == 0 || questions.All(q => reply.Text.Contains(q, StringComparison.Ordinal)))
        {
            return markdown;
        }

        var paragraphs = markdown.Split("\n\n").ToList();
        var numbered = string.Join("  \n", questions.Select((q, i) => $"{i + 1}. {q}"));
        paragraphs.InsertRange(DisclaimerParagraph.LastBefore(paragraphs, disclaimer) + 1, [ListLead, numbered]);
        return string.Join("\n\n", paragraphs);
    }
}
