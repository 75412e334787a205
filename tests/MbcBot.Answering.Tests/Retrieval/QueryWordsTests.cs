using MbcBot.Answering.Retrieval;

namespace MbcBot.Answering.Tests.Retrieval;

public sealed class QueryWordsTests
{
    /// <summary>The words left after removing filler, in order.</summary>
    private static string[] Kept(string question) =>
        QueryWords.RemoveFiller(question).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [InlineData("What is metastatic breast cancer?", new[] { "metastatic", "breast", "cancer?" })]
    [InlineData("how does chemo work", new[] { "chemo", "work" })]
    [InlineData("Can you tell me about bone scans please", new[] { "bone", "scans" })]
    [InlineData("WHAT ARE THE SYMPTOMS", new[] { "THE", "SYMPTOMS" })]
    [InlineData("Is there anything I should know about jaundice", new[] { "jaundice" })]
    public void RemoveFiller_Question_KeepsOnlyTopicWordsInOrder(string question, string[] expected) =>
        Assert.Equal(expected, Kept(question));

    [Theory]
    [InlineData("dog", "dog")]          // "do" is filler, "dog" is not
    [InlineData("doing dog", "dog")]    // "doing" is filler as a whole word
    [InlineData("dose", "dose")]        // "do"
    [InlineData("doctor", "doctor")]    // "do"
    [InlineData("cancer", "cancer")]    // "can"
    [InlineData("metastasis", "metastasis")] // "me", "is"
    [InlineData("itching", "itching")]  // "it"
    [InlineData("liver", "liver")]      // "i"
    [InlineData("ultrasound", "ultrasound")] // "us"
    [InlineData("willow", "willow")]    // "will"
    [InlineData("good", "good")]        // "go"
    [InlineData("mayo", "mayo")]        // "may"
    [InlineData("anyway", "anyway")]    // "any"
    [InlineData("any2", "any2")]        // a digit continues the word
    public void RemoveFiller_FillerInsideAWord_WordKept(string question, string expected) =>
        Assert.Equal(expected, string.Join(" ", Kept(question)));

    [Theory]
    [InlineData("it's spreading")]
    [InlineData("it\u2019s spreading")]
    [InlineData("IT'S spreading")]
    [InlineData("i'm spreading")]
    [InlineData("I\u2019m spreading")]
    [InlineData("what's spreading")]
    [InlineData("What\u2019s spreading")]
    public void RemoveFiller_ContractionWithStraightOrCurlyApostrophe_RemovedWhole(string question) =>
        Assert.Equal(["spreading"], Kept(question));

    [Theory]
    [InlineData("don't")]      // "do" then an apostrophe: not the word "do"
    [InlineData("don\u2019t")]
    [InlineData("I'd")]        // "i" then an apostrophe: not the word "i"
    [InlineData("tumor's")]
    public void RemoveFiller_ApostropheContinuesAWord_NoPartRemoved(string question) =>
        Assert.Equal(question, QueryWords.RemoveFiller(question));

    [Theory]
    [InlineData("where")]
    [InlineData("why")]
    [InlineData("jaundice")]
    [InlineData("chemotherapy")]
    [InlineData("stage")]
    [InlineData("bones")]
    [InlineData("not")]
    [InlineData("no")]
    public void RemoveFiller_TopicOrNegationWord_Kept(string word) =>
        Assert.Equal(word, QueryWords.RemoveFiller(word));

    [Theory]
    [InlineData("What is metastatic breast cancer?")]
    [InlineData("it\u2019s what I'm doing, is it?")]
    [InlineData("   how   do   you   ")]
    [InlineData("")]
    [InlineData("\u00e9t\u00e9 what caf\u00e9 is")]
    [InlineData("😀 what is 😀")]
    public void RemoveFiller_AnyText_SameLengthAndNonFillerCharactersAtSameOffsets(string question)
    {
        var result = QueryWords.RemoveFiller(question);

        Assert.Equal(question.Length, result.Length);
        for (var i = 0; i < result.Length; i++)
        {
            Assert.True(result[i] == question[i] || result[i] == ' ', $"offset {i}: '{question[i]}' became '{result[i]}'");
        }
    }

    [Fact]
    public void RemoveFiller_EveryFillerWordAlone_BlankedOut()
    {
        foreach (var word in QueryWords.Filler)
        {
            Assert.Equal(new string(' ', word.Length), QueryWords.RemoveFiller(word));
            Assert.Equal(new string(' ', word.Length), QueryWords.RemoveFiller(word.ToUpperInvariant()));
        }
    }

    [Fact]
    public void Filler_NoEntryIsATopicWordOfTheDomain()
    {
        string[] topicWords = ["where", "why", "cancer", "breast", "spread", "cure", "pain", "scan", "stage", "no", "not"];

        Assert.Empty(QueryWords.Filler.Intersect(topicWords, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void RemoveFiller_ManyTexts_SameAsThePattern()
    {
        // ASCII text takes a path without the regex; it must blank exactly what the pattern does.
        var random = new Random(20261204);
        var pieces = QueryWords.Filler
            .Concat(QueryWords.Filler.Select(w => w.ToUpperInvariant()))
            .Concat(QueryWords.Filler.Select(w => w.Replace('\'', '\u2019')))
            .Concat(["dog", "cancer", "liver", "any2", "2", "don't", "'", "''", "it''s", "'what", "what'", "x"])
            .ToArray();
        string[] separators = [" ", "  ", ", ", "?", "-", "\n", "", "'", "é", "\u2019", "\t", "."];
        var texts = new List<string>();
        for (var n = 0; n < 5_000; n++)
        {
            var text = new System.Text.StringBuilder();
            for (var k = random.Next(1, 9); k > 0; k--)
            {
                text.Append(pieces[random.Next(pieces.Length)]).Append(separators[random.Next(separators.Length)]);
            }

            texts.Add(text.ToString());
        }

        foreach (var text in texts.Append("").Append("What is metastatic breast cancer?"))
        {
            Assert.Equal(QueryWords.RemoveFillerByPattern(text), QueryWords.RemoveFiller(text));
        }
    }
}
