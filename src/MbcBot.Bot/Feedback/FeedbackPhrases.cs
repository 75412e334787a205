using System.Text;
using MbcBot.Bot.Data;
using MbcBot.Insights;

namespace MbcBot.Bot.Feedback;

/// <summary>
/// Typed feedback for channels without buttons: a whole message such as "that didn't help" or "thanks, that helped"
/// (Data/feedback-phrases.tsv, each with its reason). Messages are compared after <see cref="Normalize"/>: lower case,
/// curly apostrophes straightened, everything but letters, digits, apostrophes and spaces removed, spaces collapsed.
/// </summary>
public sealed class FeedbackPhrases
{
    private readonly Dictionary<string, FeedbackRating> _phrases;

    public FeedbackPhrases(IEnumerable<(string Phrase, FeedbackRating Rating)> phrases) =>
        _phrases = phrases.ToDictionary(p => Normalize(p.Phrase), p => p.Rating, StringComparer.Ordinal);

    public static FeedbackPhrases Default { get; } = new(EmbeddedData.ReadRows("MbcBot.Bot.feedback-phrases.tsv", 3).Select(row =>
        (row[0], row[1] switch
        {
            "like" => FeedbackRating.Like,
            "dislike" => FeedbackRating.Dislike,
            _ => throw new FormatException($"feedback-phrases.tsv: rating must be like or dislike, not '{row[1]}'."),
        })));

    /// <summary>Longest phrase + slack; longer messages are questions and are not normalised at all.</summary>
    private const int MaxMessageLength = 64;

    public FeedbackRating? Match(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Length <= MaxMessageLength && _phrases.TryGetValue(Normalize(message), out var rating) ? rating : null;
    }

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = raw is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || c == '\'')
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is ',' or '-')
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
