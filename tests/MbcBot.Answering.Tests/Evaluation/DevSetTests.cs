using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using MbcBot.Answering.Tests.Testing;

namespace MbcBot.Answering.Tests.Evaluation;

/// <summary>
/// The development set (../shared/eval/dev-questions.jsonl) as a regression test: every question goes through the real
/// answering service, and the shared score.py decides, with the disclaimer stripped so it cannot pass a case by itself.
/// Nothing here knows any question: the bot is judged exactly as the eval README describes.
/// </summary>
public sealed partial class DevSetTests
{
    private const int RequiredPasses = 23;

    [Fact]
    public async Task DevSet_ScoredByScorePy_AtLeast23Of25Pass()
    {
        Assert.True(RepositoryPaths.Shared is not null, "No shared/ folder beside the repository: the dev set lives there.");
        var eval = Path.Combine(RepositoryPaths.Shared, "eval");
        var casesPath = Path.Combine(eval, "dev-questions.jsonl");
        Assert.True(File.Exists(casesPath), $"The dev set is missing: {casesPath} (clone next to shared/).");

        var service = TestAnswerServices.Real;
        var resultsPath = Path.Combine(Path.GetTempPath(), $"mbcbot-dev-{Guid.NewGuid():N}.jsonl");
        var lines = new List<string>();
        foreach (var line in await File.ReadAllLinesAsync(casesPath, TestContext.Current.CancellationToken))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var id = doc.RootElement.GetProperty("id").GetString();
            var reply = service.Answer(doc.RootElement.GetProperty("q").GetString()!);
            lines.Add(JsonSerializer.Serialize(new { id, text = reply.Text, cited = reply.Source is not null }));
        }

        await File.WriteAllLinesAsync(resultsPath, lines, TestContext.Current.CancellationToken);
        var output = RunScorer(Path.Combine(eval, "score.py"), casesPath, resultsPath, service.Disclaimer);
        File.Delete(resultsPath);

        var total = TotalLine().Match(output);
        Assert.True(total.Success, $"score.py printed no total:\n{output}");
        var passed = int.Parse(total.Groups[1].Value);
        Assert.True(passed >= RequiredPasses, $"Dev set: {passed} passed, need {RequiredPasses}.\n{output}");
    }

    private static string RunScorer(string script, string cases, string results, string disclaimer)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { script, cases, results, "--strip", disclaimer })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"score.py exited {process.ExitCode}: {stderr}");
        return stdout;
    }

    [GeneratedRegex(@"^total: (\d+)/(\d+)", RegexOptions.Multiline)]
    private static partial Regex TotalLine();
}
