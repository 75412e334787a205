using MbcBot.Bot.Protocol;
using MbcBot.BotFramework;

namespace MbcBot.DirectLine;

/// <summary>
/// Reads a posted activity with the reader /api/messages uses (<see cref="ActivityBodyReader"/>: size, stall, depth,
/// entity and text limits) and turns a refusal into Direct Line's ErrorResponse with the same status.
/// </summary>
internal static class ActivityRequestReader
{
    public static async Task<(Activity? Activity, IResult? Error)> ReadAsync(HttpRequest request, DirectLineOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var read = await ActivityBodyReader.ReadAsync(request, options.Limits, logger, cancellationToken);
        return read.Activity is { } activity
            ? (activity, null)
            : (null, DirectLineErrors.Error(read.Status, read.Status == StatusCodes.Status400BadRequest ? "BadArgument" : "RequestRejected", read.Reason!));
    }
}
