using System.CommandLine;
using MbcBot.Training;

namespace MbcBot.Cli;

/// <summary>
/// <c>train</c> refits every model on the repository's labelled examples and writes them, with their metrics, to
/// models/ (docs/learning.md). Run it from a checkout after changing examples/, the corpus or the red-flag rules, then
/// review and commit what it wrote. Exit code 0; 2 when the checkout or the data is unusable (one line on stderr).
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var root = new Option<string?>("--root")
        {
            Description = "The repository checkout (default: the first folder above the current one with examples/ and corpus/).",
        };
        var output = new Option<string?>("--output")
        {
            Description = "Where to write the models (default: models/ under the checkout).",
        };
        var command = new Command("train", "Fit the models on examples/ and write them with their metrics to models/.") { root, output };
        command.SetAction(async (parseResult, _) =>
        {
            var checkout = parseResult.GetValue(root) ?? Trainer.FindRoot(Environment.CurrentDirectory);
            if (checkout is null || !Directory.Exists(Path.Combine(checkout, "examples")))
            {
                await Console.Error.WriteLineAsync("train: no repository checkout here (a folder with examples/ and corpus/); pass --root.");
                return 2;
            }

            try
            {
                var folder = parseResult.GetValue(output) ?? Path.Combine(checkout, "models");
                Trainer.Run(checkout, folder, line => Console.Error.WriteLine(line));
                await Console.Out.WriteLineAsync(File.ReadAllText(Path.Combine(folder, "METRICS.md")));
                return 0;
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or IOException)
            {
                await Console.Error.WriteLineAsync($"train: {e.Message}");
                return 2;
            }
        });
        return command;
    }
}
