using System.Security.Cryptography;
using System.Text;
using MbcBot.Answering.Semantic;

namespace MbcBot.Training;

/// <summary>
/// The sentence vectors of many messages on disk (a message's whole vector, then one per part when it has several),
/// named by the SHA-256 of the model and every message's parts, so a changed example gets new vectors and a stale file
/// is never read. Format: int32 vector count, int32 dimensions, then the float32 values. Best effort, like the corpus's
/// vector cache: an unreadable file means "compute".
/// </summary>
internal static class MessageVectorFile
{
    private const int Dimensions = 384;

    public static MessageVectors[]? TryLoad(string folder, IReadOnlyList<IReadOnlyList<string>> parts)
    {
        var path = Path.Combine(folder, FileName(parts));
        var expected = parts.Sum(p => p.Count > 1 ? p.Count + 1 : 1);
        try
        {
            if (!File.Exists(path)) return null;
            using var reader = new BinaryReader(File.OpenRead(path));
            if (reader.ReadInt32() != expected || reader.ReadInt32() != Dimensions) return null;
            var result = new MessageVectors[parts.Count];
            for (var i = 0; i < parts.Count; i++)
            {
                var whole = Read(reader);
                var partVectors = parts[i].Count > 1 ? Enumerable.Range(0, parts[i].Count).Select(_ => Read(reader)).ToArray() : [];
                result[i] = new MessageVectors(whole, partVectors);
            }

            return result;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException)
        {
            return null;
        }
    }

    public static void Save(string folder, IReadOnlyList<IReadOnlyList<string>> parts, IReadOnlyList<MessageVectors> vectors, Action<string> log)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, FileName(parts));
            using (var writer = new BinaryWriter(File.Create(path + ".tmp")))
            {
                writer.Write(vectors.Sum(v => 1 + v.Parts.Count));
                writer.Write(Dimensions);
                foreach (var v in vectors)
                {
                    foreach (var vector in v.Parts.Prepend(v.Whole))
                    {
                        foreach (var value in vector) writer.Write(value);
                    }
                }
            }

            File.Move(path + ".tmp", path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            log($"train: vectors not cached in {folder} ({ex.GetType().Name})");
        }
    }

    private static float[] Read(BinaryReader reader)
    {
        var vector = new float[Dimensions];
        for (var j = 0; j < Dimensions; j++) vector[j] = reader.ReadSingle();
        return vector;
    }

    private static string FileName(IReadOnlyList<IReadOnlyList<string>> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(SemanticIndex.ModelName + "/messages"));
        foreach (var message in parts)
        {
            hash.AppendData([1]);
            foreach (var part in message)
            {
                hash.AppendData([0]);
                hash.AppendData(Encoding.UTF8.GetBytes(part));
            }
        }

        return $"messages-{Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant()}.vectors";
    }
}
