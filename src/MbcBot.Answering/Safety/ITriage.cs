namespace MbcBot.Answering.Safety;

/// <summary>
/// Classifies one raw user message before retrieval: emergency, personal-advice request, small talk, or an ordinary
/// question. Runs on the raw text because negation ("I don't have chest pain") and person ("my wife can't breathe")
/// are lost once the analyzer drops stop words.
/// </summary>
/// <remarks>Implementations are immutable and safe to call from many threads at once.</remarks>
public interface ITriage
{
    /// <summary>Classifies <paramref name="text"/>. Never throws, for any input (null, empty, huge, odd Unicode).</summary>
    TriageResult Classify(string text);
}
