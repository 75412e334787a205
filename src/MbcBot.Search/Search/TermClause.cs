using MbcBot.Search.Index;

namespace MbcBot.Search.Search;

/// <summary>One query term in one field that contains it, with its BM25 weight = boost · idf.</summary>
internal readonly record struct TermClause(FieldIndex Field, Postings Postings, double Weight, double Idf);
