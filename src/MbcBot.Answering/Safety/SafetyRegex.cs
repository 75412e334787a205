using System.Text.RegularExpressions;
using MbcBot.Answering.Text;

namespace MbcBot.Answering.Safety;

/// <summary>
/// The one way Safety builds regexes: culture-invariant, case-insensitive, with a match timeout, interpreted from the
/// start and compiled in the background once the bot is ready (<see cref="TieredRegex"/>).
/// Input is capped at <see cref="SafetyText.MaxLength"/> characters and the patterns use only bounded repeats,
/// so the timeout is a backstop against a pathological pattern, not a latency budget; if it ever fires, the triage
/// fails closed. It is generous (2 s) because it measures wall-clock time: on a loaded 2-core machine a thread can be
/// descheduled for hundreds of milliseconds mid-match, and 250 ms produced spurious timeouts (false emergencies) in tests.
/// </summary>
internal static class SafetyRegex
{
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);

    /// <summary>"can't" in the spellings people type: can't, cant, cannot, can not, couldn't, unable to, not able to.</summary>
    public const string Cant = @"(?:can'?t|can ?not|cnt|can t|couldn'?t|could ?not|unable to|not (?:been )?able to)";

    public static TieredRegex Create(string pattern) => new(
        pattern,
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        MatchTimeout);
}
