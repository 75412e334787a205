namespace MbcBot.Ingestion;

/// <summary>
/// The parsed header of a corpus file.
/// </summary>
/// <param name="Entries">Entries by key (keys are known and unique; values non-empty).</param>
/// <param name="ClosingLine">1-based line of the closing "---"; missing required keys are reported here.</param>
/// <param name="BodyStartIndex">0-based index of the first line after the closing "---".</param>
internal sealed record FrontMatter(IReadOnlyDictionary<string, FrontMatterEntry> Entries, int ClosingLine, int BodyStartIndex)
{
    public FrontMatterEntry? Find(string key) => Entries.GetValueOrDefault(key);
}
