namespace MbcBot.Answering.Learning;

/// <summary>What a message does in a conversation, read before retrieval (<see cref="Dialogue.ActReader"/>).</summary>
public static class DialogueActs
{
    /// <summary>Thanks, "that helped": a short acknowledgement, recorded as positive feedback on the last answer.</summary>
    public const string Thanks = "thanks";

    /// <summary>"That didn't help": an apology with the other candidates or the care team; negative feedback.</summary>
    public const string NotHelped = "not-helped";

    public const string Greeting = "greeting";

    public const string Goodbye = "goodbye";

    /// <summary>About the bot itself and its limits: "am I talking to a person?", "where does your information come from?".</summary>
    public const string Identity = "identity";

    /// <summary>Declining the options a "did you mean" offered: a clean reset.</summary>
    public const string Decline = "decline";

    /// <summary>Picking one of the options offered ("the second one").</summary>
    public const string Pick = "pick";

    /// <summary>A follow-up that leans on the previous turn ("what about the liver?"): read with the previous question.</summary>
    public const string FollowUp = "follow-up";

    /// <summary>Not about health at all ("who won the match"): not covered, never read with the previous topic.</summary>
    public const string OffTopic = "off-topic";

    /// <summary>A new question that stands on its own.</summary>
    public const string Question = "question";

    public static readonly IReadOnlyList<string> All =
        [Thanks, NotHelped, Greeting, Goodbye, Identity, Decline, Pick, FollowUp, OffTopic, Question];
}
