using System.Globalization;

namespace MbcBot.Answering.Composition;

/// <summary>
/// The one-line attribution under an answer, e.g.
/// <c>Source: WebMD, "When Breast Cancer Spreads", reviewed by Arefa Cassoobhoy, MD, MPH on May 19, 2020.</c>
/// Only what the page states is shown; missing parts are left out, never guessed.
/// </summary>
internal static class SourceLine
{
    public static string Format(SourceCitation source)
    {
        var line = $"Source: {source.Publisher}, \"{source.Title}\"";
        var date = FormatDate(source.ReviewDate);
        line += (source.ReviewedBy, date) switch
        {
            ({ } who, { } when) => $", reviewed by {who} on {when}",
            ({ } who, null) => $", reviewed by {who}",
            (null, { } when) => $", reviewed on {when}",
            _ => "",
        };
        return line + ".";
    }

    /// <summary>ISO yyyy-MM-dd to "May 19, 2020" (spoken and read the same way); anything else is shown as given.</summary>
    private static string? FormatDate(string? isoDate) =>
        isoDate is null ? null
        : DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)
            : isoDate;
}
