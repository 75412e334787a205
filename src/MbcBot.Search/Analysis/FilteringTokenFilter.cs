namespace MbcBot.Search.Analysis;

/// <summary>
/// A filter that drops tokens: subclasses implement only <see cref="Accept"/>. The position increments of
/// dropped tokens are added to the next kept token, so positions still count the removed words.
/// </summary>
internal abstract class FilteringTokenFilter : TokenFilter
{
    protected FilteringTokenFilter(TokenStream input)
        : base(input)
    {
    }

    public sealed override bool IncrementToken()
    {
        var skipped = 0;
        while (Input.IncrementToken())
        {
            if (Accept())
            {
                Attributes.PositionIncrement += skipped;
                return true;
            }

            skipped += Attributes.PositionIncrement;
        }

        return false;
    }

    /// <summary>True to keep the current token.</summary>
    protected abstract bool Accept();
}
