namespace MbcBot.Insights;

/// <summary>One bot reply to one user message.</summary>
/// <param name="ReplyId">Opaque id the reply carries so that feedback can name it (unique).</param>
/// <param name="Time">When the reply was made.</param>
/// <param name="Channel">The channel id ("msteams", "directline", "emulator"...), at most 32 characters.</param>
/// <param name="Kind">A <see cref="ReplyKindName"/>.</param>
/// <param name="PassageId">The first cited passage, for answers.</param>
/// <param name="ConfidenceBand">A <see cref="Insights.ConfidenceBand"/>, or null.</param>
/// <param name="Category">The triage category for emergency/advice/small talk (never user text).</param>
/// <param name="Question">The redacted question, only for kinds that keep it and only when text is stored.</param>
public sealed record TurnRecord(
    string ReplyId,
    DateTimeOffset Time,
    string Channel,
    string Kind,
    string? PassageId,
    string? ConfidenceBand,
    string? Category,
    string? Question) : InsightsRecord;
