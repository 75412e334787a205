namespace MbcBot.Search.Analysis;

/// <summary>
/// Replaces word sequences found in a <see cref="SynonymMap"/> by their canonical words (expand=false).
/// Matching is greedy and longest-first from each position: "stage four" wins over "stage". Replacement
/// words all carry the offsets of the whole matched span; the first takes the span's position increment,
/// the others 1. Put it after lower-casing and before stop words and stemming, so entries can contain
/// stop words ("short of breath") and canonical words are stemmed like any other.
/// </summary>
internal sealed class SynonymFilter : TokenFilter
{
    private readonly SynonymNode _root;
    private readonly List<TokenAttributes> _lookahead = []; // reused slots; the first _count hold tokens
    private int _count;
    private bool _inputDone;
    private string[]? _pending;
    private int _pendingIndex;
    private int _pendingStart;
    private int _pendingEnd;

    public SynonymFilter(TokenStream input, SynonymMap map)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(map);
        _root = map.Root;
    }

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            Emit(_pending[_pendingIndex++], 1);
            if (_pendingIndex == _pending.Length) _pending = null;
            return true;
        }

        if (!Fill(0))
        {
            return false;
        }

        // Longest match: walk the trie as far as the buffered (and, if needed, further read) tokens allow.
        SynonymNode? node = _root;
        string[]? output = null;
        var matched = 0;
        for (var i = 0; node is not null && Fill(i); i++)
        {
            node = node.Next(_lookahead[i].Term);
            if (node?.Output is not null)
            {
                output = node.Output;
                matched = i + 1;
            }
        }

        if (output is null)
        {
            _lookahead[0].CopyTo(Attributes);
            Consume(1);
            return true;
        }

        _pendingStart = _lookahead[0].StartOffset;
        _pendingEnd = _lookahead[matched - 1].EndOffset;
        var increment = _lookahead[0].PositionIncrement;
        Consume(matched);
        Emit(output[0], increment);
        if (output.Length > 1)
        {
            _pending = output;
            _pendingIndex = 1;
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _count = 0;
        _inputDone = false;
        _pending = null;
    }

    private void Emit(string word, int increment)
    {
        Attributes.SetTerm(word);
        Attributes.StartOffset = _pendingStart;
        Attributes.EndOffset = _pendingEnd;
        Attributes.PositionIncrement = increment;
    }

    /// <summary>Ensures lookahead slot <paramref name="index"/> holds a token; false at end of input.</summary>
    private bool Fill(int index)
    {
        while (_count <= index)
        {
            if (_inputDone || !Input.IncrementToken())
            {
                _inputDone = true;
                return false;
            }

            if (_lookahead.Count == _count) _lookahead.Add(new TokenAttributes());
            Attributes.CopyTo(_lookahead[_count]);
            _count++;
        }

        return true;
    }

    /// <summary>Drops the first <paramref name="n"/> buffered tokens, recycling their slots.</summary>
    private void Consume(int n)
    {
        for (var i = 0; i < n; i++)
        {
            var slot = _lookahead[0];
            _lookahead.RemoveAt(0);
            _lookahead.Add(slot);
        }

        _count -= n;
    }
}
