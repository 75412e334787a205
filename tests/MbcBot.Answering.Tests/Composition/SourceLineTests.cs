using MbcBot.Answering.Composition;

namespace MbcBot.Answering.Tests.Composition;

public sealed class SourceLineTests
{
    private static SourceCitation Citation(string? reviewedBy, string? reviewDate, string publisher = "WebMD",
        string title = "When Breast Cancer Spreads") =>
        new("doc", "doc#1", publisher, title, "Heading", reviewedBy, reviewDate);

    [Theory]
    [InlineData("Arefa Cassoobhoy, MD, MPH", "2020-05-19",
        "Source: WebMD, \"When Breast Cancer Spreads\", reviewed by Arefa Cassoobhoy, MD, MPH on May 19, 2020.")]
    [InlineData("Arefa Cassoobhoy, MD, MPH", null,
        "Source: WebMD, \"When Breast Cancer Spreads\", reviewed by Arefa Cassoobhoy, MD, MPH.")]
    [InlineData(null, "2020-05-19",
        "Source: WebMD, \"When Breast Cancer Spreads\", reviewed on May 19, 2020.")]
    [InlineData(null, null,
        "Source: WebMD, \"When Breast Cancer Spreads\".")]
    public void Format_ReviewerAndDateCombinations_ShowsOnlyWhatIsStated(string? reviewer, string? date, string expected) =>
        Assert.Equal(expected, SourceLine.Format(Citation(reviewer, date)));

    [Theory]
    [InlineData("2023-10-05", "October 5, 2023")]
    [InlineData("2022-01-31", "January 31, 2022")]
    [InlineData("1999-12-01", "December 1, 1999")]
    public void Format_IsoDate_WrittenOutMonthDayYear(string iso, string spoken) =>
        Assert.EndsWith($" on {spoken}.", SourceLine.Format(Citation(null, iso)));

    [Theory]
    [InlineData("May 2020")]
    [InlineData("2020-13-45")]
    [InlineData("19/05/2020")]
    public void Format_NotAnIsoDate_ShownAsGiven(string date) =>
        Assert.Equal($"Source: WebMD, \"When Breast Cancer Spreads\", reviewed on {date}.", SourceLine.Format(Citation(null, date)));

    [Fact]
    public void Format_PublisherAndTitle_QuotedTitleAfterPublisher() =>
        Assert.StartsWith(
            "Source: Moffitt Cancer Center, \"How does breast cancer spread?\"",
            SourceLine.Format(Citation(null, null, "Moffitt Cancer Center", "How does breast cancer spread?")));

    [Fact]
    public void Format_AnyCitation_IsOneLine() =>
        Assert.DoesNotContain('\n', SourceLine.Format(Citation("Dr. Rajesh Gulati", "2023-10-10")));
}
