using System.Text.Json;
using System.Text.Json.Nodes;
using MbcBot.Tests.Testing;

namespace MbcBot.Tests.Cli;

/// <summary>The real <c>ask</c> command, run as a process the way a user or a script runs it.</summary>
public sealed class AskCommandTests
{
    private static readonly string[] JsonKeys = ["question", "kind", "text", "source", "sources", "suggestions"];

    [Fact]
    public async Task Ask_QuotedQuestion_PrintsAnswerWithSourceLineAndTheSettingsDisclaimer()
    {
        var run = await MbcBotCli.RunAsync(["ask", "Where does breast cancer spread?"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Source:", run.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(MbcBotCli.DisclaimerFromRepositorySettings(), run.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("{\"question\"", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_UnquotedWords_AreJoinedIntoOneQuestion()
    {
        var quoted = await MbcBotCli.RunAsync(["ask", "can metastatic breast cancer be cured"]);
        var unquoted = await MbcBotCli.RunAsync(["ask", "can", "metastatic", "breast", "cancer", "be", "cured"]);

        Assert.Equal(0, unquoted.ExitCode);
        Assert.Contains("Source:", unquoted.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(quoted.StandardOutput, unquoted.StandardOutput);
    }

    [Fact]
    public async Task Ask_QuestionsOnStandardInput_WritesOneJsonObjectPerQuestionWithKindAndSource()
    {
        // (question, expected kind); a blank and a whitespace-only line sit in between and must be skipped.
        (string Question, string Kind)[] cases =
        [
            ("hi there", "smalltalk"),
            ("Where does breast cancer spread?", "answer"),
            ("what is a bone scan", "answer"),
            ("What's a good recipe for banana bread?", "no_answer"),
            ("Is it going to rain in Chicago this weekend?", "no_answer"),
            ("I have crushing chest pain and I can't breathe", "emergency"),
            ("Should I stop taking my letrozole before my holiday?", "advice"),
            ("thank you", "smalltalk"),
        ];
        var input = string.Join("\n", cases.Take(3).Select(c => c.Question)) + "\n\n   \n" + string.Join("\n", cases.Skip(3).Select(c => c.Question)) + "\n";

        // Trace logging on: whatever the host logs must go to standard error, never between the JSON lines.
        var run = await MbcBotCli.RunAsync(["ask"], input, new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Trace" });

        Assert.Equal(0, run.ExitCode);
        var lines = run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(cases.Length, lines.Length);
        var disclaimer = MbcBotCli.DisclaimerFromRepositorySettings();
        for (var i = 0; i < cases.Length; i++)
        {
            var line = JsonNode.Parse(lines[i])!.AsObject();
            Assert.Equal(JsonKeys, line.Select(p => p.Key));
            Assert.Equal(cases[i].Question, line["question"]!.GetValue<string>());
            Assert.Equal(cases[i].Kind, line["kind"]!.GetValue<string>());
            Assert.False(string.IsNullOrWhiteSpace(line["text"]!.GetValue<string>()));
            if (cases[i].Kind == "answer")
            {
                var source = Assert.IsType<JsonObject>(line["source"]);
                Assert.False(string.IsNullOrWhiteSpace(source["publisher"]!.GetValue<string>()));
                Assert.False(string.IsNullOrWhiteSpace(source["title"]!.GetValue<string>()));
                Assert.EndsWith(disclaimer, line["text"]!.GetValue<string>(), StringComparison.Ordinal);
            }
            else
            {
                Assert.True(line.ContainsKey("source"));
                Assert.Null(line["source"]);
            }
        }
    }

    [Fact]
    public async Task Ask_StandardInputStdoutLines_AreAllJsonObjects()
    {
        var run = await MbcBotCli.RunAsync(["ask"], "hello\nwhat is metastatic breast cancer\n", new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Trace" });

        Assert.Equal(0, run.ExitCode);
        Assert.All(run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries), line =>
            Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }

    [Fact]
    public async Task Ask_Explain_WritesDiagnosticsToStandardErrorOnly()
    {
        var plain = await MbcBotCli.RunAsync(["ask", "where does breast cancer spread"]);
        var explained = await MbcBotCli.RunAsync(["ask", "where does breast cancer spread", "--explain"]);

        Assert.Equal(0, explained.ExitCode);
        Assert.Equal(plain.StandardOutput, explained.StandardOutput);
        Assert.Contains("decision: Answer (band high): p ", explained.StandardError, StringComparison.Ordinal);
        Assert.Contains("model cuts:", explained.StandardError, StringComparison.Ordinal);
        Assert.Contains("bm25", explained.StandardError, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("decision:", explained.StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Retrieval__K1", "-1", "Retrieval:K1")]
    [InlineData("Answering__Disclaimer", "too short", "Answering:Disclaimer")]
    public async Task Ask_BadSetting_Exits2WithOneLineNamingTheKeyAndNoStackTrace(string variable, string value, string key)
    {
        var run = await MbcBotCli.RunAsync(["ask", "hello"], environment: new Dictionary<string, string> { [variable] = value });

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.StandardOutput);
        Assert.Contains(key, run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", run.StandardError, StringComparison.Ordinal);
        Assert.Single(run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Ask_BrokenCorpus_Exits2NamingTheFileAndLine()
    {
        using var corpus = BrokenCorpus.Create();

        var run = await MbcBotCli.RunAsync(["ask", "hello"], environment: new Dictionary<string, string> { ["Answering__CorpusPath"] = corpus.Directory });

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{BrokenCorpus.FileName}:{BrokenCorpus.ErrorLine}:", run.StandardError, StringComparison.Ordinal);
        Assert.Contains("publisher", run.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.StandardError, StringComparison.Ordinal);
    }
}
