using System.Globalization;
using System.Text;

namespace MbcBot.Search.Analysis;

/// <summary>
/// A simplified UAX#29 word tokenizer in the spirit of Lucene's StandardTokenizer. A token is a run of
/// letters and digits ("her2", "cdk4" stay whole), which may contain
/// <list type="bullet">
/// <item>combining marks (kept) and invisible format characters such as bidi marks (skipped, they don't split);</item>
/// <item>an apostrophe between letters ("patient's", "can't"), so the possessive filter can see it;</item>
/// <item>'.' between letters or between digits ("e.g", "2.5"), ',' between digits ("1,000"), '_' between word characters.</item>
/// </list>
/// Everything else (punctuation, hyphens, slashes, symbols, emoji, controls, lone surrogates) separates tokens.
/// Tokens longer than <see cref="MaxTokenLength"/> are split into chunks (never inside a surrogate pair).
/// Never throws on any string; offsets are UTF-16 indexes into the input.
/// </summary>
internal sealed class StandardTokenizer : Tokenizer
{
    /// <summary>Lucene's default maximum token length.</summary>
    public const int MaxTokenLength = 255;

    private int _position;

    private enum CharKind
    {
        Other,
        Letter,
        Digit,
        Extend,
        Format,
        Connector,
        Apostrophe,
        FullStop,
        Comma,
    }

    public override void Reset()
    {
        base.Reset();
        _position = 0;
    }

    public override bool IncrementToken()
    {
        var attributes = Attributes;
        attributes.Clear();
        var text = Text;
        var i = _position;
        int width;
        var kind = CharKind.Other;
        while (i < text.Length)
        {
            kind = Classify(text, i, out width);
            if (kind is CharKind.Letter or CharKind.Digit)
            {
                break;
            }

            i += width;
        }

        if (i >= text.Length)
        {
            _position = text.Length;
            return false;
        }

        var start = i;
        var last = kind;
        while (i < text.Length)
        {
            kind = Classify(text, i, out width);
            if (kind == CharKind.Format)
            {
                i += width;
                continue;
            }

            if (attributes.Length + width > MaxTokenLength)
            {
                break;
            }

            var accept = kind switch
            {
                CharKind.Letter or CharKind.Digit or CharKind.Extend => true,
                CharKind.Connector => IsWordChar(NextKind(text, i + width)),
                CharKind.Apostrophe => last == CharKind.Letter && NextKind(text, i + width) == CharKind.Letter,
                CharKind.FullStop => last != CharKind.Other && last == NextKind(text, i + width),
                CharKind.Comma => last == CharKind.Digit && NextKind(text, i + width) == CharKind.Digit,
                _ => false,
            };
            if (!accept || (IsJoiner(kind) && attributes.Length + width + 1 > MaxTokenLength))
            {
                break;
            }

            attributes.Append(text.AsSpan(i, width));
            if (kind is CharKind.Letter or CharKind.Digit)
            {
                last = kind;
            }

            i += width;
        }

        attributes.StartOffset = start;
        attributes.EndOffset = i;
        _position = i;
        return true;
    }

    private static bool IsJoiner(CharKind kind) => kind is CharKind.Connector or CharKind.Apostrophe or CharKind.FullStop or CharKind.Comma;

    private static bool IsWordChar(CharKind kind) => kind is CharKind.Letter or CharKind.Digit;

    /// <summary>The kind of the next visible character, skipping format characters.</summary>
    private static CharKind NextKind(string text, int index)
    {
        while (index < text.Length)
        {
            var kind = Classify(text, index, out var width);
            if (kind != CharKind.Format)
            {
                return kind;
            }

            index += width;
        }

        return CharKind.Other;
    }

    private static CharKind Classify(string text, int index, out int width)
    {
        var c = text[index];
        if (c < 128)
        {
            width = 1;
            return c switch
            {
                >= 'a' and <= 'z' or >= 'A' and <= 'Z' => CharKind.Letter,
                >= '0' and <= '9' => CharKind.Digit,
                '\'' => CharKind.Apostrophe,
                '.' => CharKind.FullStop,
                ',' => CharKind.Comma,
                '_' => CharKind.Connector,
                _ => CharKind.Other,
            };
        }

        // Invalid UTF-16 (a lone surrogate) decodes as U+FFFD with width 1: a symbol, so a separator.
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out width);
        if (width == 0)
        {
            width = 1;
            return CharKind.Other;
        }

        switch (rune.Value)
        {
            case 0x2019 or 0xFF07:
                return CharKind.Apostrophe; // right single quotation mark, fullwidth apostrophe
            case 0x200B:
                return CharKind.Other; // zero-width space separates words
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber => CharKind.Letter,
            UnicodeCategory.DecimalDigitNumber => CharKind.Digit,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharKind.Extend,
            UnicodeCategory.Format => CharKind.Format,
            UnicodeCategory.ConnectorPunctuation => CharKind.Connector,
            _ => CharKind.Other,
        };
    }
}
