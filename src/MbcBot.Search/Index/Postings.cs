namespace MbcBot.Search.Index;

/// <summary>
/// The documents containing one term in one field, in increasing ordinal order, with the term's frequency
/// in each (parallel arrays). Immutable.
/// </summary>
internal sealed class Postings
{
    public Postings(int[] documents, int[] frequencies)
    {
        Documents = documents;
        Frequencies = frequencies;
    }

    public int[] Documents { get; }

    public int[] Frequencies { get; }

    /// <summary>n in the idf formula: number of documents containing the term.</summary>
    public int DocumentFrequency => Documents.Length;
}
