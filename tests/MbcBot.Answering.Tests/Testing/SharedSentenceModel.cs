using MbcBot.Answering.Safety;
using MbcBot.Answering.Semantic;

namespace MbcBot.Answering.Tests.Testing;

/// <summary>The real MiniLM model and the semantic red-flag net, loaded once per test run (loading takes about a second).</summary>
internal static class SharedSentenceModel
{
    private static readonly Lazy<MiniLmEmbedder> LazyEmbedder = new(() => new MiniLmEmbedder());

    private static readonly Lazy<SemanticRedFlags> LazyRedFlags = new(() => new SemanticRedFlags(LazyEmbedder.Value));

    public static ISentenceEmbedder Embedder => LazyEmbedder.Value;

    public static SemanticRedFlags RedFlags => LazyRedFlags.Value;
}
