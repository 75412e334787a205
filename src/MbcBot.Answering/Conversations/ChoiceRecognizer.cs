using System.Text.RegularExpressions;
using Microsoft.Recognizers.Definitions.English;

namespace MbcBot.Answering.Conversations;

/// <summary>
/// Reads a reply to "did you mean" against the options offered: the option's own words (a clicked suggestion posts
/// them back), an ordinal ("the second one", "2nd", "last"), a bare number or number word ("2", "two") or yes / no.
/// The patterns and word maps come from Microsoft.Recognizers.Definitions (the English regular expressions behind
/// Microsoft.Recognizers.Text, whose parsers are not available here): <c>NumbersDefinitions.NumberOrdinalRegex</c>,
/// <c>OrdinalSuffixRegex</c>, <c>RelativeOrdinalRegex</c>, <c>OrdinalNumberMap</c>, <c>CardinalNumberMap</c>, and
/// <c>ChoiceDefinitions.TrueRegex</c> / <c>FalseRegex</c>. Only short replies count (at most
/// <see cref="MaxWords"/> words): "what is the second most common site?" is a new question, not a choice.
/// </summary>
internal static class ChoiceRecognizer
{
    public const int MaxWords = 6;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(100);

    private static readonly Regex Ordinal = new($@"\b(?:{NumbersDefinitions.NumberOrdinalRegex})\b", Options, Timeout);
    private static readonly Regex OrdinalSuffix = new(NumbersDefinitions.OrdinalSuffixRegex, Options, Timeout);
    private static readonly Regex Relative = new($@"\b(?:{NumbersDefinitions.RelativeOrdinalRegex})\b", Options, Timeout);
    private static readonly Regex Number = new(@"^\W*(?:(?:number|option|no\.?|#)\s*)?(\d{1,2}|[a-z]+)\W*$", Options, Timeout);
    private static readonly Regex Yes = new(ChoiceDefinitions.TrueRegex, Options, Timeout);
    private static readonly Regex No = new(ChoiceDefinitions.FalseRegex, Options, Timeout);
    private static readonly Regex QuestionShape = new(
        @"^\W*(?:how|what|why|when|where|who|which|is|are|does|do|did|can|could|will|would|should|so|if)\b",
        Options,
        Timeout);

    private static readonly Regex Words = new(@"[\p{L}\p{N}']+", Options, Timeout);

    /// <summary>
    /// The index picked in <paramref name="options"/>, <see cref="Declined"/> for a "no", or null when the reply is not
    /// a choice (then it is read as a new question).
    /// </summary>
    public static int? Recognize(string reply, IReadOnlyList<string> options)
    {
        if (options.Count == 0 || string.IsNullOrWhiteSpace(reply))
        {
            return null;
        }

        var text = reply.Trim();
        for (var i = 0; i < options.Count; i++)
        {
            if (Same(text, options[i]))
            {
                return i;
            }
        }

        try
        {
            // Too long, or shaped like a new question ("how long does it last?", "is second line treatment chemo?"):
            // read it as a question, not a choice.
            if (Words.Matches(text).Count > MaxWords || QuestionShape.IsMatch(text))
            {
                return null;
            }

            return Pick(text, options.Count);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Returned by <see cref="Recognize"/> when the user says none of the options is right.</summary>
    public const int Declined = -1;

    private static int? Pick(string text, int count)
    {
        // Relative first: "the second to last" holds the ordinal "second" but means the one before the last.
        if (Relative.Match(text) is { Success: true } relative)
        {
            // RelativeOrdinalRegex names "last", "the second to last", "next to last", "the last but one",
            // "the one before the last" and "penultimate"; "next", "previous" and "current" point nowhere in a list.
            var phrase = relative.Value.ToLowerInvariant();
            if (phrase == "last")
            {
                return count - 1;
            }

            if (phrase.Contains("last") || phrase.Contains("penultimate"))
            {
                return phrase.StartsWith("ante", StringComparison.Ordinal) ? InRange(count - 2, count) : InRange(count - 1, count);
            }
        }

        if (Ordinal.Match(text) is { Success: true } ordinal &&
            NumbersDefinitions.OrdinalNumberMap.TryGetValue(ordinal.Value.ToLowerInvariant(), out var position))
        {
            return InRange(position, count);
        }

        if (OrdinalSuffix.Match(text) is { Success: true } suffix && long.TryParse(new string(suffix.Value.TakeWhile(char.IsDigit).ToArray()), out position))
        {
            return InRange(position, count);
        }

        if (Number.Match(text) is { Success: true } number)
        {
            var value = number.Groups[1].Value.ToLowerInvariant();
            if (long.TryParse(value, out position) || NumbersDefinitions.CardinalNumberMap.TryGetValue(value, out position))
            {
                return InRange(position, count);
            }
        }

        if (No.IsMatch(text))
        {
            return Declined;
        }

        return Yes.IsMatch(text) ? 0 : null;
    }

    private static int? InRange(long position, int count) => position >= 1 && position <= count ? (int)position - 1 : null;

    private static bool Same(string a, string b) =>
        string.Equals(Normalize(a), Normalize(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string s) => s.Trim().TrimEnd('?', '.', '!').Trim();
}
