using System.CommandLine;
using MbcBot.Answering;
using MbcBot.Hosting;

namespace MbcBot.Cli;

/// <summary>
/// <c>ask "question"</c> prints the reply as the bot would send it. With no question it reads one question a line from
/// standard input and writes one JSON object a line (<see cref="AskJsonLine"/>), for scripts and evaluation.
/// Exit code 0; 2 when the answering core cannot start (bad setting, broken corpus), with one line on standard error.
/// </summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var words = new Argument<string[]>("question")
        {
            Description = "The question. Quotes are optional. Leave it out to read questions from standard input, one a line.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Also print, to standard error, the confidence, the top passages and the BM25 explanation.",
        };
        var conversation = new Option<bool>("--conversation")
        {
            Description = "Read standard input as one conversation (follow-ups and \"did you mean\" replies), not one new conversation a line.",
        };
        var command = new Command("ask", "Ask MbcBot a question and print its reply.") { words, explain, conversation };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            IAnswerService answers;
            try
            {
                answers = AnsweringHost.CreateAnswerService();
            }
            catch (Exception e) when (StartupFailure.IsExpected(e))
            {
                await Console.Error.WriteLineAsync(StartupFailure.Describe(e));
                return StartupFailure.ExitCode;
            }

            var question = string.Join(' ', parseResult.GetValue(words) ?? []);
            if (question.Length > 0)
            {
                if (parseResult.GetValue(explain) && answers is IAnswerDiagnostics diagnostics)
                {
                    await Console.Error.WriteLineAsync(diagnostics.Explain(question));
                }

                await Console.Out.WriteLineAsync(AskOutput.FormatForTerminal(answers.Answer(question)));
                return 0;
            }

            var conversationId = parseResult.GetValue(conversation) ? $"ask-{Guid.NewGuid():N}" : null;
            while (await Console.In.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                if (parseResult.GetValue(explain) && answers is IAnswerDiagnostics lineDiagnostics)
                {
                    await Console.Error.WriteLineAsync(lineDiagnostics.Explain(line));
                }

                var reply = conversationId is null ? answers.Answer(line) : answers.Answer(line, conversationId);
                await Console.Out.WriteLineAsync(AskJsonLine.Serialize(line, reply));
            }

            return 0;
        });
        return command;
    }
}
