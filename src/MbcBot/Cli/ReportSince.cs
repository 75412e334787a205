using System.Globalization;

namespace MbcBot.Cli;

/// <summary>
/// The <c>--since</c> value of <c>report</c>: a span back from now (<c>7d</c>, <c>24h</c>, <c>90m</c>) or a UTC date
/// (<c>2026-11-01</c>). Default 7 days.
/// </summary>
internal static class ReportSince
{
    public const string Default = "7d";

    public static bool TryParse(string? text, DateTimeOffset now, out DateTimeOffset since)
    {
        since = default;
        text = (text ?? Default).Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            since = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return true;
        }

        if (text.Length < 2 || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return false;
        }

        TimeSpan? span = text[^1] switch
        {
            'd' => TimeSpan.FromDays(amount),
            'h' => TimeSpan.FromHours(amount),
            'm' => TimeSpan.FromMinutes(amount),
            _ => null,
        };
        if (span is null || span.Value > TimeSpan.FromDays(3650))
        {
            return false;
        }

        since = now - span.Value;
        return true;
    }
}
