using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using MbcBot.Answering.Tests.Testing;

namespace MbcBot.Answering.Tests.Evaluation;

/// <summary>
/// The shared development sets (../shared/eval/) as regression tests: every message goes through the shipped answering
/// service, and the shared score.py decides, with the disclaimer stripped so it cannot pass a case by itself. Nothing here
/// knows any question. Each kind has its own floor, so a gain in answers cannot hide a lost emergency. Skipped, saying
/// why, when the repository is cloned without shared/ beside it (the repository's own questions still run:
/// <see cref="OwnQuestionsTests"/>).
/// </summary>
public sealed partial class DevSetTests(ITestOutputHelper log)
{
    public static TheoryData<string, string, int> Floors => new()
    {
        // set, kind, fewest cases that must pass. The answer floors are what the first fitted answer model measures
        // (models/ of d65d05a); the hand-set bands had 20/20 and 70/71.
        { "dev-questions", "answer", 17 },
        { "dev-questions", "emergency", 2 },
        { "dev-questions", "advice", 1 },
        { "dev-questions", "none", 1 },
        { "dev-questions", "smalltalk", 1 },
        { "dev-realistic", "answer", 50 },
        { "dev-realistic", "none", 10 },
        { "dev-realistic", "emergency", 15 },
        { "dev-realistic", "advice", 6 },
        { "dev-realistic", "smalltalk", 2 },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public void DevSet_ScoredByScorePy_KindMeetsItsFloor(string set, string kind, int floor)
    {
        var (cases, scorer) = SharedEval(set);
        var results = Results(cases, clicked: false);
        var (passed, total, output) = Score(scorer, cases, results, kind);
        log.WriteLine($"{set} {kind}: {passed}/{total} passed (floor {floor})");
        Assert.True(passed >= floor, $"{set} {kind}: {passed}/{total} passed, need {floor}.\n{output}");
    }

    /// <summary>
    /// "Within one click": a did-you-mean passes when one of the questions it offers, asked as the click asks it, gets a
    /// passing answer. Answers must pass directly. The floor is what the first fitted answer model measures (the
    /// hand-set bands had 71/71).
    /// </summary>
    [Fact]
    public void DevRealistic_AnswersWithinOneClick_AtLeast65Of71()
    {
        var (cases, scorer) = SharedEval("dev-realistic");
        var (passed, total, output) = Score(scorer, cases, Results(cases, clicked: true), "answer");
        log.WriteLine($"dev-realistic answers within one click: {passed}/{total} (floor 65)");
        Assert.True(passed >= 65, $"dev-realistic answers within one click: {passed}/{total}, need 65.\n{output}");
    }

    private static (string Cases, string Scorer) SharedEval(string set)
    {
        var eval = RepositoryPaths.Shared is { } shared ? Path.Combine(shared, "eval") : "";
        var cases = Path.Combine(eval, $"{set}.jsonl");
        Assert.SkipUnless(
            eval.Length > 0 && File.Exists(cases),
            $"No ../shared/eval/{set}.jsonl beside the repository (a user's clone has none); the repository's own questions still run.");
        return (cases, Path.Combine(eval, "score.py"));
    }

    /// <summary>One results line per case, as score.py reads them; with <paramref name="clicked"/>, a did-you-mean's text
    /// is replaced by the answers its offered questions get.</summary>
    private static string Results(string casesPath, bool clicked)
    {
        var service = TestAnswerServices.Real;
        var lines = new List<string>();
        foreach (var line in File.ReadLines(casesPath))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var id = doc.RootElement.GetProperty("id").GetString();
            var reply = service.Answer(doc.RootElement.GetProperty("q").GetString()!);
            var text = reply.Text;
            var cited = reply.Source is not null;
            if (clicked && reply.Kind == ReplyKind.Clarify)
            {
                var answers = reply.SuggestedQuestions.Select(service.Answer).ToList();
                text = string.Join("\n\n", answers.Where(a => a.Kind == ReplyKind.Answer).Select(a => a.Text));
                cited = answers.Any(a => a.Source is not null);
            }

            lines.Add(JsonSerializer.Serialize(new { id, text, cited }));
        }

        var path = Path.Combine(Path.GetTempPath(), $"mbcbot-eval-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }

    private static (int Passed, int Total, string Output) Score(string scorer, string cases, string results, string kind)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { scorer, cases, results, "--kinds", kind, "--strip", TestAnswerServices.Real.Disclaimer })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        File.Delete(results);
        Assert.True(process.ExitCode == 0, $"score.py exited {process.ExitCode}: {stderr}");
        var line = KindLine().Matches(stdout).FirstOrDefault(m => m.Groups[1].Value == kind);
        Assert.True(line is not null, $"score.py printed no '{kind}:' line:\n{stdout}");
        return (int.Parse(line.Groups[2].Value), int.Parse(line.Groups[3].Value), stdout);
    }

    [GeneratedRegex(@"^(\w+): (\d+)/(\d+)", RegexOptions.Multiline)]
    private static partial Regex KindLine();
}
