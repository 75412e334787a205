using MbcBot.Answering.Composition;
using MbcBot.Answering.Safety;
using MbcBot.Ingestion;

namespace MbcBot.Answering.Tests.Composition;

public sealed class ReplyComposerTests
{
    // Deliberately without "911" or "care team", so an emergency or advice text must carry them itself.
    private const string Disclaimer = "General information only, not medical advice. Ask a professional about your own situation.";

    private static readonly string[] Examples = ["What is A?", "Where does B go?", "Can C be cured?"];

    private static readonly Passage ListPassage = new(
        "webmd#5",
        "webmd",
        "Regular Tests Keep Tabs on Your Cancer",
        "Common imaging tests include:\n- CT scans, where an X-ray machine circles around.\n- Bone scans with an IV infusion.\n\nYour doctor will tell you how often.",
        ["What scans will I have?"],
        5);

    private static CorpusDocument Document(string? reviewedBy, DateOnly? published, DateOnly? reviewed) =>
        new("webmd", "When Breast Cancer Spreads", "WebMD Medical Reference", null, reviewedBy, published, reviewed, "003.txt",
            [ListPassage]);

    private static readonly CorpusDocument Reviewed =
        Document("Arefa Cassoobhoy, MD, MPH", null, new DateOnly(2020, 5, 19));

    // After Reviewed: static fields are initialised in the order they are written.
    private static readonly ReplyComposer Composer = new(Disclaimer, Examples, [Reviewed]);

    [Fact]
    public void Answer_Passage_HeadingBoldThenTextThenSourceThenDisclaimerLast()
    {
        var reply = Composer.Answer(ListPassage, Reviewed, ["Next?"]);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.StartsWith("**Regular Tests Keep Tabs on Your Cancer**\n\n", reply.Text);
        var text = reply.Text.IndexOf(ListPassage.Text, StringComparison.Ordinal);
        var source = reply.Text.IndexOf(
            "*Source: WebMD Medical Reference, \"When Breast Cancer Spreads\", reviewed by Arefa Cassoobhoy, MD, MPH on May 19, 2020.*",
            StringComparison.Ordinal);
        Assert.True(text > 0, "passage text not verbatim in the reply");
        Assert.True(source > text, "source line missing or before the passage");
        Assert.EndsWith("\n\n" + Disclaimer, reply.Text);
    }

    [Fact]
    public void Answer_PassageWithList_DashItemsStayOnTheirOwnLines()
    {
        var reply = Composer.Answer(ListPassage, Reviewed, []);

        Assert.Contains("include:\n- CT scans", reply.Text);
        Assert.Contains("\n- Bone scans with an IV infusion.\n", reply.Text);
    }

    [Fact]
    public void Answer_Citation_NamesDocumentPassageAndStatedMetadata()
    {
        var reply = Composer.Answer(ListPassage, Reviewed, []);

        Assert.Equal(
            new SourceCitation("webmd", "webmd#5", "WebMD Medical Reference", "When Breast Cancer Spreads",
                "Regular Tests Keep Tabs on Your Cancer", "Arefa Cassoobhoy, MD, MPH", "2020-05-19"),
            reply.Source);
    }

    [Fact]
    public void Answer_NoReviewDateButPublished_CitesThePublishedDate()
    {
        var reply = Composer.Answer(ListPassage, Document(null, new DateOnly(2022, 9, 6), null), []);

        Assert.Equal("2022-09-06", reply.Source!.ReviewDate);
        Assert.Contains("reviewed on September 6, 2022.", reply.Text);
    }

    [Fact]
    public void Answer_BothDates_PrefersTheReviewDate() =>
        Assert.Equal(
            "2023-10-10",
            Composer.Answer(ListPassage, Document(null, new DateOnly(2022, 9, 6), new DateOnly(2023, 10, 10)), []).Source!.ReviewDate);

    [Fact]
    public void Answer_NoDatesNoReviewer_CitationLeavesThemNull()
    {
        var reply = Composer.Answer(ListPassage, Document(null, null, null), []);

        Assert.Null(reply.Source!.ReviewedBy);
        Assert.Null(reply.Source.ReviewDate);
        Assert.Contains("*Source: WebMD Medical Reference, \"When Breast Cancer Spreads\".*", reply.Text);
    }

    [Fact]
    public void Answer_FollowUps_PassedThroughAsSuggestions() =>
        Assert.Equal(["A?", "B?"], Composer.Answer(ListPassage, Reviewed, ["A?", "B?"]).SuggestedQuestions);

    [Theory]
    [InlineData(null)]
    [InlineData(TriageCategories.Breathing)]
    [InlineData(TriageCategories.ChestPain)]
    [InlineData(TriageCategories.Fever)]
    [InlineData(TriageCategories.Seizure)]
    [InlineData(TriageCategories.SpinalCordCompression)]
    [InlineData(TriageCategories.Stroke)]
    [InlineData(TriageCategories.Bleeding)]
    [InlineData(TriageCategories.Collapse)]
    [InlineData(TriageCategories.Crisis)]
    [InlineData("unknown-category")]
    public void Emergency_AnyCategory_Says911ItselfNoSourceNoDisclaimerNoSuggestions(string? category)
    {
        var reply = Composer.Emergency(category);

        Assert.Equal(ReplyKind.Emergency, reply.Kind);
        Assert.Contains("911", reply.Text);
        Assert.DoesNotContain(Disclaimer, reply.Text);
        Assert.DoesNotContain("Source:", reply.Text);
        Assert.Null(reply.Source);
        Assert.Empty(reply.SuggestedQuestions);
    }

    [Fact]
    public void Emergency_Crisis_Gives988First()
    {
        var text = Composer.Emergency(TriageCategories.Crisis).Text;

        Assert.True(text.IndexOf("988", StringComparison.Ordinal) < text.IndexOf("911", StringComparison.Ordinal));
    }

    [Fact]
    public void Advice_WithGeneralQuestions_CareTeamThenQuestionsThenDisclaimerNoSource()
    {
        var reply = Composer.Advice(null, ["What is X?", "How is Y treated?"]);

        Assert.Equal(ReplyKind.Advice, reply.Kind);
        Assert.Contains("care team", reply.Text);
        Assert.Contains("- What is X?\n- How is Y treated?", reply.Text);
        Assert.EndsWith(Disclaimer, reply.Text);
        Assert.Null(reply.Source);
        Assert.DoesNotContain("Source:", reply.Text);
        Assert.Equal(["What is X?", "How is Y treated?"], reply.SuggestedQuestions);
    }

    [Fact]
    public void Advice_NoGeneralQuestions_NoExamplesIntroAndNoList()
    {
        var reply = Composer.Advice(null, []);

        Assert.DoesNotContain(ReplyTexts.ExamplesIntro, reply.Text);
        Assert.DoesNotContain("\n- ", reply.Text);
        Assert.Empty(reply.SuggestedQuestions);
        Assert.EndsWith(Disclaimer, reply.Text);
    }

    [Theory]
    [InlineData(TriageCategories.Greeting)]
    [InlineData(TriageCategories.Thanks)]
    [InlineData(TriageCategories.Help)]
    [InlineData(TriageCategories.Goodbye)]
    [InlineData(null)]
    public void SmallTalk_AnyCategory_ShortWithExamplesNoSourceNoDisclaimer(string? category)
    {
        var reply = Composer.SmallTalk(category);

        Assert.Equal(ReplyKind.SmallTalk, reply.Kind);
        Assert.True(reply.Text.Length < 500, $"small talk is {reply.Text.Length} characters");
        Assert.Null(reply.Source);
        Assert.DoesNotContain(Disclaimer, reply.Text);
        Assert.EndsWith("- What is A?\n- Where does B go?\n- Can C be cured?", reply.Text);
        Assert.Equal(Examples, reply.SuggestedQuestions);
    }

    [Fact]
    public void Welcome_Always_SaysWhatItIsShowsDisclaimerAndThreeExamples()
    {
        var reply = Composer.Welcome();

        Assert.Equal(ReplyKind.SmallTalk, reply.Kind);
        Assert.Contains("MbcBot", reply.Text);
        Assert.Contains(Disclaimer, reply.Text);
        Assert.Equal(3, reply.Text.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
        Assert.Equal(Examples, reply.SuggestedQuestions);
        Assert.Null(reply.Source);
    }

    [Fact]
    public void NoAnswer_Always_HonestNotCoveredExamplesDisclaimerLastNoSource()
    {
        var reply = Composer.NoAnswer();

        Assert.Equal(ReplyKind.NoAnswer, reply.Kind);
        Assert.StartsWith(ReplyTexts.NoAnswer, reply.Text);
        Assert.Contains("- Can C be cured?", reply.Text);
        Assert.EndsWith("\n\n" + Disclaimer, reply.Text);
        Assert.Null(reply.Source);
        Assert.Equal(Examples, reply.SuggestedQuestions);
    }

    [Fact]
    public void TooLong_Always_NoAnswerKindAsksForAShorterQuestion()
    {
        var reply = Composer.TooLong();

        Assert.Equal(ReplyKind.NoAnswer, reply.Kind);
        Assert.StartsWith(ReplyTexts.TooLong, reply.Text);
        Assert.EndsWith(Disclaimer, reply.Text);
        Assert.Null(reply.Source);
    }

    [Fact]
    public void Disclaimer_Configured_ExposedUnchanged() => Assert.Equal(Disclaimer, Composer.Disclaimer);

    [Theory]
    [InlineData(null, "911")]
    [InlineData(TriageCategories.Crisis, "988")]
    [InlineData(TriageCategories.Overdose, "1-800-222-1222")]
    public void WithSafetyNote_Answer_NoteFirstThenTheAnswerWithItsSource(string? category, string number)
    {
        var answer = Composer.Answer(ListPassage, Reviewed, ["Next?"]);

        var noted = ReplyComposer.WithSafetyNote(answer, category);

        Assert.Equal(ReplyKind.Answer, noted.Kind);
        Assert.Equal(answer.Source, noted.Source);
        Assert.Equal(answer.SuggestedQuestions, noted.SuggestedQuestions);
        Assert.Equal(TriageCategories.SafetyNote, noted.Category);
        Assert.StartsWith(SafetyMessages.SafetyNote(category), noted.Text);
        Assert.Contains(number, noted.Text[..noted.Text.IndexOf(ListPassage.Heading, StringComparison.Ordinal)]);
        Assert.EndsWith(answer.Text, noted.Text);
    }

    [Fact]
    public void Thanks_Always_ShortSmallTalkWithNoSuggestions()
    {
        var reply = Composer.Thanks();

        Assert.Equal((ReplyKind.SmallTalk, TriageCategories.Thanks), (reply.Kind, reply.Category));
        Assert.Null(reply.Source);
        Assert.Empty(reply.SuggestedQuestions);
    }

    [Fact]
    public void NotHelped_WithAlternatives_NumbersThemAndOffersThem()
    {
        var reply = Composer.NotHelped(["What is X?", "Where does Y go?"]);

        Assert.Equal((ReplyKind.SmallTalk, TriageCategories.NotHelped), (reply.Kind, reply.Category));
        Assert.Contains("1. What is X?\n2. Where does Y go?", reply.Text);
        Assert.Equal(["What is X?", "Where does Y go?"], reply.SuggestedQuestions);
        Assert.Null(reply.Source);
    }

    [Fact]
    public void NotHelped_NoAlternatives_PointsToTheCareTeamWithNoOptions()
    {
        var reply = Composer.NotHelped([]);

        Assert.Equal(TriageCategories.NotHelped, reply.Category);
        Assert.Contains("care team", reply.Text);
        Assert.Empty(reply.SuggestedQuestions);
    }

    [Fact]
    public void Identity_Always_NotAPersonAndListsEveryPageByPublisherAndTitle()
    {
        var reply = Composer.Identity();

        Assert.Equal((ReplyKind.SmallTalk, TriageCategories.Identity), (reply.Kind, reply.Category));
        Assert.Contains("not a person", reply.Text);
        Assert.Contains("- WebMD Medical Reference: When Breast Cancer Spreads", reply.Text);
        Assert.Null(reply.Source);
    }
}
