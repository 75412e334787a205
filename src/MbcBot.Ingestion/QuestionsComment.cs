using System.Text.RegularExpressions;

namespace MbcBot.Ingestion;

/// <summary>
/// The curated alternate questions of a passage: one HTML comment directly under the heading,
/// "&lt;!-- questions: First? | Second? --&gt;", holding 1 to <see cref="MaxQuestions"/> non-empty questions.
/// </summary>
internal static partial class QuestionsComment
{
    public const int MaxQuestions = 5;

    private const string Expected = "expected '<!-- questions: First question? | Second question? -->'";

    public static bool IsComment(string line) => line.TrimStart().StartsWith("<!--", StringComparison.Ordinal);

    public static IReadOnlyList<string> Parse(string filePath, int lineNumber, string line)
    {
        var match = Pattern().Match(line.Trim());
        if (!match.Success)
        {
            throw new CorpusFormatException(filePath, lineNumber, $"malformed questions comment: {Expected}");
        }

        var questions = match.Groups["list"].Value.Split('|').Select(q => q.Trim()).ToArray();
        if (questions.Any(q => q.Length == 0))
        {
            throw new CorpusFormatException(filePath, lineNumber, "malformed questions comment: a question is empty");
        }

        if (questions.Length > MaxQuestions)
        {
            throw new CorpusFormatException(
                filePath, lineNumber, $"malformed questions comment: {questions.Length} questions, at most {MaxQuestions}");
        }

        return questions;
    }

    [GeneratedRegex(@"^<!--\s*questions:(?<list>.*?)-->$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
