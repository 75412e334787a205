namespace MbcBot.Answering.Retrieval;

/// <summary>What the answer path does with a question once it is retrieved.</summary>
internal enum Outcome
{
    /// <summary>The best passage answers it.</summary>
    Answer,

    /// <summary>Unsure: offer the best few candidates ("did you mean").</summary>
    Clarify,

    /// <summary>The corpus does not answer it: the honest reply, no source.</summary>
    NotCovered,
}

/// <summary>
/// The decision for one question, with the retrieval behind it and a reason that holds no user text (for
/// <c>ask --explain</c>). Bands: <c>high</c> (answer), <c>medium</c> (clarify), <c>low</c> (not covered).
/// </summary>
internal sealed record Decision(Outcome Outcome, RetrievalResult Result, string Reason)
{
    public string Band => Outcome switch
    {
        Outcome.Answer => "high",
        Outcome.Clarify => "medium",
        _ => "low",
    };

    public static Decision NotCovered(string reason, RetrievalResult? result = null) =>
        new(Outcome.NotCovered, result ?? RetrievalResult.None, reason);
}
