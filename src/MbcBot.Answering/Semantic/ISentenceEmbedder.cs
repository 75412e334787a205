namespace MbcBot.Answering.Semantic;

/// <summary>
/// Maps a text to a fixed-length vector such that texts meaning the same thing lie close together. Vectors are
/// L2-normalised, so the cosine similarity of two of them is their dot product (<see cref="Vectors.Dot"/>).
/// </summary>
/// <remarks>Implementations are thread-safe.</remarks>
public interface ISentenceEmbedder
{
    /// <summary>The length of every vector this embedder returns.</summary>
    int Dimensions { get; }

    /// <summary>One unit vector per text, in order.</summary>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
