using MbcBot.Search.Analysis;
using MbcBot.Search.Tests.TestSupport;

namespace MbcBot.Search.Tests.Analysis;

public sealed class PorterStemFilterTests
{
    [Fact]
    public void IncrementToken_OverWhitespaceTokens_StemsEachTermAndKeepsOffsets()
    {
        var tokens = TokenStreams.Consume(new PorterStemFilter(TokenStreams.Whitespace("spreading bones metastases")));

        Assert.Equal([("spread", 0, 9, 1), ("bone", 10, 15, 1), ("metastas", 16, 26, 1)], tokens);
    }
}
