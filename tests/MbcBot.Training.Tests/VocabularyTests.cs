namespace MbcBot.Training.Tests;

public sealed class VocabularyTests
{
    [Fact]
    public void Of_GramsInAtLeastMinMessages_InOrdinalOrder()
    {
        string[] texts = ["no fever", "No fever tonight", "high fever", "fever fever fever"];

        var vocabulary = Vocabulary.Of(texts, minMessages: 2);

        // Each in two messages: "fever" (negated in the first two), "no", "not_fever" and their pair; "tonight" in one.
        Assert.Equal(["fever", "no", "no not_fever", "not_fever"], vocabulary);
    }

    [Fact]
    public void Of_MinOne_EveryGram() => Assert.Equal(["a", "a b", "b"], Vocabulary.Of(["a b"], minMessages: 1));
}
