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
}
