using MbcBot.Answering.Semantic;

namespace MbcBot.Answering.Tests.Testing;

/// <summary>The real MiniLM model, loaded once per test run (loading takes about a second).</summary>
internal static class SharedSentenceModel
{
    private static readonly Lazy<MiniLmEmbedder> LazyEmbedder = new(() => new MiniLmEmbedder());

    /// <summary>The model itself (no cache): <see cref="MiniLmEmbedder.RunCount"/> counts its runs.</summary>
    public static MiniLmEmbedder Model => LazyEmbedder.Value;

    public static ISentenceEmbedder Embedder => LazyEmbedder.Value;
}
