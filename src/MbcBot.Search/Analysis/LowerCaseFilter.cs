using System.Text;

namespace MbcBot.Search.Analysis;

/// <summary>
/// Lower-cases each term in place with invariant (culture-free) simple case mapping, code point by code
/// point so surrogate pairs stay intact (Lucene's LowerCaseFilter).
/// </summary>
internal sealed class LowerCaseFilter : TokenFilter
{
    public LowerCaseFilter(TokenStream input)
        : base(input)
    {
    }

    public override bool IncrementToken()
    {
        if (!Input.IncrementToken())
        {
            return false;
        }

        var buffer = Attributes.TermBuffer;
        var i = 0;
        while (i < buffer.Length)
        {
            var c = buffer[i];
            if (!char.IsSurrogate(c))
            {
                buffer[i] = char.ToLowerInvariant(c);
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf16(buffer[i..], out var rune, out var width) == System.Buffers.OperationStatus.Done)
            {
                var lower = Rune.ToLowerInvariant(rune);
                if (lower.Utf16SequenceLength == width)
                {
                    lower.EncodeToUtf16(buffer[i..]);
                }
            }

            i += Math.Max(width, 1);
        }

        return true;
    }
}
