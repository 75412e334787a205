namespace MbcBot.Ingestion.Tests;

public sealed class QuestionsCommentTests
{
    private const string File = "doc.md";

    [Theory]
    [InlineData("<!-- questions: Can it be cured? -->", new[] { "Can it be cured?" })]
    [InlineData("<!--questions:A?|B? | C?-->", new[] { "A?", "B?", "C?" })]
    [InlineData("  <!-- questions:   Spaced out?   -->", new[] { "Spaced out?" })]
    public void Parse_WellFormed_ReturnsTrimmedQuestions(string line, string[] expected)
    {
        Assert.Equal(expected, QuestionsComment.Parse(File, 7, line));
    }

    [Theory]
    [InlineData("<!-- question: A? -->", "malformed questions comment: expected")]
    [InlineData("<!-- questions: A?", "malformed questions comment: expected")]
    [InlineData("<!-- A? | B? -->", "malformed questions comment: expected")]
    [InlineData("<!-- questions: -->", "malformed questions comment: a question is empty")]
    [InlineData("<!-- questions: A? | | B? -->", "malformed questions comment: a question is empty")]
    [InlineData("<!-- questions: A? | B? | C? | D? | E? | F? -->", "malformed questions comment: 6 questions, at most 5")]
    public void Parse_Malformed_FailsOnItsLine(string line, string reasonStart)
    {
        var error = Assert.Throws<CorpusFormatException>(() => QuestionsComment.Parse(File, 7, line));

        Assert.Equal((File, 7), (error.FilePath, error.Line));
        Assert.StartsWith(reasonStart, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!-- anything", true)]
    [InlineData("   <!--", true)]
    [InlineData("Text <!-- inline -->", false)]
    public void IsComment_Line_DetectsLeadingHtmlComment(string line, bool expected)
    {
        Assert.Equal(expected, QuestionsComment.IsComment(line));
    }
}
