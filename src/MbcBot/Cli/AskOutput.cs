using MbcBot.Answering;

namespace MbcBot.Cli;

/// <summary>How a reply looks in a terminal: its Markdown text, then the suggested questions the channels show as buttons.</summary>
internal static class AskOutput
{
    public static string FormatForTerminal(Reply reply)
    {
        if (reply.SuggestedQuestions.Count == 0)
        {
            return reply.Text;
        }

        return reply.Text + "\n\nSuggested questions:\n" + string.Join("\n", reply.SuggestedQuestions.Select(q => "  > " + q));
    }
}
