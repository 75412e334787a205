using System.Security.Cryptography;
using System.Text;

namespace MbcBot.Answering.Learning;

/// <summary>
/// The SHA-256 of everything a model was fitted on (named parts, each text with line endings made LF), as lower-case
/// hex. The <c>train</c> command stores it in the model file; start-up computes it again from the data it loads and
/// refuses a model trained on other data, so an edited example, passage or vocabulary file cannot ship with a stale model.
/// </summary>
public sealed class DataFingerprint
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Adds one named part (a file's name and text, a passage's id and text...).</summary>
    public DataFingerprint Add(string name, string text)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(name));
        _hash.AppendData([0]);
        _hash.AppendData(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)));
        _hash.AppendData([0]);
        return this;
    }

    public string Finish() => Convert.ToHexString(_hash.GetHashAndReset()).ToLowerInvariant();
}
