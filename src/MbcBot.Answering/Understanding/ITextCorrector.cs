namespace MbcBot.Answering.Understanding;

/// <summary>
/// Rewrites what a person typed into the words they meant, before anything reads it for meaning: text-speak
/// ("wat r", "ur", "cant"), misspellings ("symtoms", "siezure") and British spellings. Word order, punctuation and the
/// words it does not change are kept, so negation and person can still be judged on the result.
/// </summary>
/// <remarks>Implementations are immutable and thread-safe, and never throw for any input.</remarks>
public interface ITextCorrector
{
    /// <summary>The corrected text (the input itself when nothing needed changing).</summary>
    string Correct(string text);
}
