namespace MbcBot.Bot.Feedback;

/// <summary>
/// Reply ids: 32 lower-case hex digits (a GUID "N"). An id that comes back from a client is accepted only in that
/// shape, so whatever a client sends never reaches the store as an id.
/// </summary>
public static class ReplyIds
{
    public static string New() => Guid.NewGuid().ToString("N");

    public static string? Normalize(string? candidate) =>
        candidate is { Length: 32 } && candidate.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f')) ? candidate : null;
}
