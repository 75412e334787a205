namespace MbcBot.Hosting;

/// <summary>
/// Makes a value a client chose safe to put in a log line: control characters and Unicode line breaks become '?'
/// (so a newline in a channelId cannot forge a log line) and it is cut to <see cref="MaxLength"/> characters.
/// For ids, hosts and token claims only: message text is never logged at all.
/// </summary>
internal static class LogValue
{
    public const int MaxLength = 128;

    public static string? Safe(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var cut = value.Length > MaxLength ? value[..MaxLength] + "…" : value;
        return cut.AsSpan().IndexOfAnyInRange('\0', '\u001f') < 0 && !cut.AsSpan().ContainsAny("\u007f\u0085\u2028\u2029")
            ? cut
            : string.Create(cut.Length, cut, static (span, source) =>
            {
                for (var i = 0; i < source.Length; i++)
                {
                    var c = source[i];
                    span[i] = char.IsControl(c) || c is '\u2028' or '\u2029' ? '?' : c;
                }
            });
    }
}
