namespace MbcBot.Search.Analysis;

/// <summary>
/// Removes a trailing possessive "'s" (also with ’ or ＇): "patient's" → "patient" (Lucene's EnglishPossessiveFilter).
/// Runs before lower-casing, so it accepts 'S' too.
/// </summary>
internal sealed class EnglishPossessiveFilter : TokenFilter
{
    public EnglishPossessiveFilter(TokenStream input)
        : base(input)
    {
    }

    public override bool IncrementToken()
    {
        if (!Input.IncrementToken())
        {
            return false;
        }

        var term = Attributes.Term;
        var length = term.Length;
        if (length >= 2 && term[length - 1] is 's' or 'S' && term[length - 2] is '\'' or '\u2019' or '\uFF07')
        {
            Attributes.Truncate(length - 2);
        }

        return true;
    }
}
