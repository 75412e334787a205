using MbcBot.Answering.Conversations;

namespace MbcBot.Answering.Tests.Conversations;

public sealed class ChoiceRecognizerTests
{
    private static readonly string[] Options =
    [
        "What is hormone therapy?",
        "What are the symptoms of spread to the bones?",
        "How is brain metastasis treated?",
    ];

    [Theory]
    [InlineData("What is hormone therapy?", 0)]
    [InlineData("what are the symptoms of spread to the bones", 1)]
    [InlineData("  HOW IS BRAIN METASTASIS TREATED?  ", 2)]
    [InlineData("How is brain metastasis treated?!", 2)]
    public void Recognize_OptionText_ItsIndex(string reply, int expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Recognize(reply, Options));

    [Fact]
    public void Recognize_LongOptionText_ItsIndexDespiteTheWordLimit()
    {
        string[] options = ["one", "Which treatments are used when breast cancer has spread to the liver and lungs?"];

        Assert.Equal(1, ChoiceRecognizer.Recognize("which treatments are used when breast cancer has spread to the liver and lungs", options));
    }

    [Theory]
    [InlineData("2", 1)]
    [InlineData("1", 0)]
    [InlineData("3.", 2)]
    [InlineData("number 2", 1)]
    [InlineData("option 3", 2)]
    [InlineData("#1", 0)]
    [InlineData("two", 1)]
    [InlineData("Three", 2)]
    [InlineData("the second one", 1)]
    [InlineData("second", 1)]
    [InlineData("The first.", 0)]
    [InlineData("the third please", 2)]
    [InlineData("2nd", 1)]
    [InlineData("the 3rd one", 2)]
    [InlineData("1st", 0)]
    [InlineData("last", 2)]
    [InlineData("the last one", 2)]
    public void Recognize_NumberOrOrdinal_ThatOption(string reply, int expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Recognize(reply, Options));

    [Fact]
    public void Recognize_Last_TheLastOfHoweverMany() =>
        Assert.Equal(4, ChoiceRecognizer.Recognize("the last one", ["a", "b", "c", "d", "e"]));

    [Theory]
    [InlineData("yes")]
    [InlineData("Yes please")]
    [InlineData("yeah")]
    [InlineData("yep!")]
    [InlineData("ok")]
    public void Recognize_Yes_TheFirstOption(string reply) => Assert.Equal(0, ChoiceRecognizer.Recognize(reply, Options));

    [Theory]
    [InlineData("no")]
    [InlineData("No.")]
    [InlineData("nope")]
    [InlineData("no thanks")]
    public void Recognize_No_Declined(string reply) =>
        Assert.Equal(ChoiceRecognizer.Declined, ChoiceRecognizer.Recognize(reply, Options));

    [Fact]
    public void Declined_IsMinusOne() => Assert.Equal(-1, ChoiceRecognizer.Declined);

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("99")]
    [InlineData("the fifth one")]
    [InlineData("4th")]
    [InlineData("ten")]
    public void Recognize_NumberOutOfRange_Null(string reply) => Assert.Null(ChoiceRecognizer.Recognize(reply, Options));

    [Theory]
    [InlineData("what is the second most common site of spread?")]
    [InlineData("is it true that the second line of treatment is chemo")]
    [InlineData("no I mean what happens in the last stage of cancer")]
    public void Recognize_LongNewQuestion_Null(string reply) => Assert.Null(ChoiceRecognizer.Recognize(reply, Options));

    [Theory]
    [InlineData("the second to last")]
    [InlineData("the one before the last")]
    [InlineData("penultimate")]
    [InlineData("next to last")]
    public void Recognize_SecondToLast_TheOneBeforeTheLast(string reply) =>
        Assert.Equal(3, ChoiceRecognizer.Recognize(reply, ["a", "b", "c", "d", "e"]));

    [Theory]
    [InlineData("how long does it last?")]
    [InlineData("is second line treatment chemo?")]
    [InlineData("is it ok to fly?")]
    [InlineData("so there is no cure?")]
    public void Recognize_ShortNewQuestionWithAChoiceWord_Null(string reply) =>
        Assert.Null(ChoiceRecognizer.Recognize(reply, Options));

    [Theory]
    [InlineData("what is chemotherapy")]
    [InlineData("hormone")]
    [InlineData("What is hormone therapy today?")]
    public void Recognize_NotAChoice_Null(string reply) => Assert.Null(ChoiceRecognizer.Recognize(reply, Options));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Recognize_BlankReply_Null(string reply) => Assert.Null(ChoiceRecognizer.Recognize(reply, Options));

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("What is hormone therapy?")]
    public void Recognize_NoOptions_Null(string reply) => Assert.Null(ChoiceRecognizer.Recognize(reply, []));
}
