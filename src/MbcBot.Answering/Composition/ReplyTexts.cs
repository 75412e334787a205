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

    public const string Clarify =
        "I'm not sure I understood. Did you mean one of these? Pick one, or reply with its number:";

    public const string ClarifyDeclined =
        "Sorry I didn't get it right. Could you ask again in other words? Naming the part of the body or the treatment " +
        "you mean helps.";

    public const string SecondQuestionIntro = "You also asked:";

    public const string Thanks = "You're welcome. I'm glad it helped.";

    public const string NotHelped =
        "I'm sorry that didn't help. Did you mean one of these? Pick one, or ask again in other words:";

    public const string NotHelpedNoOptions =
        "I'm sorry that didn't help. Could you ask again in other words? Your care team can answer questions about your own situation.";

    public const string Identity =
        "I'm **MbcBot**, a computer program, not a person. I answer general questions about metastatic breast cancer, and " +
        "every answer is a passage quoted word for word from one of these vetted pages, with its source:";

    public const string IdentityLimits =
        "I can't give medical advice, read results, or answer for your situation: your care team can. " +
        "I don't keep your name, and I never make up medical information. If something feels urgent, call 911.";

    public const string ExamplesIntro = "You could ask, for example:";
}
