namespace MbcBot.Search.Analysis;

/// <summary>
/// The state of the current token, shared by every stage of one chain (Lucene's AttributeSource with
/// CharTermAttribute, OffsetAttribute and PositionIncrementAttribute). One instance is reused for every
/// token, so read it between <see cref="TokenStream.IncrementToken"/> calls and copy what you keep.
/// </summary>
internal sealed class TokenAttributes
{
    private char[] _buffer = new char[32];

    /// <summary>Number of valid characters in the term buffer.</summary>
    public int Length { get; private set; }

    /// <summary>Start of the token in the original text (UTF-16 index, inclusive).</summary>
    public int StartOffset { get; set; }

    /// <summary>End of the token in the original text (UTF-16 index, exclusive).</summary>
    public int EndOffset { get; set; }

    /// <summary>Positions advanced since the previous token: 1 normally, more after removed tokens.</summary>
    public int PositionIncrement { get; set; } = 1;

    public ReadOnlySpan<char> Term => _buffer.AsSpan(0, Length);

    /// <summary>The term characters, writable in place (filters that never lengthen a term use this).</summary>
    public Span<char> TermBuffer => _buffer.AsSpan(0, Length);

    public void Clear()
    {
        Length = 0;
        StartOffset = 0;
        EndOffset = 0;
        PositionIncrement = 1;
    }

    public void SetTerm(ReadOnlySpan<char> term)
    {
        EnsureCapacity(term.Length);
        term.CopyTo(_buffer);
        Length = term.Length;
    }

    public void Append(ReadOnlySpan<char> chars)
    {
        EnsureCapacity(Length + chars.Length);
        chars.CopyTo(_buffer.AsSpan(Length));
        Length += chars.Length;
    }

    /// <summary>Shortens the term (a filter that strips a suffix).</summary>
    public void Truncate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Length);
        Length = length;
    }

    public void CopyTo(TokenAttributes target)
    {
        target.SetTerm(Term);
        target.StartOffset = StartOffset;
        target.EndOffset = EndOffset;
        target.PositionIncrement = PositionIncrement;
    }

    public override string ToString() => Term.ToString();

    private void EnsureCapacity(int length)
    {
        if (length > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(length, _buffer.Length * 2));
        }
    }
}
