using System.CommandLine;
using MbcBot.Answering;
using MbcBot.Hosting;

namespace MbcBot.Cli;

/// <summary>
/// <c>index --output DIR</c>: validates the corpus and writes its Lucene index to DIR, for a large corpus whose index
/// should not be rebuilt at every start. Point <c>Retrieval:IndexPath</c> at DIR to have the bot open it; the bot
/// refuses to start when the index does not hold exactly the corpus's passages.
/// </summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--output")
        {
            Description = "The folder to write the index to (created if missing; an index already there is replaced).",
            Required = true,
        };
        var command = new Command("index", "Write the corpus's search index to a folder.") { output };
        command.SetAction(async (parseResult, _) =>
        {
            var folder = Path.GetFullPath(parseResult.GetValue(output)!);
            try
            {
                var (answering, retrieval) = AnsweringHost.ReadOptions();
                var count = AnswerServiceBuilder.WriteIndex(answering, retrieval, AppContext.BaseDirectory, folder);
                await Console.Out.WriteLineAsync($"Indexed {count} passages into {folder}.");
                return 0;
            }
            catch (Exception e) when (StartupFailure.IsExpected(e))
            {
                await Console.Error.WriteLineAsync(StartupFailure.Describe(e));
                return StartupFailure.ExitCode;
            }
        });
        return command;
    }
}
