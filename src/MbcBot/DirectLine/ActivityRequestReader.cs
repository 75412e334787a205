using System.Text.Json;
using MbcBot.Bot.Protocol;

namespace MbcBot.DirectLine;

/// <summary>Reads a posted activity with a size cap; malformed or oversized input becomes a 4xx, never a 500.</summary>
internal static class ActivityRequestReader
{
    public static async Task<(Activity? Activity, IResult? Error)> ReadAsync(HttpRequest request, DirectLineOptions options, CancellationToken cancellationToken)
    {
        if (request.ContentLength > options.MaxActivityBytes)
        {
            return (null, DirectLineErrors.TooLarge(options.MaxActivityBytes));
        }

        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxActivityBytes)
            {
                return (null, DirectLineErrors.TooLarge(options.MaxActivityBytes));
            }

            buffer.Write(chunk, 0, read);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadActivity("The body is not a valid activity (JSON object expected)."));
        }

        return activity switch
        {
            null => (null, DirectLineErrors.BadActivity("The body is not a valid activity (JSON object expected).")),
            { Type: null or "" } => (null, DirectLineErrors.BadActivity("The activity has no type.")),
            { Text.Length: var length } when length > options.MaxTextLength =>
                (null, DirectLineErrors.BadActivity($"The message is longer than {options.MaxTextLength} characters.")),
            _ => (activity, null),
        };
    }
}
