namespace MbcBot.Answering.Composition;

/// <summary>
/// The bot's own fixed sentences (everything that is not a corpus passage). Kept in one place so they can be reviewed
/// together: plain words, short sentences (reading grade 6–8), no medical claims.
/// </summary>
internal static class ReplyTexts
{
    public const string NoAnswer =
        "I'm sorry, my sources don't cover that. I can only answer general questions about metastatic breast cancer " +
        "from a small set of vetted medical pages, and I'd rather say so than guess. Your care team is the best place to ask.";

    public const string TooLong =
        "That message is longer than I can handle. Please ask one question in a sentence or two.";

    public const string Welcome =
        "Hi, I'm **MbcBot**. I answer general questions about metastatic (stage 4) breast cancer with passages from " +
        "vetted medical sources, and I show where each answer comes from. I can't give personal medical advice, read " +
        "results, or answer for your situation.";

    public const string ExamplesIntro = "You could ask, for example:";
}
