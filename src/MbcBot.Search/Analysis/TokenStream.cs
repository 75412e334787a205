namespace MbcBot.Search.Analysis;

/// <summary>
/// A stream of tokens: a <see cref="Tokenizer"/> at the source, decorated by <see cref="TokenFilter"/>s.
/// Consumer workflow (as in Lucene):
/// 1. <see cref="Reset"/>;
/// 2. <see cref="IncrementToken"/> until it returns false, reading <see cref="Attributes"/> after each true;
/// 3. <see cref="End"/>;
/// 4. <see cref="Dispose"/>.
/// Every stage of one chain shares one <see cref="TokenAttributes"/>. Concrete streams are sealed.
/// A stream is single-threaded; analyzers build a fresh chain per call.
/// </summary>
internal abstract class TokenStream : IDisposable
{
    protected TokenStream(TokenAttributes attributes)
    {
        Attributes = attributes;
    }

    public TokenAttributes Attributes { get; }

    /// <summary>Advances to the next token; false at the end of the stream.</summary>
    public abstract bool IncrementToken();

    /// <summary>Prepares the stream for consumption. Overrides must call base.</summary>
    public virtual void Reset()
    {
    }

    /// <summary>Called once after the last token. Overrides must call base.</summary>
    public virtual void End()
    {
    }

    public virtual void Dispose()
    {
    }
}
