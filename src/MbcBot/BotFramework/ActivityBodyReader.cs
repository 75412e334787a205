using System.Buffers;
using System.Text.Json;
using MbcBot.Bot.Protocol;
using MbcBot.Hosting;

namespace MbcBot.BotFramework;

/// <summary>
/// Reads one activity from a request body for every channel (/api/messages and Direct Line), defensively: the body is
/// read up to the size limit and no further (413); a body that stalls (Kestrel's minimum data rate) ends with 408;
/// one forward pass over the JSON checks syntax, nesting depth and the number of <c>entities</c> before any object is
/// built (400); then the <c>text</c> length (400) and an activity without a <c>type</c> (400, spec A2010) are refused.
/// So the work for any body is linear in its size, and the turn never sees more than the limits allow.
/// Never throws for any body.
/// </summary>
internal static class ActivityBodyReader
{
    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, ActivityLimits limits, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            return await ReadBodyAsync(request, limits, cancellationToken);
        }
        catch (BadHttpRequestException exception)
        {
            // Any client can cause this, so one line at Warning, without the stack trace.
            BotFrameworkLog.BodyUnreadable(logger, exception.StatusCode, LogValue.Safe(request.Path.Value) ?? "");
            // Kestrel's verdict on the body: 408 when it arrived too slowly, 400 when it was malformed on the wire.
            return ActivityReadResult.Fail(exception.StatusCode, exception.StatusCode == StatusCodes.Status408RequestTimeout
                ? "The request body arrived too slowly."
                : "The request body could not be read.");
        }
    }

    private static async Task<ActivityReadResult> ReadBodyAsync(HttpRequest request, ActivityLimits limits, CancellationToken cancellationToken)
    {
        var maxBytes = limits.MaxBytes;
        if (request.ContentLength > maxBytes)
        {
            return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes.");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(maxBytes + 1, 64 * 1024));
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes.");
                    }

                    var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, maxBytes + 1) - length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
                if (length > maxBytes)
                {
                    return ActivityReadResult.Fail(StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes.");
                }
            }

            return Parse(buffer.AsSpan(0, length), limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal static ActivityReadResult Parse(ReadOnlySpan<byte> json, ActivityLimits limits)
    {
        var problem = Scan(json, limits.MaxEntities);
        if (problem is not null)
        {
            return ActivityReadResult.Fail(StatusCodes.Status400BadRequest, problem);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The body does not match the activity schema (a field has the wrong JSON type).");
        }

        if (string.IsNullOrWhiteSpace(activity?.Type))
        {
            return ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The activity has no type.");
        }

        return activity.Text is { Length: var length } && length > limits.MaxTextLength
            ? ActivityReadResult.Fail(StatusCodes.Status400BadRequest, $"The message is longer than {limits.MaxTextLength} characters.")
            : ActivityReadResult.Ok(activity);
    }

    /// <summary>
    /// One forward pass over the tokens: valid JSON, an object at the root, no deeper than the protocol's limit, and
    /// at most <paramref name="maxEntities"/> items in the root's <c>entities</c> array.
    /// </summary>
    private static string? Scan(ReadOnlySpan<byte> json, int maxEntities)
    {
        if (json.IsEmpty)
        {
            return "The body is empty; an activity JSON object is expected.";
        }

        // The reader's own limit sits above ours so that depth is reported as depth, not as a syntax error.
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = ProtocolJson.MaxDepth + 1 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return "The body must be a JSON object (an activity).";
            }

            var inEntities = false;
            var entities = 0;
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= ProtocolJson.MaxDepth)
                {
                    return $"The JSON is nested deeper than {ProtocolJson.MaxDepth} levels.";
                }

                if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
                {
                    inEntities = reader.ValueTextEquals("entities"u8);
                }
                else if (inEntities && reader.CurrentDepth == 2 && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray)
                         && ++entities > maxEntities)
                {
                    return $"The activity has more than {maxEntities} entities.";
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return "The body is not valid JSON.";
        }
    }
}
