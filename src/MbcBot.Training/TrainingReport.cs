using System.Globalization;
using System.Text;
using MbcBot.Answering.Safety;

namespace MbcBot.Training;

/// <summary>The metrics of one <c>train</c> run, as the Markdown tables of models/METRICS.md.</summary>
public sealed class TrainingReport
{
    private readonly TrainingData _data;
    private readonly IReadOnlyList<TriageScore> _triage;
    private readonly IReadOnlyList<ActScore> _acts;
    private readonly IReadOnlyList<ActScore> _lexicalActs;
    private readonly IReadOnlyList<AnswerScore> _answers;
    private readonly IReadOnlyList<AnswerScore> _lexicalAnswers;

    internal TrainingReport(
        TrainingData data,
        IReadOnlyList<TriageScore> triage,
        IReadOnlyList<ActScore> acts,
        IReadOnlyList<ActScore> lexicalActs,
        IReadOnlyList<AnswerScore> answers,
        IReadOnlyList<AnswerScore> lexicalAnswers)
    {
        _data = data;
        _triage = triage;
        _acts = acts;
        _lexicalActs = lexicalActs;
        _answers = answers;
        _lexicalAnswers = lexicalAnswers;
    }

    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# Model metrics").AppendLine()
            .AppendLine("Written by `train` (never by hand). Cuts are chosen on cross-validated predictions (each writer's file held out in turn);")
            .AppendLine("the validation set (examples/validation, written separately from the training data; one row per file too) and the held-out registers only measure.")
            .AppendLine();
        if (_triage.Count > 0) Triage(text);
        if (_answers.Count > 0) Answers(text, "Answers (with the sentence model)", _answers, perRegister: true);
        if (_lexicalAnswers.Count > 0) Answers(text, "Answers (lexical model, `Retrieval:UseSemanticModel: false`)", _lexicalAnswers, perRegister: false);
        if (_acts.Count > 0) Acts(text, "Dialogue acts (with the sentence model)", _acts);
        if (_lexicalActs.Count > 0) Acts(text, "Dialogue acts (lexical model)", _lexicalActs);
        Data(text);
        return text.ToString();
    }

    private void Triage(StringBuilder text)
    {
        text.AppendLine("## Triage (rules and model together)").AppendLine();
        text.AppendLine($"Training examples: {_data.Examples.Safety.Count} ({Counts(_data.Examples.Safety.Select(e => e.Label))}).").AppendLine();
        text.AppendLine("Emergency recall counts every escalation (of which \"as a note\": a safety note before the answer). A near-miss false alarm is an")
            .AppendLine("escalation instead of the answer; \"noted\" near-misses got their answer after a safety note. \"Ordinary\" messages are the labelled")
            .AppendLine("questions and conversational messages (examples/questions, examples/dialogue): every one escalated or noted is a false alarm.").AppendLine();
        TriageTable(text, _triage);
        text.AppendLine().AppendLine("Recall per category:").AppendLine();
        var folds = _triage.Take(2).ToArray();
        text.AppendLine("| category | " + string.Join(" | ", folds.Select(f => f.Fold)) + " |")
            .AppendLine("|---|" + string.Concat(folds.Select(_ => "---:|")));
        foreach (var category in TriageCategories.Emergencies)
        {
            text.AppendLine($"| {category} | " + string.Join(" | ", folds.Select(f => f.Categories.TryGetValue(category, out var c) ? Ratio(c.Caught, c.Total) : "-")) + " |");
        }

        var validation = _triage[1];
        text.AppendLine().AppendLine("Validation set by register:").AppendLine()
            .AppendLine("| register | emergency recall | near-miss false alarms or notes |").AppendLine("|---|---:|---:|");
        foreach (var (register, r) in validation.Registers)
        {
            text.AppendLine($"| {register} | {Ratio(r.Caught, r.Emergencies)} | {Ratio(r.FalseAlarms, r.NearMisses)} |");
        }

        text.AppendLine().AppendLine($"Validation emergencies missed: {(validation.Missed.Count == 0 ? "none" : string.Join("; ", validation.Missed))}.")
            .AppendLine($"Validation near-misses escalated: {(validation.Alarms.Count == 0 ? "none" : string.Join("; ", validation.Alarms))}.").AppendLine();
    }

    private static void TriageTable(StringBuilder text, IEnumerable<TriageScore> scores)
    {
        text.AppendLine("| measured on | emergency recall | as a note | by rules alone | right category | near-miss false alarms | near-misses noted | ordinary escalated | ordinary noted | advice deferred | general deferred |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in scores)
        {
            text.AppendLine($"| {s.Fold} | {Ratio(s.Caught, s.Emergencies)} | {Ratio(s.NotesOnly, s.Emergencies)} | {Ratio(s.CaughtByRules, s.Emergencies)} | {Ratio(s.CategoryRight, s.Caught)} | {Ratio(s.FalseAlarms, s.NearMisses)} | {Ratio(s.NearMissNotes, s.NearMisses)} | {Ratio(s.OrdinaryEscalated, s.Ordinary)} | {Ratio(s.OrdinaryNoted, s.Ordinary)} | {Ratio(s.AdviceDeferred, s.Advice)} | {Ratio(s.GeneralDeferred, s.General)} |");
        }
    }

    private void Answers(StringBuilder text, string title, IReadOnlyList<AnswerScore> scores, bool perRegister)
    {
        text.AppendLine($"## {title}").AppendLine();
        text.AppendLine("| measured on | cited answers right | answered directly | within one click | not covered: no citation | not covered: honest reply |")
            .AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var s in scores)
        {
            var t = s.All;
            text.AppendLine($"| {s.Fold} | {Ratio(t.CitedRight, t.Cited)} | {Ratio(t.AnsweredRight, t.Answerable)} | {Ratio(t.WithinOneClick, t.Answerable)} | {Ratio(t.UncoveredClean, t.Uncovered)} | {Ratio(t.UncoveredHonest, t.Uncovered)} |");
        }

        if (!perRegister) { text.AppendLine(); return; }
        var validation = scores[1];
        text.AppendLine().AppendLine("Validation set by register:").AppendLine()
            .AppendLine("| register | cited answers right | answered directly | within one click | not covered: no citation |").AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (register, t) in validation.Registers)
        {
            text.AppendLine($"| {register} | {Ratio(t.CitedRight, t.Cited)} | {Ratio(t.AnsweredRight, t.Answerable)} | {Ratio(t.WithinOneClick, t.Answerable)} | {Ratio(t.UncoveredClean, t.Uncovered)} |");
        }

        text.AppendLine();
    }

    private static void Acts(StringBuilder text, string title, IReadOnlyList<ActScore> scores)
    {
        text.AppendLine($"## {title}").AppendLine();
        text.AppendLine("| measured on | conversational acts read right | questions misread as an act |").AppendLine("|---|---:|---:|");
        foreach (var s in scores)
        {
            text.AppendLine($"| {s.Fold} | {Ratio(s.Conversational.Right, s.Conversational.Total)} | {Ratio(s.Questions.Misread, s.Questions.Total)} |");
        }

        var folds = scores.Take(2).ToArray();
        text.AppendLine().AppendLine("Per act:").AppendLine()
            .AppendLine("| act | " + string.Join(" | ", folds.Select(f => f.Fold)) + " |").AppendLine("|---|" + string.Concat(folds.Select(_ => "---:|")));
        foreach (var act in Answering.Learning.DialogueActs.All)
        {
            text.AppendLine($"| {act} | " + string.Join(" | ", folds.Select(f => f.Acts.TryGetValue(act, out var a) ? Ratio(a.Right, a.Total) : "-")) + " |");
        }

        text.AppendLine();
    }

    private void Data(StringBuilder text)
    {
        text.AppendLine("## The data").AppendLine();
        foreach (var (name, set) in new[] { ("Training (examples/)", _data.Examples), ("Validation (examples/validation)", _data.Validation) })
        {
            text.AppendLine($"### {name}").AppendLine();
            text.AppendLine($"- safety: {set.Safety.Count} ({Counts(set.Safety.Select(e => e.Label))})");
            text.AppendLine($"- questions: {set.Questions.Count} (answer {set.Questions.Count(e => e.Label == "answer")}; not covered by kind: {Counts(set.Questions.Where(e => e.Kind is not null).Select(e => e.Kind!))})");
            text.AppendLine($"- dialogue: {set.Dialogue.Count} ({Counts(set.Dialogue.Select(e => e.Label))})");
            text.AppendLine($"- registers: {Counts(set.Safety.Concat(set.Questions).Concat(set.Dialogue).Select(e => e.Register))}");
            text.AppendLine($"- writers: {Counts(set.Safety.Concat(set.Questions).Concat(set.Dialogue).Select(e => e.Hand))}");
            text.AppendLine($"- questions per passage: {Counts(set.Questions.SelectMany(e => e.Passages))}").AppendLine();
        }

        text.AppendLine($"Validation lines left out because a training line has the same text (letters and digits, case aside): {_data.ValidationAlsoInTraining}.").AppendLine();
    }

    private static string Counts(IEnumerable<string> labels) =>
        string.Join(", ", labels.GroupBy(l => l).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));

    private static string Ratio(int part, int total) => total == 0
        ? "-"
        : string.Create(CultureInfo.InvariantCulture, $"{part}/{total} ({100.0 * part / total:F1}%)");
}
