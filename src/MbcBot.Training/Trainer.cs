using MbcBot.Answering;
using MbcBot.Answering.Dialogue;
using MbcBot.Answering.Learning;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Semantic;

namespace MbcBot.Training;

/// <summary>
/// The <c>train</c> command: fits every model on the repository's examples, deterministically (fixed seeds, one
/// thread, examples in file order), and writes each to <c>models/NAME.json</c> with the metrics to
/// <c>models/METRICS.md</c>. The same checkout always gives the same files, so a reviewer can run it and diff.
/// </summary>
public static class Trainer
{
    /// <summary>Finds the repository above <paramref name="start"/>: the first folder with both examples/ and corpus/.</summary>
    public static string? FindRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "examples")) && Directory.Exists(Path.Combine(folder.FullName, "corpus")))
                return folder.FullName;
        }

        return null;
    }

    /// <param name="root">The repository checkout.</param>
    /// <param name="output">Where the models go (models/ under the root by default).</param>
    /// <param name="log">Hears progress lines.</param>
    public static TrainingReport Run(string root, string output, Action<string> log)
    {
        using var model = new MiniLmEmbedder(threads: 1);
        var data = TrainingData.Load(root, new CachedEmbedder(model, 100_000), log);
        var redFlags = File.ReadAllText(Path.Combine(root, "corpus", "red-flags.json"));

        var (triage, categories, triageScores) = new TriageTrainer(data, log).Train(TriageModel.Fingerprint(data.Examples, redFlags));
        var acts = new ActsTrainer(data, log);
        var (actModel, actScores) = acts.Train(ActModel.Name, semantic: true, ActModel.Fingerprint(ActModel.Name, data.Examples));
        var (lexicalActs, lexicalActScores) = acts.Train(ActModel.LexicalName, semantic: false, ActModel.Fingerprint(ActModel.LexicalName, data.Examples));
        var corpus = AnswerServiceBuilder.CorpusInput(data.Corpus, data.Options, root);
        var answers = new AnswerTrainer(data, log);
        var (answer, topic, answerScores) = answers.Train(
            AnswerModel.Name, semantic: true, AnswerModel.Fingerprint(AnswerModel.Name, data.Examples, corpus), AnswerModel.Fingerprint(TopicModel.Name, data.Examples, corpus));
        var (lexicalAnswer, _, lexicalAnswerScores) = answers.Train(
            AnswerModel.LexicalName, semantic: false, AnswerModel.Fingerprint(AnswerModel.LexicalName, data.Examples, corpus), "");

        Directory.CreateDirectory(output);
        foreach (var file in new[] { triage, categories, actModel, lexicalActs, topic! })
        {
            File.WriteAllText(Path.Combine(output, file.Name + ".json"), file.Serialize());
        }

        foreach (var file in new[] { answer, lexicalAnswer })
        {
            File.WriteAllText(Path.Combine(output, file.Name + ".json"), file.Serialize());
        }

        var report = new TrainingReport(data, triageScores, actScores, lexicalActScores, answerScores, lexicalAnswerScores);
        File.WriteAllText(Path.Combine(output, "METRICS.md"), report.Markdown());
        return report;
    }
}
