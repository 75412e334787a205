namespace MbcBot.Search.Analysis;

/// <summary>One analyzed term with its span in the original text and its 0-based position.</summary>
/// <param name="Term">The indexed form (lower-cased, synonym-mapped, stemmed).</param>
/// <param name="StartOffset">Start in the original text (UTF-16 index).</param>
/// <param name="EndOffset">End in the original text (exclusive).</param>
/// <param name="Position">Word position; removed stop words still advance it.</param>
public readonly record struct AnalyzedToken(string Term, int StartOffset, int EndOffset, int Position);
