using System.Globalization;
using System.Text;

namespace MbcBot.Answering.Safety;

/// <summary>
/// Normalises raw user text for matching. Steps, in order:
/// 1. null → ""; only the first <see cref="MaxScanLength"/> characters are read (a 1 MB paste costs no more than 8 KB).
/// 2. Lone surrogates → space (they make <see cref="string.Normalize(NormalizationForm)"/> throw); control characters
///    (null bytes included) → space, except line breaks, which stay sentence breaks; format characters
///    (zero-width space/joiner, BOM, soft hyphen, bidi marks such as RLO) are removed, so "brea\u200Bthe" reads "breathe".
/// 3. Unicode NFKC, plus an explicit fold of the compatibility forms that matter here (full-width ASCII → ASCII,
///    ideographic space → space, "℃"/"℉" → "°c"/"°f"): the app runs with InvariantGlobalization, where
///    <see cref="string.Normalize(NormalizationForm)"/> has no ICU data and leaves such characters unchanged.
/// 4. Curly quotes and primes → straight quotes, dashes → "-".
/// 5. Lower case (invariant); runs of spaces → one space, runs containing a line break → one "\n"; trimmed.
/// 6. Capped at <see cref="MaxLength"/> characters: red flags are stated early, and the cap bounds regex cost.
/// </summary>
internal static class SafetyText
{
    public const int MaxLength = 2000;
    public const int MaxScanLength = 8000;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var raw = text.Length > MaxScanLength ? text[..MaxScanLength] : text;
        var result = Ascii.IsValid(raw) ? NormalizeAscii(raw) : NormalizeAnyText(raw);
        return result.Length > MaxLength ? result[..MaxLength] : result;
    }

    /// <summary>Steps 2–5 for any text.</summary>
    internal static string NormalizeAnyText(string raw)
    {
        var cleaned = FoldCompatibility(RemoveInvisibles(raw).Normalize(NormalizationForm.FormKC));
        return CollapseWhitespace(MapPunctuation(cleaned).ToLowerInvariant());
    }

    /// <summary>
    /// Steps 2–5 for ASCII text (most messages), in one pass: what they do to ASCII is to turn a control character into
    /// a space (a line break for \n and \r), '`' into '\'', upper case into lower case, and collapse the spaces and
    /// line breaks; NFKC and the compatibility fold leave ASCII as it is, and ASCII has no format character.
    /// </summary>
    private static string NormalizeAscii(string raw)
    {
        var buffer = raw.Length <= 1024 ? stackalloc char[raw.Length] : new char[raw.Length];
        var length = 0;
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in raw)
        {
            var mapped = c switch
            {
                '\n' or '\r' => '\n',
                < ' ' or '\x7f' => ' ',
                '`' => '\'',
                >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
                _ => c,
            };

            if (mapped is ' ' or '\n')
            {
                pendingBreak |= mapped == '\n';
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && length > 0)
            {
                buffer[length++] = pendingBreak ? '\n' : ' ';
            }

            pendingSpace = pendingBreak = false;
            buffer[length++] = mapped;
        }

        return new string(buffer[..length]);
    }

    private static string RemoveInvisibles(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                sb.Append(c).Append(raw[++i]);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                sb.Append(' ');
                continue;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Format:
                    break;
                case UnicodeCategory.Control:
                    sb.Append(c is '\n' or '\r' ? '\n' : ' ');
                    break;
                case UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                    sb.Append('\n');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static string FoldCompatibility(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            switch (c)
            {
                case >= '\uFF01' and <= '\uFF5E':
                    sb.Append((char)(c - 0xFEE0));
                    break;
                case '\u3000':
                    sb.Append(' ');
                    break;
                case '\u2103':
                    sb.Append("°c");
                    break;
                case '\u2109':
                    sb.Append("°f");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static string MapPunctuation(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                _ => c,
            });
        }

        return sb.ToString();
    }

    private static string CollapseWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingBreak |= c == '\n';
                pendingSpace = true;
                continue;
            }

            if (pendingSpace && sb.Length > 0)
            {
                sb.Append(pendingBreak ? '\n' : ' ');
            }

            pendingSpace = pendingBreak = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
