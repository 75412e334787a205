using MbcBot.Answering.Learning;

namespace MbcBot.Answering.Tests.Learning;

public sealed class WordGramsTests
{
    public static TheoryData<string, string[], string[]> Negations => new()
    {
        // text, grams it must hold, grams it must not hold
        { "no weakness in my legs", ["no", "not_weakness", "not_in", "not_my", "not_legs"], ["weakness", "legs", "not_no"] },
        { "I don't have a fever", ["i", "don't", "not_have", "not_a", "not_fever"], ["fever", "have"] },
        { "I don\u2019t have a fever", ["don't", "not_fever"], ["don\u2019t", "fever"] },
        { "never had a seizure", ["never", "not_had", "not_seizure"], ["seizure"] },
        { "without any numbness", ["without", "not_numbness"], ["numbness"] },
        { "NO Fever", ["no", "not_fever"], ["NO", "Fever", "fever"] },
    };

    [Theory]
    [MemberData(nameof(Negations))]
    public void Of_Negation_MarksEveryWordToTheClauseEnd(string text, string[] present, string[] absent)
    {
        var grams = WordGrams.Of(text);

        Assert.All(present, g => Assert.Contains(g, grams));
        Assert.All(absent, g => Assert.DoesNotContain(g, grams));
    }

    [Theory]
    [InlineData("no fever, my legs are weak")]
    [InlineData("no fever. my legs are weak")]
    [InlineData("no fever; my legs are weak")]
    [InlineData("no fever! my legs are weak")]
    [InlineData("no fever? my legs are weak")]
    [InlineData("no fever\nmy legs are weak")]
    [InlineData("no fever but my legs are weak")]
    [InlineData("no fever although my legs are weak")]
    [InlineData("no fever because my legs are weak")]
    public void Of_ClauseEnd_StopsTheNegation(string text)
    {
        var grams = WordGrams.Of(text);

        Assert.Contains("not_fever", grams);
        Assert.Contains("legs", grams);
        Assert.Contains("weak", grams);
        Assert.DoesNotContain("not_legs", grams);
        Assert.DoesNotContain("not_weak", grams);
    }

    [Theory]
    [InlineData("I can't breathe")]
    [InlineData("I can\u2019t breathe")]
    [InlineData("i cannot breathe")]
    public void Of_CantIsNoNegation_TheSymptomKeepsItsWord(string text)
    {
        var grams = WordGrams.Of(text);

        Assert.Contains("breathe", grams);
        Assert.DoesNotContain("not_breathe", grams);
    }

    [Fact]
    public void Of_CantBreathe_ItsPairIsAFeature() =>
        Assert.Contains("can't breathe", WordGrams.Of("I can\u2019t breathe"));

    [Fact]
    public void Of_Text_WordsAndAdjacentPairsLowerCased()
    {
        var grams = WordGrams.Of("Chest PAIN now");

        Assert.Equal(["chest", "chest pain", "now", "pain", "pain now"], grams.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Of_NegatedPair_BothHalvesAsMarked() =>
        Assert.Contains("not_numbness not_or", WordGrams.Of("no numbness or weakness"));

    [Fact]
    public void Of_RepeatedWords_DistinctGrams()
    {
        var grams = WordGrams.Of("pain pain pain");

        Assert.Equal(2, grams.Count);
        Assert.Contains("pain pain", grams);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("?!., ;")]
    public void Of_NoWords_Empty(string text) => Assert.Empty(WordGrams.Of(text));

    [Fact]
    public void Of_DigitsAndApostrophes_PartOfWords() =>
        Assert.Superset(new HashSet<string> { "temp", "39", "mum's" }, WordGrams.Of("mum's temp 39"));

    [Fact]
    public void Of_Null_Throws() => Assert.Throws<ArgumentNullException>(() => WordGrams.Of(null!));
}
