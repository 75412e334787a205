using System.Globalization;
using System.Text;

namespace MbcBot.Cli;

/// <summary>The terminal form of the report: counts first, then what a curator acts on (dislikes, unanswered topics).</summary>
internal static class ReportText
{
    /// <summary>Examples printed per unanswered group.</summary>
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

        text.AppendLine("Passages with most dislikes:");
        if (data.MostDisliked.Count == 0)
        {
            text.AppendLine("  (none)");
        }

        foreach (var (passage, dislikes, likes) in data.MostDisliked)
        {
            text.AppendLine(c, $"  {dislikes,4} disliked, {likes} liked  {passage}");
        }

        text.AppendLine("Disliked answers, what was asked (redacted):");
        if (data.DislikedQuestions.Count == 0)
        {
            text.AppendLine("  (none)");
        }

        foreach (var question in data.DislikedQuestions)
        {
            text.AppendLine("  - " + question);
        }

        text.AppendLine("Top unanswered (grouped by similarity, largest first; redacted):");
        if (data.UnansweredGroups.Count == 0)
        {
            text.AppendLine("  (none)");
        }

        foreach (var group in data.UnansweredGroups)
        {
            text.AppendLine(c, $"  {group.Count,4}  {string.Join(" | ", group.Take(ExamplesPerGroup))}");
        }

        return text.ToString();
    }

    private static string Join(IReadOnlyList<(string Name, int Count)> counts) =>
        counts.Count == 0 ? "(none)" : string.Join(", ", counts.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Name} {x.Count}")));
}
