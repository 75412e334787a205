using System.Buffers;
using System.Text.Json;
using MbcBot.Bot.Protocol;

namespace MbcBot.BotFramework;

/// <summary>
/// Reads one activity from a request body, defensively: the body is read up to the size limit and no further (413),
/// the JSON is scanned for syntax and nesting depth before any object is built (400), and an activity without a
/// <c>type</c> is refused (400, spec A2010). Never throws for any body.
/// </summary>
internal static class ActivityBodyReader
{
    public static async Task<ActivityReadResult> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
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

            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    internal static ActivityReadResult Parse(ReadOnlySpan<byte> json)
    {
        var problem = Scan(json);
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

        return string.IsNullOrWhiteSpace(activity?.Type)
            ? ActivityReadResult.Fail(StatusCodes.Status400BadRequest, "The activity has no type.")
            : ActivityReadResult.Ok(activity);
    }

    /// <summary>One forward pass over the tokens: valid JSON, an object at the root, no deeper than the protocol's limit.</summary>
    private static string? Scan(ReadOnlySpan<byte> json)
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

            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= ProtocolJson.MaxDepth)
                {
                    return $"The JSON is nested deeper than {ProtocolJson.MaxDepth} levels.";
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
