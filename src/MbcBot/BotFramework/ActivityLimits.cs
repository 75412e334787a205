namespace MbcBot.BotFramework;

/// <summary>
/// What one inbound activity may hold, checked by <see cref="ActivityBodyReader"/> before any per-entity or per-word
/// work: body bytes, <c>text</c> characters, and <c>entities</c> (Teams sends one per mention; a handful is normal).
/// </summary>
internal sealed record ActivityLimits(int MaxBytes, int MaxTextLength, int MaxEntities);
