using MbcBot.Answering;
using MbcBot.Cli;

namespace MbcBot.Tests.Cli;

public sealed class AskOutputTests
{
    [Fact]
    public void FormatForTerminal_NoSuggestions_IsTheReplyTextUnchanged()
    {
        var reply = new Reply(ReplyKind.Emergency, "**Call 911 now.**", null, []);

        Assert.Equal("**Call 911 now.**", AskOutput.FormatForTerminal(reply));
    }

    [Fact]
    public void FormatForTerminal_WithSuggestions_AppendsThemAfterTheTextInOrder()
    {
        var reply = new Reply(ReplyKind.Answer, "Body.\n\nDisclaimer.", null, ["First?", "Second?"]);

        var text = AskOutput.FormatForTerminal(reply);

        Assert.Equal("Body.\n\nDisclaimer.\n\nSuggested questions:\n  > First?\n  > Second?", text);
    }
}
