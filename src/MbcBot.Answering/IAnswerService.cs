namespace MbcBot.Answering;

/// <summary>
/// The one answering path every channel calls (command line, /api/messages, Direct Line).
/// Implementations are immutable after construction and safe to call from many threads at once.
/// </summary>
public interface IAnswerService
{
    /// <summary>The fixed safety disclaimer, exactly as configured.</summary>
    string Disclaimer { get; }

    /// <summary>Answers one user message. Never throws for any user text (empty, huge, odd Unicode).</summary>
    Reply Answer(string question);

    /// <summary>The greeting shown when a user joins: what the bot does and does not do, the disclaimer, example questions.</summary>
    Reply Welcome();
}
