namespace MbcBot.Answering.Understanding;

/// <summary>
/// A fixed list of candidate words with their <see cref="LetterMask"/>s side by side, so a search for the closest word
/// can pass over most candidates without computing an edit distance. The order is the order given.
/// </summary>
internal sealed class MaskedWords
{
    public MaskedWords(string[] words)
    {
        Words = words;
        Masks = [.. words.Select(w => LetterMask.Of(w))];
    }

    public string[] Words { get; }

    /// <summary><c>Masks[i]</c> is <c>LetterMask.Of(Words[i])</c>.</summary>
    public ulong[] Masks { get; }
}
