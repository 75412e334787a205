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
