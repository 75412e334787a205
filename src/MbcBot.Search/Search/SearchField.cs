namespace MbcBot.Search.Search;

/// <summary>An analyzed text field and its boost (multiplies every BM25 score in that field).</summary>
/// <param name="Name">Field name as used in <see cref="Index.IndexDocument.Fields"/>.</param>
/// <param name="Boost">A positive finite weight; 1 is neutral.</param>
public sealed record SearchField(string Name, double Boost = 1.0);
