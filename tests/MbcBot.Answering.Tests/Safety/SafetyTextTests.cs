using MbcBot.Answering.Safety;

namespace MbcBot.Answering.Tests.Safety;

public sealed class SafetyTextTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("  Hello   World  ", "hello world")]
    [InlineData("I can\u2019t breathe", "i can't breathe")]
    [InlineData("\u201Cquoted\u201D", "\"quoted\"")]
    [InlineData("brea\u200Bthe\uFEFF", "breathe")]
    [InlineData("a\0b", "a b")]
    [InlineData("ＡＢＣ", "abc")]
    [InlineData("39\u2103", "39°c")]
    [InlineData("line one\r\n\r\nline two", "line one\nline two")]
    [InlineData("back\u2014neck", "back-neck")]
    [InlineData("\u202Eabc\u202C", "abc")]
    public void Normalize_Input_GivesExpected(string? input, string expected) =>
        Assert.Equal(expected, SafetyText.Normalize(input));

    [Fact]
    public void Normalize_LoneSurrogate_BecomesSpaceInsteadOfThrowing() =>
        Assert.Equal("a b", SafetyText.Normalize("a\uD800b"));

    [Fact]
    public void Normalize_HugeInput_IsCappedAtMaxLength() =>
        Assert.Equal(SafetyText.MaxLength, SafetyText.Normalize(new string('x', 1_000_000)).Length);

    [Fact]
    public void Normalize_SurrogatePairAtScanCut_DoesNotThrow()
    {
        var text = new string('a', SafetyText.MaxScanLength - 1) + "😀😀";

        Assert.True(SafetyText.Normalize(text).Length <= SafetyText.MaxLength);
    }

    [Fact]
    public void Normalize_AsciiTexts_SameAsTheStepsForAnyText()
    {
        // ASCII text takes a one-pass path; it must give exactly what the general steps give, control characters,
        // backticks, capitals, runs of spaces and line breaks, and both length caps included.
        var random = new Random(20261205);
        const string likely = " \n\r\t`'ABZaz";
        var texts = new List<string> { "", " ", "\n", " \r\n\t x \u007f\u0000y\f\v ", "I CAN'T `BREATHE`", "a\r\rb  \n c" };
        for (var n = 0; n < 3_000; n++)
        {
            var length = n % 100 == 0 ? random.Next(1_900, 9_000) : random.Next(0, 80);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = random.Next(4) == 0 ? likely[random.Next(likely.Length)] : (char)random.Next(0, 128);
            }

            texts.Add(new string(chars));
        }

        foreach (var text in texts)
        {
            var raw = text.Length > SafetyText.MaxScanLength ? text[..SafetyText.MaxScanLength] : text;
            var general = SafetyText.NormalizeAnyText(raw);
            Assert.Equal(general.Length > SafetyText.MaxLength ? general[..SafetyText.MaxLength] : general, SafetyText.Normalize(text));
        }
    }
}
