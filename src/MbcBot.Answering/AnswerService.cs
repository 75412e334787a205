using MbcBot.Answering.Composition;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Safety;

namespace MbcBot.Answering;

/// <summary>
/// The answering path: triage the raw text (emergency, advice, small talk), then retrieve, then decide by confidence
/// whether the best passage answers the question or the honest reply is "my sources don't cover that".
/// Immutable and thread-safe: everything is built once by <see cref="AnswerServiceBuilder"/>.
/// </summary>
internal sealed class AnswerService(
    ITriage triage,
    PassageRetriever retriever,
    AnswerFinder finder,
    FollowUpQuestions followUps,
    ReplyComposer composer,
    double minConfidence,
    int maxQuestionLength) : IAnswerService, IAnswerDiagnostics
{
    public string Disclaimer => composer.Disclaimer;

    /// <summary>The parts, for tests that look inside (hits, confidence, follow-ups) of exactly what ships.</summary>
    internal PassageRetriever Retriever => retriever;

    internal FollowUpQuestions FollowUps => followUps;

    public Reply Welcome() => composer.Welcome();

    /// <summary>Conversation context is not used yet: every message is answered on its own.</summary>
    public Reply Answer(string question, string conversationId) => Answer(question);

    public IReadOnlyList<PassageResult> Search(string query, int max)
    {
        if (string.IsNullOrWhiteSpace(query) || max <= 0)
        {
            return [];
        }

        return retriever.Retrieve(Truncate(query)).Hits
            .Take(max)
            .Select(hit => new PassageResult(
                hit.Passage.Heading,
                hit.Passage.Text,
                ReplyComposer.Cite(hit.Passage, retriever.Document(hit.Passage)),
                composer.Disclaimer))
            .ToList();
    }

    public Reply Answer(string question)
    {
        question ??= "";

        // Safety first, on the raw text: negation ("no fever") and person ("I", "my wife") survive only here.
        var verdict = triage.Classify(question);
        switch (verdict.Kind)
        {
            case TriageKind.Emergency:
                return composer.Emergency(verdict.Category);
            case TriageKind.Advice:
                return composer.Advice(verdict.Category, followUps.ForTopicOf(retriever.Retrieve(Truncate(question))));
            case TriageKind.SmallTalk:
                return composer.SmallTalk(verdict.Category);
        }

        if (question.Trim().Length == 0)
        {
            return composer.SmallTalk(TriageCategories.Help);
        }

        if (question.Length > maxQuestionLength)
        {
            return composer.TooLong();
        }

        if (finder.Find(question) is not { Best: { } best } result)
        {
            return composer.NoAnswer();
        }

        return composer.Answer(best.Passage, retriever.Document(best.Passage), followUps.After(question, result));
    }

    public string Explain(string question)
    {
        var verdict = triage.Classify(question);
        var result = retriever.Retrieve(question);
        var text = new System.Text.StringBuilder()
            .AppendLine($"triage: {verdict.Kind} {verdict.Category}")
            .AppendLine($"confidence: {result.Confidence:F3} (answers at >= {minConfidence:F3})");
        foreach (var hit in result.Hits.Take(5))
        {
            text.AppendLine(
                $"  rank {hit.Rank:F3}  bm25 {hit.Score,7:F4}  match {hit.QuestionMatch:F3}  coverage {hit.Coverage:F3}  " +
                $"{hit.Passage.Id}  {hit.Passage.Heading}");
        }

        if (result.Best is { } best)
        {
            text.Append(retriever.Explain(question, best.Passage));
        }

        return text.ToString();
    }

    private string Truncate(string question) =>
        question.Length <= maxQuestionLength ? question : question[..maxQuestionLength];
}
