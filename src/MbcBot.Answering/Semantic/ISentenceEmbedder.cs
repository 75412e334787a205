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

    /// <summary>
    /// The vectors of the message made of <paramref name="parts"/> (joined with spaces) and, when there are several, of
    /// each part. The model embedder does this in one model run (each part's vector is pooled from its own tokens);
    /// this default embeds each text on its own.
    /// </summary>
    MessageVectors EmbedMessage(IReadOnlyList<string> parts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var whole = string.Join(' ', parts);
        if (parts.Count <= 1) return new MessageVectors(Embed([whole], cancellationToken)[0], []);
        var vectors = Embed([whole, .. parts], cancellationToken);
        return new MessageVectors(vectors[0], vectors.Skip(1).ToArray());
    }
}
