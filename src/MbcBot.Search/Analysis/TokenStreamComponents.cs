namespace MbcBot.Search.Analysis;

/// <summary>A built chain: the tokenizer that takes the text and the last filter that yields the terms.</summary>
internal readonly record struct TokenStreamComponents(Tokenizer Source, TokenStream Sink);
