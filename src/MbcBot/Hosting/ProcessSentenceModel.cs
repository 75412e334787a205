using MbcBot.Answering.Semantic;

namespace MbcBot.Hosting;

/// <summary>
/// One MiniLM model per process, loaded on first use. The model is immutable and thread-safe, and loading it costs
/// about a second and ~90 MB, so every host in the process (tests start many) shares it. This adapter is deliberately
/// not <see cref="IDisposable"/>: a container that resolves it must not dispose the shared model.
/// </summary>
internal sealed class ProcessSentenceModel : ISentenceEmbedder
{
    private static readonly Lazy<MiniLmEmbedder> Model = new(() => new MiniLmEmbedder());

    public static ProcessSentenceModel Shared { get; } = new();

    private ProcessSentenceModel() { }

    public int Dimensions => Model.Value.Dimensions;

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        Model.Value.Embed(texts, cancellationToken);
}
