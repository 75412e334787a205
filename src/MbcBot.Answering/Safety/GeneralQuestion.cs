using MbcBot.Answering.Text;
using System.Text.RegularExpressions;

namespace MbcBot.Answering.Safety;

/// <summary>
/// "Clearly a general or informational question": the only thing that overrules the semantic net. True when the
/// message is shaped as a question or a topic lookup (opens with what/how/why/can/is..., or asks for "signs of",
/// "causes of", "what is") AND names no person (I, my, she, mum, ...) AND says nothing is happening now
/// (<see cref="RedFlagTable.HappeningNow"/>). Anything less clear escalates: a false alarm costs seconds.
/// </summary>
internal static class GeneralQuestion
{
    private static readonly TieredRegex QuestionShape = SafetyRegex.Create(
        @"^\W*(?:what|how|why|when|which|who|where|can|could|does|do|is|are|should|will|would|tell me|explain|define)\b" +
        @"|\b(?:signs? of|symptoms? of|causes? of|what (?:is|are)|meaning of|risk of|in general|generally)\b");

    /// <summary>A person named: I, my, she, mum... (also a triage model signal).</summary>
    internal static readonly TieredRegex Person = SafetyRegex.Create(
        @"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself|we|we're|us|our|she|he|she's|he's|her|him|his|they're|" +
        @"mom|mum|mam|mother|dad|father|wife|husband|partner|sister|brother|daughter|son|friend|nan|gran|grandma|grandad)\b");

    public static bool IsClearlyGeneral(string normalized) =>
        QuestionShape.IsMatch(normalized) && !Person.IsMatch(normalized) && !RedFlagTable.Default.HappeningNow.IsMatch(normalized);
}
