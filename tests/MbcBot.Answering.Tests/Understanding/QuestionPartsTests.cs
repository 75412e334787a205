using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Tests.Understanding;

public sealed class QuestionPartsTests
{
    [Fact]
    public void Split_TwoQuestions_SplitAtTheQuestionMark() =>
        Assert.Equal(
            ["What is hormone therapy?", "And is it only for older women?"],
            QuestionParts.Split("What is hormone therapy? And is it only for older women?"));

    [Fact]
    public void Split_OneQuestion_OnePart() =>
        Assert.Equal(["What is metastatic breast cancer?"], QuestionParts.Split("  What is metastatic breast cancer?  "));

    [Fact]
    public void Split_NoQuestionMark_WholeMessage() =>
        Assert.Equal(["hormone therapy side effects"], QuestionParts.Split("hormone therapy side effects"));

    [Fact]
    public void Split_ShortTrailingFragment_JoinsThePreviousPart() =>
        Assert.Equal(["What is hormone therapy? really?"], QuestionParts.Split("What is hormone therapy? really?"));

    [Fact]
    public void Split_ShortLeadingFragment_JoinsTheNextPart() =>
        Assert.Equal(["Really? What is hormone therapy?"], QuestionParts.Split("Really? What is hormone therapy?"));

    [Fact]
    public void Split_ShortFragmentWithoutQuestionMark_JoinsThePreviousPart() =>
        Assert.Equal(["What is hormone therapy? thanks"], QuestionParts.Split("What is hormone therapy? thanks"));

    [Fact]
    public void Split_LongTrailingPartWithoutQuestionMark_CountsAsAQuestion() =>
        Assert.Equal(
            ["What is hormone therapy?", "tell me about the side effects"],
            QuestionParts.Split("What is hormone therapy? tell me about the side effects"));

    [Fact]
    public void Split_RepeatedQuestionMarks_KeptWithTheirPart() =>
        Assert.Equal(
            ["Is it curable??", "How long can I live with it???"],
            QuestionParts.Split("Is it curable?? How long can I live with it???"));

    [Fact]
    public void Split_ThreeQuestions_AtMostTwoParts()
    {
        var parts = QuestionParts.Split("What is hormone therapy? How long does it last? What are the side effects?");

        Assert.Equal(["What is hormone therapy?", "How long does it last? What are the side effects?"], parts);
    }

    [Fact]
    public void Split_Empty_NoParts() => Assert.Empty(QuestionParts.Split("   "));
}
