using MbcBot.Bot.Protocol;

namespace MbcBot.BotFramework;

/// <summary>Either an activity, or the HTTP status and reason to refuse the body with.</summary>
internal sealed record ActivityReadResult(Activity? Activity, int Status, string? Reason)
{
    public static ActivityReadResult Ok(Activity activity) => new(activity, StatusCodes.Status200OK, null);

    public static ActivityReadResult Fail(int status, string reason) => new(null, status, reason);
}
