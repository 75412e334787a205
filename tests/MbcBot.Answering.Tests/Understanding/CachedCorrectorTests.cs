using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Tests.Understanding;

public sealed class CachedCorrectorTests
{
    [Fact]
    public void Correct_SameTextTwice_InnerAskedOnceSameResult()
    {
        var inner = new CountingCorrector();
        var corrector = new CachedCorrector(inner);

        Assert.Equal("what are the symptoms", corrector.Correct("wat are the symptoms"));
        Assert.Equal("what are the symptoms", corrector.Correct("wat are the symptoms"));
        Assert.Equal(1, inner.Calls);
    }

    [Fact]
    public void Correct_UnchangedText_ReturnsTheCallersInstance()
    {
        var corrector = new CachedCorrector(new CountingCorrector());
        var first = new string("symptoms in the bones".AsSpan());
        var second = new string("symptoms in the bones".AsSpan());

        Assert.Same(first, corrector.Correct(first));
        Assert.Same(second, corrector.Correct(second));
    }

    [Fact]
    public void Correct_MoreTextsThanCapacity_LeastRecentAskedAgain()
    {
        var inner = new CountingCorrector();
        var corrector = new CachedCorrector(inner, capacity: 2);

        corrector.Correct("wat a");
        corrector.Correct("wat b");
        corrector.Correct("wat c");
        corrector.Correct("wat a");

        Assert.Equal(4, inner.Calls);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void Correct_EmptyOrNull_AsTheInnerCorrector(string? text) =>
        Assert.Equal("", new CachedCorrector(new CountingCorrector()).Correct(text!));

    private sealed class CountingCorrector : ITextCorrector
    {
        public int Calls { get; private set; }

        public string Correct(string text)
        {
            Calls++;
            return string.IsNullOrEmpty(text) ? "" : text.StartsWith("wat ", StringComparison.Ordinal) ? "what " + text[4..] : text;
        }
    }
}
