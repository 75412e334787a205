using MbcBot.Insights.Redaction;

namespace MbcBot.Insights.Tests.Redaction;

public sealed class TextRedactorTests
{
    [Theory]
    [InlineData("email me at jane.doe+mbc@example.org please", "email me at [email] please")]
    [InlineData("call 555-123-4567 about scans", "call [phone] about scans")]
    [InlineData("my number is (555) 123 4567", "my number is [phone]")]
    [InlineData("ring +44 20 7946 0958 tomorrow", "ring [phone] tomorrow")]
    [InlineData("my MRN is 00123456", "my MRN is [phone]")]
    [InlineData("zip 90210 clinics", "zip [number] clinics")]
    [InlineData("My name is Jane Doe and I have bone mets", "My name is [name] and I have bone mets")]
    [InlineData("my name is sarah, what is her2", "my name is [name], what is her2")]
    [InlineData("what is stage 4 breast cancer", "what is stage 4 breast cancer")]
    [InlineData("is 10 mg of tamoxifen for 5 years normal", "is 10 mg of tamoxifen for 5 years normal")]
    [InlineData("her name is Ann", "her name is Ann")]
    public void Redact_Table_RemovesWhatIdentifiesAPerson(string input, string expected)
    {
        Assert.Equal(expected, TextRedactor.Default.Redact(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Redact_Empty_IsNull(string? input)
    {
        Assert.Null(TextRedactor.Default.Redact(input));
    }

    [Fact]
    public void Redact_LongText_IsCappedAtMaxLength()
    {
        Assert.Equal(TextRedactor.MaxLength, TextRedactor.Default.Redact(new string('a', 5000))!.Length);
    }

    [Fact]
    public void Default_EveryPatternHasAReason()
    {
        Assert.Equal(["email", "phone", "digits", "name"], TextRedactor.Default.Patterns.Select(p => p.Name));
        Assert.All(TextRedactor.Default.Patterns, p => Assert.True(p.Reason.Length > 20, p.Name));
    }

    [Fact]
    public void Parse_MissingColumn_NamesTheLine()
    {
        var error = Assert.Throws<FormatException>(() => TextRedactor.Parse(new StringReader("# c\nemail\t\\w+@\\w+\t[email]\n")));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }
}
