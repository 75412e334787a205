using MbcBot.Ingestion.Tests.Testing;

namespace MbcBot.Ingestion.Tests;

public sealed class PassageSplitterTests
{
    private const string File = "doc.md";

    private static IReadOnlyList<Passage> Split(params string[] bodyLines) =>
        PassageSplitter.Split(File, "doc", SourceLines.Split(CorpusText.Lines(bodyLines)), 0);

    [Fact]
    public void Split_TwoHeadings_GivesTwoPassagesWithHeadingTextAndStableIds()
    {
        var passages = Split("", "## First", "Alpha text.", "", "## Second", "", "Beta text.");

        Assert.Equal(
            [
                new Passage("doc#1", "doc", "First", "Alpha text.", [], 1),
                new Passage("doc#2", "doc", "Second", "Beta text.", [], 2),
            ],
            passages,
            PassageEquality);
    }

    [Fact]
    public void Split_SameInputTwice_GivesSameIds()
    {
        string[] body = ["## A", "x", "## A", "y"];

        Assert.Equal(Split(body).Select(p => p.Id), Split(body).Select(p => p.Id));
        Assert.Equal(["doc#1", "doc#2"], Split(body).Select(p => p.Id));
    }

    [Fact]
    public void Split_ListUnderIntro_StaysInSamePassage()
    {
        var passage = Assert.Single(Split("## Sites", "The most common include the:", "- Lungs", "- Bones"));

        Assert.Equal("The most common include the:\n\n- Lungs\n- Bones", passage.Text);
    }

    [Fact]
    public void Split_QuestionsComment_IsParsedAndNotPartOfText()
    {
        var passage = Assert.Single(Split("## Cure", "", "<!-- questions: Can it be cured? | Is there a cure? -->", "", "No."));

        Assert.Equal(["Can it be cured?", "Is there a cure?"], passage.Questions);
        Assert.Equal("No.", passage.Text);
    }

    [Fact]
    public void Split_TextBeforeFirstHeading_FailsOnThatLine()
    {
        var error = Assert.Throws<CorpusFormatException>(() => Split("", "Intro text.", "## H", "x"));

        Assert.Equal((File, 2), (error.FilePath, error.Line));
        Assert.Equal("text before the first '## ' heading", error.Reason);
    }

    [Fact]
    public void Split_HeadingWithoutBody_FailsOnHeadingLine()
    {
        var error = Assert.Throws<CorpusFormatException>(() => Split("## H", "x", "## Empty", "", "## Next", "y"));

        Assert.Equal(3, error.Line);
        Assert.Equal("passage 'Empty' has an empty body", error.Reason);
    }

    [Fact]
    public void Split_OnlyQuestionsCommentUnderHeading_FailsAsEmptyBody()
    {
        var error = Assert.Throws<CorpusFormatException>(() => Split("## H", "<!-- questions: Q? -->"));

        Assert.Equal(1, error.Line);
        Assert.Equal("passage 'H' has an empty body", error.Reason);
    }

    [Fact]
    public void Split_EmptyHeading_FailsOnItsLine()
    {
        var error = Assert.Throws<CorpusFormatException>(() => Split("## H", "x", "##", "y"));

        Assert.Equal(3, error.Line);
        Assert.Equal("empty heading", error.Reason);
    }

    [Fact]
    public void Split_MalformedQuestionsComment_FailsOnItsLine()
    {
        var error = Assert.Throws<CorpusFormatException>(() => Split("## H", "<!-- questons: Q? -->", "x"));

        Assert.Equal(2, error.Line);
        Assert.StartsWith("malformed questions comment", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_QuestionsCommentAfterText_FailsOnItsLine()
    {
        var error = Assert.Throws<CorpusFormatException>(() => Split("## H", "x", "<!-- questions: Q? -->"));

        Assert.Equal(3, error.Line);
        Assert.Equal("malformed questions comment: it must come directly under the heading, once per passage", error.Reason);
    }

    [Theory]
    [InlineData("### Sub")]
    [InlineData("# Title")]
    [InlineData("##NoSpace")]
    public void Split_OtherHeadingLevel_FailsOnItsLine(string line)
    {
        var error = Assert.Throws<CorpusFormatException>(() => Split("## H", "x", line, "y"));

        Assert.Equal(3, error.Line);
        Assert.Equal("unsupported heading: only '## ' lines start a passage", error.Reason);
    }

    private static readonly IEqualityComparer<Passage> PassageEquality = EqualityComparer<Passage>.Create(
        (a, b) => a!.Id == b!.Id && a.DocumentId == b.DocumentId && a.Heading == b.Heading && a.Text == b.Text
                  && a.Questions.SequenceEqual(b.Questions) && a.Ordinal == b.Ordinal,
        p => p.Id.GetHashCode(StringComparison.Ordinal));
}
