namespace MbcBot.Answering.Semantic;

/// <summary>
/// The sentence vectors of one message: of the whole, and of each of its parts (sentences, or stretches of a long
/// unpunctuated message) as read within it. The safety classifier reads every part, so a red flag in one sentence of
/// five is not drowned by the calm rest; the answer path reads the whole. Unit vectors.
/// </summary>
/// <param name="Whole">The vector of the whole message.</param>
/// <param name="Parts">One vector per part, in order; empty when the message is a single part.</param>
public sealed record MessageVectors(float[] Whole, IReadOnlyList<float[]> Parts)
{
    /// <summary>The whole, then every part: what a per-sentence reader walks.</summary>
    public IEnumerable<float[]> Units => Parts.Count == 0 ? [Whole] : Parts.Prepend(Whole);
}
