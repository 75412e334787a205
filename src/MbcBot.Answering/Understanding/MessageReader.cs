using MbcBot.Answering.Semantic;

namespace MbcBot.Answering.Understanding;

/// <summary>
/// Reads a message once for everything downstream (<see cref="ReadMessage"/>): corrects it, cuts it into parts and
/// embeds it with its parts in one model run. The corrector and the embedder keep their own bounded caches, so the
/// triage and the answer path reading the same message, or a repeated question, cost lookups. Thread-safe.
/// </summary>
public sealed class MessageReader(ITextCorrector corrector, ISentenceEmbedder? embedder)
{
    public ITextCorrector Corrector => corrector;

    public ISentenceEmbedder? Embedder => embedder;

    public ReadMessage Read(string text)
    {
        text ??= "";
        var corrected = corrector.Correct(text);
        var parts = MessageParts.Split(corrected);
        return new ReadMessage(text, corrected, parts, embedder?.EmbedMessage(parts.Count == 0 ? [corrected] : parts));
    }
}
