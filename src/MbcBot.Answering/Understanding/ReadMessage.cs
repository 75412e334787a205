using MbcBot.Answering.Semantic;

namespace MbcBot.Answering.Understanding;

/// <summary>
/// One message as the answer path reads it, computed once and shared by the safety triage and the answer decision: the
/// text as typed, the text as meant (<see cref="ITextCorrector"/>), the parts of the latter (<see cref="MessageParts"/>)
/// and their sentence vectors (one model run; null without the sentence model).
/// </summary>
public sealed record ReadMessage(string Text, string Corrected, IReadOnlyList<string> Parts, MessageVectors? Vectors)
{
    /// <summary>The whole message, then each part (when there are several), with their vectors: what the triage model reads.</summary>
    public IReadOnlyList<(string Text, float[]? Vector)> Units
    {
        get
        {
            var units = new List<(string, float[]?)>(Parts.Count + 1) { (Corrected, Vectors?.Whole) };
            if (Parts.Count > 1)
            {
                for (var i = 0; i < Parts.Count; i++)
                {
                    units.Add((Parts[i], Vectors?.Parts[i]));
                }
            }

            return units;
        }
    }
}
