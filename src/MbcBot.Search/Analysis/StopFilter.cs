using System.Collections.Frozen;

namespace MbcBot.Search.Analysis;

/// <summary>Drops terms found in a stop set (exact, case-sensitive: put it after <see cref="LowerCaseFilter"/>).</summary>
internal sealed class StopFilter : FilteringTokenFilter
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopWords;

    /// <param name="input">The stream to filter.</param>
    /// <param name="stopWords">An ordinal set, built once and shared by every chain.</param>
    public StopFilter(TokenStream input, FrozenSet<string> stopWords)
        : base(input)
    {
        ArgumentNullException.ThrowIfNull(stopWords);
        // Span lookup keeps the per-token path allocation-free.
        _stopWords = stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    protected override bool Accept() => !_stopWords.Contains(Attributes.Term);
}
