namespace MbcBot.Search.Analysis;

/// <summary>
/// Turns text into index terms. The same analyzer must be used at index and query time so both sides
/// normalise words identically. Subclasses write their chain in <see cref="CreateComponents"/>; a fresh chain
/// is built per call (a handful of small objects), so an analyzer is thread-safe if its shared data is.
/// </summary>
public abstract class Analyzer
{
    /// <summary>Analyzes <paramref name="text"/> into terms. Never throws on any string content.</summary>
    public IReadOnlyList<AnalyzedToken> Analyze(string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = GetTokenStream(text);
        stream.Reset();
        var position = -1;
        var attributes = stream.Attributes;
        while (stream.IncrementToken())
        {
            position += attributes.PositionIncrement;
            tokens.Add(new AnalyzedToken(attributes.ToString(), attributes.StartOffset, attributes.EndOffset, position));
        }

        stream.End();
        return tokens;
    }

    /// <summary>Builds a chain over <paramref name="text"/>; the caller follows the <see cref="TokenStream"/> workflow.</summary>
    internal TokenStream GetTokenStream(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var components = CreateComponents();
        components.Source.SetInput(text);
        return components.Sink;
    }

    internal abstract TokenStreamComponents CreateComponents();
}
