using MbcBot.Search.Analysis;

namespace MbcBot.Search.Tests.TestSupport;

/// <summary>The production synonyms file (corpus/synonyms.txt, copied to the test output) and small parsed maps.</summary>
internal static class Synonyms
{
    private static readonly Lazy<SynonymMap> ProductionMap =
        new(() => SynonymMap.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "synonyms.txt")));

    public static SynonymMap Production => ProductionMap.Value;

    public static SynonymMap Parse(string text) => SynonymMap.Parse(new StringReader(text), "test.txt");
}
