using MbcBot.Answering.Text;
using System.Text.RegularExpressions;

namespace MbcBot.Answering.Understanding;

/// <summary>
/// Reads a short follow-up ("what about the liver?", "and in the bones?", "how is it treated?") in the context of the
/// conversation's previous question. When both name a place the cancer spreads to, the new place replaces the old
/// ("symptoms in the lungs" + "what about the liver?" → "symptoms in the liver"); otherwise the follow-up is read after
/// the previous question. Only messages of at most <see cref="MaxWords"/> words are follow-ups.
/// </summary>
internal static class FollowUpContext
{
    public const int MaxWords = 7;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // The places the pages say breast cancer spreads to, as patients name them.
    private static readonly TieredRegex Site = new(
        @"\b(?:bones?|skeleton|spine|hips?|liver|lungs?|chest|brain|head|lymph (?:nodes?|glands?)|glands?|skin|armpits?)\b",
        Options,
        TimeSpan.FromSeconds(1));

    private static readonly TieredRegex Lead = new(@"^\W*(?:and|so|but|ok(?:ay)?|what about|how about|what of)\b\W*", Options, TimeSpan.FromSeconds(1));

    private static readonly TieredRegex Words = new(@"[\p{L}\p{N}']+", Options, TimeSpan.FromSeconds(1));

    /// <summary>True when <paramref name="message"/> is short enough to lean on the previous question.</summary>
    public static bool IsShort(string message) => WordCount(message) <= MaxWords;

    /// <summary>How many words <paramref name="text"/> has.</summary>
    public static int WordCount(string text) => Words.Count(text);

    /// <summary>
    /// True when <paramref name="message"/> opens the way a follow-up does ("and …", "what about …", "how about …"), so it
    /// means the previous question about something else, even when it could be answered alone.
    /// </summary>
    public static bool LeansOnPrevious(string message) => Lead.IsMatch(message);

    /// <summary>The follow-up read in the context of <paramref name="previous"/>.</summary>
    public static string Combine(string previous, string followUp)
    {
        var newSite = Site.Match(followUp);
        if (newSite.Success && Site.IsMatch(previous))
        {
            return Site.Replace(previous, newSite.Value, 1);
        }

        return $"{previous} {Lead.Replace(followUp, "")}";
    }
}
