namespace MbcBot.Search.Analysis;

/// <summary>
/// A decorator over another <see cref="TokenStream"/>: shares its attributes and forwards the lifecycle.
/// Subclasses override <see cref="TokenStream.IncrementToken"/> only (and Reset when they keep state).
/// </summary>
internal abstract class TokenFilter : TokenStream
{
    protected TokenFilter(TokenStream input)
        : base(input.Attributes)
    {
        Input = input;
    }

    protected TokenStream Input { get; }

    public override void Reset()
    {
        base.Reset();
        Input.Reset();
    }

    public override void End()
    {
        base.End();
        Input.End();
    }

    public override void Dispose()
    {
        Input.Dispose();
        base.Dispose();
    }
}
