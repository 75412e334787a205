using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Tests.Understanding;

public sealed class MessagePartsTests
{
    public static TheoryData<string, string[]> Splits => new()
    {
        { "what is a bone scan", ["what is a bone scan"] },
        { "My mum has bone mets. Since this morning she can't feel her legs! What should we do?",
            ["My mum has bone mets.", "Since this morning she can't feel her legs!", "What should we do?"] },
        { "no fever; just tired", ["no fever;", "just tired"] },
        { "first line\nsecond line", ["first line", "second line"] },
        { "My back hurts. Help!", ["My back hurts. Help!"] },                // a one-word part joins the part before it
        { "Hi. My back hurts.", ["Hi.", "My back hurts."] },                  // (a first one has none)
        { "   ", [] },
        { "", [] },
    };

    [Theory]
    [MemberData(nameof(Splits))]
    public void Split_Message_ItsSentences(string message, string[] parts) => Assert.Equal(parts, MessageParts.Split(message));

    [Fact]
    public void Split_LongStretchWithoutPunctuation_ChunksOfSixteenWords()
    {
        var words = Enumerable.Range(1, 40).Select(i => $"w{i}").ToArray();

        var parts = MessageParts.Split(string.Join(' ', words));

        Assert.Equal([16, 16, 8], parts.Select(p => p.Split(' ').Length));
        Assert.StartsWith("w17 ", parts[1]);
    }

    [Fact]
    public void Split_TwentyFourWordsWithoutPunctuation_OnePart() =>
        Assert.Single(MessageParts.Split(string.Join(' ', Enumerable.Repeat("word", 24))));

    [Fact]
    public void Split_ManySentences_AtMostTwelvePartsTheRestInTheLast()
    {
        var message = string.Join(' ', Enumerable.Range(1, 30).Select(i => $"Sentence number {i}."));

        var parts = MessageParts.Split(message);

        Assert.Equal(MessageParts.MaxParts, parts.Count);
        Assert.StartsWith("Sentence number 12.", parts[^1]);
        Assert.EndsWith("Sentence number 30.", parts[^1]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Split_RandomText_PartsJoinedAreTheMessagesWordsInOrder(int seed)
    {
        var random = new Random(seed);
        string[] vocabulary = ["pain", "legs.", "numb!", "what", "is", "it?", "x", "and;", "my", "mum\n", "a", "\tscan"];
        var message = string.Join(' ', Enumerable.Range(0, random.Next(1, 400)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));

        var parts = MessageParts.Split(message);

        Assert.Equal(message.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries), string.Join(' ', parts).Split(' '));
        Assert.InRange(parts.Count, 1, MessageParts.MaxParts);
        Assert.DoesNotContain(parts, string.IsNullOrWhiteSpace);
    }
}
