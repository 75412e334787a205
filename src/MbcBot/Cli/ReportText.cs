using System.Globalization;
using System.Text;

namespace MbcBot.Cli;

/// <summary>
/// The terminal form of the report: counts first, then the four lists a curator acts on (not covered by topic, did you
/// mean, other languages, rated answers with their questions and comments). Repeats carry "×N".
/// </summary>
internal static class ReportText
{
    /// <summary>Questions printed per not-covered topic.</summary>
    public const int ExamplesPerGroup = 3;

    public static string Format(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(c, $"MbcBot insights from {data.Since:yyyy-MM-dd HH:mm} to {data.Until:yyyy-MM-dd HH:mm} UTC: {data.Replies} replies");
        text.AppendLine("Replies by kind: " + Join(data.ByKind));
        text.AppendLine("Replies by channel: " + Join(data.ByChannel));
        text.AppendLine(data.AnsweredShare is { } share
            ? string.Create(c, $"Answered: {data.Answered} of {data.Asked} questions ({share * 100:F1}%)")
            : "Answered: no questions yet");
        text.AppendLine(c, $"Feedback: {data.Likes} liked, {data.Dislikes} disliked");

        text.AppendLine("Not covered by the sources, grouped by topic (most asked first; redacted):");
        None(text, data.NotCovered.Count);
        foreach (var group in data.NotCovered)
        {
            text.AppendLine(c, $"  {group.Asked,4}  {string.Join(" | ", group.Questions.Take(ExamplesPerGroup).Select(Counted))}");
        }

        text.AppendLine("Did you mean (the bot was unsure which passage answers; redacted):");
        List(text, data.DidYouMean);
        text.AppendLine(c, $"In another language ({data.OtherLanguageMessages} messages; redacted):");
        List(text, data.OtherLanguage);

        text.AppendLine("Rated answers (most disliked first):");
        None(text, data.RatedAnswers.Count);
        foreach (var answer in data.RatedAnswers)
        {
            text.AppendLine(c, $"  {answer.Dislikes,4} disliked, {answer.Likes} liked  {answer.Passage}");
            foreach (var question in answer.DislikedQuestions)
            {
                text.AppendLine("          asked: " + Counted(question));
            }

            foreach (var comment in answer.Comments)
            {
                text.AppendLine(c, $"          comment ({Rating(comment)}, {comment.Channel}): {comment.Comment}");
            }
        }

        return text.ToString();
    }

    public static string Counted(QuestionCount question) =>
        question.Count == 1 ? question.Text : string.Create(CultureInfo.InvariantCulture, $"{question.Text} ×{question.Count}");

    public static string Rating(RatedComment comment) => comment.Rating == Insights.FeedbackRating.Like ? "liked" : "disliked";

    private static void List(StringBuilder text, IReadOnlyList<QuestionCount> questions)
    {
        None(text, questions.Count);
        foreach (var question in questions)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {question.Count,4}  {question.Text}");
        }
    }

    private static void None(StringBuilder text, int count)
    {
        if (count == 0)
        {
            text.AppendLine("  (none)");
        }
    }

    private static string Join(IReadOnlyList<(string Name, int Count)> counts) =>
        counts.Count == 0 ? "(none)" : string.Join(", ", counts.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Name} {x.Count}")));
}
