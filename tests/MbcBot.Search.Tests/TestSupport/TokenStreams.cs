using MbcBot.Search.Analysis;

namespace MbcBot.Search.Tests.TestSupport;

/// <summary>Helpers to run a filter over a trivial whitespace tokenizer (Lucene's MockTokenizer idea).</summary>
internal static class TokenStreams
{
    public static WhitespaceTokenizer Whitespace(string text)
    {
        var tokenizer = new WhitespaceTokenizer();
        tokenizer.SetInput(text);
        return tokenizer;
    }

    public static StandardTokenizer Standard(string text)
    {
        var tokenizer = new StandardTokenizer();
        tokenizer.SetInput(text);
        return tokenizer;
    }

    /// <summary>Consumes <paramref name="stream"/> following the Reset/IncrementToken/End/Dispose workflow.</summary>
    public static List<(string Term, int Start, int End, int Increment)> Consume(TokenStream stream)
    {
        var tokens = new List<(string, int, int, int)>();
        using (stream)
        {
            stream.Reset();
            while (stream.IncrementToken())
            {
                var a = stream.Attributes;
                tokens.Add((a.ToString(), a.StartOffset, a.EndOffset, a.PositionIncrement));
            }

            stream.End();
        }

        return tokens;
    }

    public static string[] Terms(TokenStream stream) => Consume(stream).Select(t => t.Term).ToArray();
}
