namespace MbcBot.DirectLine;

/// <summary>
/// Writes the Direct Line ActivitySet, <c>{"activities":[...],"watermark":"N"}</c>, from activities already serialized.
/// The watermark is a string (a numeric 0 would be falsy to the client); a frame without one keeps the client's value.
/// Every WebSocket frame must be an ActivitySet: a bare activity kills directlinejs' stream.
/// </summary>
internal static class ActivitySetJson
{
    public static string Write(IEnumerable<string> activities, long? watermark) =>
        "{\"activities\":[" + string.Join(',', activities) + "]"
        + (watermark is { } value ? ",\"watermark\":\"" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"" : "")
        + "}";

    /// <summary>Reads a client watermark: empty, "-", "null" or anything non-numeric means "from the start".</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : 0;
}
