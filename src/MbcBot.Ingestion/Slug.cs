using System.Text.RegularExpressions;

namespace MbcBot.Ingestion;

/// <summary>
/// Document ids are slugs: lowercase ASCII letters and digits in groups joined by single hyphens
/// ("moffitt-how-breast-cancer-spreads"), so passage ids ("&lt;id&gt;#3") are safe in URLs, logs and index keys.
/// </summary>
internal static partial class Slug
{
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
