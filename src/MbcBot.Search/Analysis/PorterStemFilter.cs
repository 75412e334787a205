namespace MbcBot.Search.Analysis;

/// <summary>Stems each term in place with the classic <see cref="PorterStemmer"/>. Expects lower-case input.</summary>
internal sealed class PorterStemFilter : TokenFilter
{
    public PorterStemFilter(TokenStream input)
        : base(input)
    {
    }

    public override bool IncrementToken()
    {
        if (!Input.IncrementToken())
        {
            return false;
        }

        Attributes.Truncate(PorterStemmer.Stem(Attributes.TermBuffer));
        return true;
    }
}
