using MbcBot.Answering.Composition;
using MbcBot.Answering.Conversations;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Understanding;

namespace MbcBot.Answering;

/// <summary>
/// The answering path. Safety first, on the raw text (emergency, advice, small talk). Then, in a conversation, a reply
/// to a "did you mean" picks its option, and a short follow-up is read with the previous question. Then the decision
/// (<see cref="AnswerFinder"/>): answer, did you mean, or not covered; a message that asks two things the corpus
/// answers from two passages gets both. Thread-safe: everything but the conversation memory is built once by
/// <see cref="AnswerServiceBuilder"/>.
/// </summary>
internal sealed class AnswerService(
    ITriage triage,
    PassageRetriever retriever,
    AnswerFinder finder,
    FollowUpQuestions followUps,
    ReplyComposer composer,
    IConversationMemory memory,
    int maxQuestionLength) : IAnswerService, IAnswerDiagnostics
{
    public string Disclaimer => composer.Disclaimer;

    /// <summary>The parts, for tests that look inside (hits, confidence, follow-ups) of exactly what ships.</summary>
    internal PassageRetriever Retriever => retriever;

    internal FollowUpQuestions FollowUps => followUps;

    internal AnswerFinder Finder => finder;

    /// <summary>The question as the answer path reads it (text-speak and misspellings rewritten).</summary>
    internal string Correct(string question) => finder.Correct(question);

    public Reply Welcome() => composer.Welcome();

    public Reply Answer(string question) => Answer(question, ConversationState.Empty, out _);

    public Reply Answer(string question, string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var reply = Answer(question, memory.Get(conversationId), out var next);
        memory.Set(conversationId, next);
        return reply;
    }

    public IReadOnlyList<PassageResult> Search(string query, int max)
    {
        if (string.IsNullOrWhiteSpace(query) || max <= 0)
        {
            return [];
        }

        return retriever.Retrieve(finder.Correct(Truncate(query))).Hits
            .Take(max)
            .Select(hit => new PassageResult(
                hit.Passage.Heading,
                hit.Passage.Text,
                ReplyComposer.Cite(hit.Passage, retriever.Document(hit.Passage)),
                composer.Disclaimer))
            .ToList();
    }

    private Reply Answer(string question, ConversationState state, out ConversationState next)
    {
        question ??= "";
        next = state with { Choices = [] };

        // A reply to "did you mean": the option picked is asked as if typed (it was checked at start-up to be answered).
        if (ChoiceRecognizer.Recognize(question, state.Choices) is { } choice)
        {
            if (choice == ChoiceRecognizer.Declined)
            {
                return composer.ClarifyDeclined();
            }

            question = state.Choices[choice];
        }

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

        var reading = Read(question, state.LastQuestion);
        var decision = reading.Decision;
        switch (decision.Outcome)
        {
            case Outcome.Answer:
                next = next with { LastQuestion = reading.Asked };
                return AnswerReply(reading);
            case Outcome.Clarify when followUps.Candidates(decision.Result) is { Count: > 0 } choices:
                next = next with { Choices = choices };
                return composer.Clarify(choices, decision.Result.Confidence);
            default:
                return composer.NoAnswer() with { Confidence = decision.Result.Confidence };
        }
    }

    /// <summary>
    /// The best reading of the message: on its own; with the previous question when it is a short follow-up; or, when it
    /// asks two things, each part (both answered → a combined answer, see <see cref="AnswerReply"/>).
    /// </summary>
    private Reading Read(string question, string? previous)
    {
        var best = new Reading(finder.Decide(question), question, null);
        // A short message is read with the previous question when it is not answered alone, and also when it says it
        // leans on it ("what about the liver?"): then the reading in context wins unless it decides worse.
        var leans = FollowUpContext.LeansOnPrevious(question);
        if (previous is not null && FollowUpContext.IsShort(question) && (leans || best.Decision.Outcome != Outcome.Answer))
        {
            var combined = FollowUpContext.Combine(previous, question);
            var inContext = finder.Decide(combined);
            if (leans ? Rank(inContext.Outcome) <= Rank(best.Decision.Outcome) : Better(inContext, best.Decision))
            {
                best = new Reading(inContext, combined, null);
            }
        }

        if (QuestionParts.LastQuestion(question) is { } last && last != question)
        {
            var alone = finder.Decide(last);
            if (Better(alone, best.Decision))
            {
                best = new Reading(alone, last, null);
            }
        }

        var parts = QuestionParts.Split(question);
        if (parts.Count == 2)
        {
            var first = finder.Decide(parts[0]);
            var second = finder.Decide(parts[1]);
            foreach (var (part, text) in new[] { (first, parts[0]), (second, parts[1]) })
            {
                if (Better(part, best.Decision))
                {
                    best = new Reading(part, text, null);
                }
            }

            if (first.Outcome == Outcome.Answer && second.Outcome == Outcome.Answer &&
                first.Result.Hits[0].Passage.Id != second.Result.Hits[0].Passage.Id)
            {
                best = new Reading(first, question, second);
            }
        }

        return best;
    }

    /// <summary>How the message was read: the decision, the text decided on, and the second part's decision when both parts are answered.</summary>
    private sealed record Reading(Decision Decision, string Asked, Decision? Second);

    private static bool Better(Decision candidate, Decision current) =>
        Rank(candidate.Outcome) < Rank(current.Outcome) ||
        (candidate.Outcome == current.Outcome && candidate.Result.Confidence > current.Result.Confidence);

    private static int Rank(Outcome outcome) => outcome switch
    {
        Outcome.Answer => 0,
        Outcome.Clarify => 1,
        _ => 2,
    };

    private Reply AnswerReply(Reading reading)
    {
        var result = reading.Decision.Result;
        var best = result.Hits[0].Passage;
        if (reading.Second is { Result: { Best: { } second } secondResult })
        {
            return composer.Answers(
                (best, retriever.Document(best)),
                (second.Passage, retriever.Document(second.Passage)),
                followUps.After(reading.Asked, secondResult)) with { Confidence = Math.Min(result.Confidence, secondResult.Confidence) };
        }

        return composer.Answer(best, retriever.Document(best), followUps.After(reading.Asked, result)) with
        {
            Confidence = result.Confidence,
        };
    }

    public string Explain(string question)
    {
        var corrected = finder.Correct(question);
        var decision = finder.Decide(question);
        var result = decision.Result;
        var text = new System.Text.StringBuilder()
            .AppendLine(triage is SafetyTriage safety ? safety.Explain(question).TrimEnd() : Verdict(triage.Classify(question)))
            .AppendLine($"corrected: {(corrected == question ? "(unchanged)" : corrected)}")
            .AppendLine($"confidence: {result.Confidence:F3}")
            .AppendLine($"decision: {decision.Outcome} (band {decision.Band}): {decision.Reason}");
        if (result.Uncovered is { } near)
        {
            text.AppendLine($"nearest uncovered kind: {near.Example.Kind} ({near.Similarity:F3}): \"{near.Example.Text}\"");
        }

        var rank = 1;
        foreach (var hit in result.Hits.Take(5))
        {
            text.AppendLine(
                $"  #{rank++} fused {hit.Rank:F3}  semantic {hit.Semantic:F3}  bm25 {hit.Score,7:F4}  match {hit.QuestionMatch:F3}  " +
                $"coverage {hit.Coverage:F3}  {hit.Passage.Id}  {hit.Passage.Heading}");
        }

        if (result.Best is { } best)
        {
            text.AppendLine("bm25 explanation of #1:").Append(retriever.Explain(corrected, best.Passage));
        }

        return text.ToString();
    }

    private static string Verdict(TriageResult verdict) => $"triage: {verdict.Kind} {verdict.Category} {verdict.Reason}";

    private string Truncate(string question) =>
        question.Length <= maxQuestionLength ? question : question[..maxQuestionLength];
}
