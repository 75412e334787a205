using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace MbcBot.Cli;

/// <summary>
/// <c>report --examples FILE</c>: the period's misses as JSON Lines in the labelled-examples format
/// (examples/questions/*.jsonl), so each becomes labelled data once a curator fills its label:
/// <c>{"text": "…", "label": "", "passages": [], "register": "reported", "note": "no_answer, asked 3 times"}</c>.
/// One line per distinct redacted question (<see cref="ReportQuestions.Key"/>): the not-covered questions first, then
/// the did-you-mean ones, then the questions of disliked answers; a question already written under an earlier kind is
/// not repeated. The note names the kind and how many times the question was asked under it.
/// </summary>
internal static class ReportExamples
{
    public const string NoAnswer = "no_answer";
    public const string Clarify = "clarify";
    public const string Disliked = "disliked";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var lines = new StringBuilder();
        var kinds = new (string Kind, IEnumerable<QuestionCount> Questions)[]
        {
            (NoAnswer, data.NotCovered.SelectMany(g => g.Questions)),
            (Clarify, data.DidYouMean),
            (Disliked, data.DislikedQuestions),
        };
        foreach (var (kind, questions) in kinds)
        {
            foreach (var question in questions)
            {
                if (written.Add(ReportQuestions.Key(question.Text)))
                {
                    lines.Append(Line(question, kind)).Append('\n');
                }
            }
        }

        return lines.ToString();
    }

    /// <summary>One example, spaced like the files a curator moves it into.</summary>
    private static string Line(QuestionCount question, string kind)
    {
        var note = string.Create(CultureInfo.InvariantCulture, $"{kind}, asked {question.Count} {(question.Count == 1 ? "time" : "times")}");
        return $"{{\"text\": {Quote(question.Text)}, \"label\": \"\", \"passages\": [], \"register\": \"reported\", \"note\": {Quote(note)}}}";
    }

    private static string Quote(string text) => JsonSerializer.Serialize(text, Json);
}
