namespace MbcBot.Search.Analysis;

/// <summary>
/// The source of a chain: turns text into tokens. The whole text is held as a string (the engine
/// indexes passages and questions, not files), set with <see cref="SetInput"/> before <see cref="TokenStream.Reset"/>.
/// </summary>
internal abstract class Tokenizer : TokenStream
{
    protected Tokenizer()
        : base(new TokenAttributes())
    {
    }

    protected string Text { get; private set; } = string.Empty;

    public void SetInput(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }
}
