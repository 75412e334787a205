using System.CommandLine;

namespace MbcBot.Cli;

/// <summary><c>ask "question"</c> prints the reply; with no question, reads one question a line and writes JSON lines.</summary>
public static class AskCommand
{
    public static Command Create()
    {
        var command = new Command("ask", "Ask MbcBot a question.");
        command.SetAction(_ => 0);
        return command;
    }
}
