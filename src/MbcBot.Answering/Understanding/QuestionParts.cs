using MbcBot.Answering.Text;
using System.Text.RegularExpressions;

namespace MbcBot.Answering.Understanding;

/// <summary>
/// Splits a message that asks two things ("what is hormone therapy? and is it only for ...?") at its question marks.
/// A part of fewer than <see cref="MinWords"/> words joins its neighbour ("really?" is not a question of its own), and a
/// trailing part without a question mark counts when long enough. At most the first two parts are returned.
/// </summary>
internal static class QuestionParts
{
    public const int MinWords = 3;

    private static readonly TieredRegex Words = new(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static IReadOnlyList<string> Split(string message)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < message.Length; i++)
        {
            if (message[i] != '?')
            {
                continue;
            }

            while (i + 1 < message.Length && message[i + 1] == '?')
            {
                i++;
            }

            Add(parts, message[start..(i + 1)]);
            start = i + 1;
        }

        Add(parts, message[start..]);
        return parts.Count <= 2 ? parts : [parts[0], string.Join(" ", parts.Skip(1))];
    }

    /// <summary>
    /// The question in a message that tells a story first ("finished treatment in 2017 ... now a scan shows spots. is
    /// there a name for cancer coming back elsewhere?"): its last sentence that ends in a question mark, when the message
    /// has more than one sentence and that sentence has at least <see cref="MinWords"/> words; else null.
    /// </summary>
    public static string? LastQuestion(string message)
    {
        // No sentence end at all (most questions): one sentence, so no split to make.
        var trimmed = message.Trim();
        if (trimmed.AsSpan().IndexOfAny('.', '!', '?') < 0)
        {
            return null;
        }

        var sentences = Sentence.Split(trimmed).Where(s => s.Trim().Length > 0).ToArray();
        if (sentences.Length < 2)
        {
            return null;
        }

        var last = sentences.LastOrDefault(s => s.TrimEnd().EndsWith('?'))?.Trim();
        return last is not null && Words.Count(last) >= MinWords ? last : null;
    }

    private static readonly TieredRegex Sentence = new(@"(?<=[.!?])\s+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static void Add(List<string> parts, string part)
    {
        part = part.Trim();
        if (part.Length == 0)
        {
            return;
        }

        if (Words.Count(part) < MinWords && parts.Count > 0)
        {
            parts[^1] = $"{parts[^1]} {part}";
        }
        else if (parts.Count > 0 && Words.Count(parts[^1]) < MinWords)
        {
            parts[^1] = $"{parts[^1]} {part}";
        }
        else
        {
            parts.Add(part);
        }
    }
}
