namespace MbcBot.Bot.Turns;

/// <summary>Where text added to a reply goes so that the fixed disclaimer stays the reply's last paragraph.</summary>
internal static class DisclaimerParagraph
{
    /// <summary>
    /// The index of the last paragraph when it is not the disclaimer (plain, or in <c>*</c>/<c>_</c> emphasis), else of
    /// the paragraph before it.
    /// </summary>
    public static int LastBefore(IReadOnlyList<string> paragraphs, string? disclaimer)
    {
        var last = paragraphs.Count - 1;
        var isDisclaimer = !string.IsNullOrEmpty(disclaimer)
            && paragraphs[last].Trim().Trim('*', '_').Equals(disclaimer.Trim(), StringComparison.Ordinal);
        return isDisclaimer && last > 0 ? last - 1 : last;
    }
}
