using MbcBot.Answering.Learning;

namespace MbcBot.Training;

/// <summary>The word grams (<see cref="WordGrams"/>) worth a weight: those in at least a few training messages, in ordinal order.</summary>
internal static class Vocabulary
{
    public static IReadOnlyList<string> Of(IEnumerable<string> texts, int minMessages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var gram in WordGrams.Of(text))
            {
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
            }
        }

        return [.. counts.Where(c => c.Value >= minMessages).Select(c => c.Key).Order(StringComparer.Ordinal)];
    }
}
