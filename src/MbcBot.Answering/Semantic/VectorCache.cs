using System.Security.Cryptography;
using System.Text;

namespace MbcBot.Answering.Semantic;

/// <summary>
/// The corpus's sentence vectors on disk, so that a restart does not run the model over every passage again (~7 s on
/// two cores; loading the file takes milliseconds). The file is named by the SHA-256 of the model name and every text
/// embedded, in order, so an edited passage, question or model gets new vectors and stale files are never read.
/// Format: int32 count, int32 dimensions, then count × dimensions little-endian float32.
/// Best effort: a missing, short or unreadable file means "compute"; a failed write is reported and ignored.
/// </summary>
internal static class VectorCache
{
    /// <summary>
    /// The unit vectors of <paramref name="texts"/>, in order: read from <paramref name="cacheFolder"/> when a file for
    /// exactly these texts and <paramref name="model"/> is there (and then added to a <see cref="CachedEmbedder"/>'s
    /// memory, so asking one of these texts runs no model), else computed and written there. Null folder: computed.
    /// </summary>
    /// <param name="warn">Hears why the file could not be written (never any user text).</param>
    public static float[][] EmbedAll(
        ISentenceEmbedder embedder, string model, IReadOnlyList<string> texts, string? cacheFolder, Action<string>? warn)
    {
        var file = cacheFolder is null ? null : Path.Combine(cacheFolder, FileName(model, texts));
        if (file is not null && TryLoad(file, texts.Count, embedder.Dimensions) is { } loaded)
        {
            (embedder as CachedEmbedder)?.Remember(texts, loaded);
            return loaded;
        }

        // One text per call: a batch is padded to its longest text and runs slower on CPU.
        var vectors = texts.Select(text => embedder.Embed([text])[0]).ToArray();
        if (file is not null && TrySave(file, vectors) is { } failure)
        {
            warn?.Invoke($"Sentence vectors not cached in {cacheFolder}: {failure}.");
        }

        return vectors;
    }

    public static string FileName(string model, IReadOnlyList<string> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(model));
        foreach (var text in texts)
        {
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(text));
        }

        return $"{model}-{Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant()}.vectors";
    }

    public static float[][]? TryLoad(string path, int count, int dimensions)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var reader = new BinaryReader(File.OpenRead(path));
            if (reader.ReadInt32() != count || reader.ReadInt32() != dimensions)
            {
                return null;
            }

            var vectors = new float[count][];
            for (var i = 0; i < count; i++)
            {
                vectors[i] = new float[dimensions];
                for (var j = 0; j < dimensions; j++)
                {
                    vectors[i][j] = reader.ReadSingle();
                }
            }

            return vectors;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException)
        {
            return null;
        }
    }

    /// <returns>Null when written, else why not (for a warning).</returns>
    public static string? TrySave(string path, IReadOnlyList<float[]> vectors)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".tmp";
            using (var writer = new BinaryWriter(File.Create(temporary)))
            {
                writer.Write(vectors.Count);
                writer.Write(vectors.Count > 0 ? vectors[0].Length : 0);
                foreach (var vector in vectors)
                {
                    foreach (var value in vector)
                    {
                        writer.Write(value);
                    }
                }
            }

            // Rename last, so a reader never sees a half-written file.
            File.Move(temporary, path, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.GetType().Name;
        }
    }
}
