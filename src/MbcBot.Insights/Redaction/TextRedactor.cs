using System.Reflection;
using System.Text.RegularExpressions;

namespace MbcBot.Insights.Redaction;

/// <summary>
/// Removes what identifies a person (e-mail addresses, phone numbers, long digit runs, a name after "my name is") from
/// text before the insights store keeps it. The patterns are data (Redaction/redaction-patterns.tsv, embedded), each
/// with its reason, applied in file order. Matching has a time-out; text that times out is dropped entirely (null)
/// rather than kept unredacted. Thread-safe.
/// </summary>
public sealed class TextRedactor
{
    /// <summary>Stored text is cut to this many characters: enough for a question, bounded for the store.</summary>
    public const int MaxLength = 500;

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(200);

    public TextRedactor(IReadOnlyList<RedactionPattern> patterns) => Patterns = patterns;

    public IReadOnlyList<RedactionPattern> Patterns { get; }

    /// <summary>The patterns shipped in the assembly.</summary>
    public static TextRedactor Default { get; } = new(LoadDefault());

    /// <summary>The redacted text, trimmed and capped at <see cref="MaxLength"/>; null for empty text or a time-out.</summary>
    public string? Redact(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = text.Trim();
        if (result.Length > MaxLength * 2)
        {
            // Bound the work before matching; the cut happens again after redaction shortened or lengthened it.
            result = result[..(MaxLength * 2)];
        }

        try
        {
            foreach (var pattern in Patterns)
            {
                result = pattern.Pattern.Replace(result, pattern.Replacement);
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        return result.Length <= MaxLength ? result : result[..MaxLength];
    }

    /// <summary>Parses the TSV format described at the top of redaction-patterns.tsv.</summary>
    public static IReadOnlyList<RedactionPattern> Parse(TextReader reader)
    {
        var patterns = new List<RedactionPattern>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length != 4 || columns.Any(string.IsNullOrWhiteSpace))
            {
                throw new FormatException($"redaction-patterns.tsv line {lineNumber}: expected 4 tab-separated columns (name, pattern, replacement, reason).");
            }

            var regex = new Regex(columns[1], RegexOptions.CultureInvariant, MatchTimeout);
            patterns.Add(new RedactionPattern(columns[0], regex, columns[2], columns[3]));
        }

        return patterns;
    }

    private static IReadOnlyList<RedactionPattern> LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MbcBot.Insights.redaction-patterns.tsv")
            ?? throw new InvalidOperationException("The embedded redaction-patterns.tsv is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
