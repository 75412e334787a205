namespace MbcBot.Insights;

/// <summary>
/// What the store keeps: a <see cref="TurnRecord"/> or a <see cref="FeedbackRecord"/>. One base type so a turn and the
/// rating that follows it travel through <see cref="InsightsQueue"/> in order and are written in one batch.
/// </summary>
public abstract record InsightsRecord;
