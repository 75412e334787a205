namespace MbcBot.Search.Analysis;

/// <summary>
/// Splits on white space only and keeps every other character (Lucene's WhitespaceTokenizer). Used to test
/// a filter on its own, without the rules of <see cref="StandardTokenizer"/>.
/// </summary>
internal sealed class WhitespaceTokenizer : Tokenizer
{
    private int _position;

    public override void Reset()
    {
        base.Reset();
        _position = 0;
    }

    public override bool IncrementToken()
    {
        Attributes.Clear();
        var text = Text;
        var start = _position;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start >= text.Length)
        {
            _position = text.Length;
            return false;
        }

        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        Attributes.SetTerm(text.AsSpan(start, end - start));
        Attributes.StartOffset = start;
        Attributes.EndOffset = end;
        _position = end;
        return true;
    }
}
