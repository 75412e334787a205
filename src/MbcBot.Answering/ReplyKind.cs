namespace MbcBot.Answering;

/// <summary>What kind of reply the bot gave. The command line prints it in lower snake case.</summary>
public enum ReplyKind
{
    /// <summary>A corpus passage answered the question; the reply cites its source.</summary>
    Answer,

    /// <summary>Nothing in the corpus answers the question well enough; the reply says so and cites nothing.</summary>
    NoAnswer,

    /// <summary>A red flag was found in the raw text; the reply escalates (911 / 988 / care team) first.</summary>
    Emergency,

    /// <summary>A request for personal medical advice; the reply points to the care team.</summary>
    Advice,

    /// <summary>Greetings, thanks, help, goodbye.</summary>
    SmallTalk,

    /// <summary>
    /// "Did you mean": the bot is unsure which passage answers the question and offers its best 2–3 candidates (their
    /// curated questions) as suggested actions; nothing is cited until the user picks one.
    /// </summary>
    Clarify,
}
