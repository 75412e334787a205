using MbcBot.Answering.Composition;
using MbcBot.Answering.Conversations;
using MbcBot.Answering.Dialogue;
using MbcBot.Answering.Learning;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Understanding;

namespace MbcBot.Answering;

/// <summary>
/// The answering path, one turn:
/// <list type="number">
/// <item>a reply to a "did you mean" picks its option (<see cref="ChoiceRecognizer"/>), asked as if typed;</item>
/// <item>safety first, on the raw text (<see cref="ITriage"/>): an emergency gets the escalation, whatever else;</item>
/// <item>the message is read once (<see cref="MessageReader"/>: corrected, cut into parts, one model run) and its
/// dialogue act decided (<see cref="ActModel"/>): thanks and "that didn't help" rate the previous answer, greetings,
/// goodbyes and questions about the bot get their short replies, declining the options resets, an off-topic message is
/// not covered and never read with the previous topic;</item>
/// <item>personal advice is deferred to the care team;</item>
/// <item>the decision (<see cref="AnswerFinder"/>) on the best reading: the whole message, each of its questions, the
/// two questions it asks (both answered: one reply with both), or, for a follow-up, the message read with the previous
/// question.</item>
/// </list>
/// Thread-safe: everything but the conversation memory is built once by <see cref="AnswerServiceBuilder"/>.
/// </summary>
internal sealed class AnswerService(
    ITriage triage,
    MessageReader reader,
    ActModel? acts,
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

    internal ActModel? Acts => acts;

    internal MessageReader Reader => reader;

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

        return finder.Decide(Truncate(query)).Result.Hits
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
        next = state with { Choices = [], AfterAnswer = false, Alternatives = [] };

        // A reply to "did you mean": the option picked is asked as if typed (it was checked at start-up to be answered).
        if (ChoiceRecognizer.Recognize(question, state.Choices) is { } choice)
        {
            if (choice == ChoiceRecognizer.Declined)
            {
                next = ConversationState.Empty;
                return composer.ClarifyDeclined();
            }

            question = state.Choices[choice];
        }

        // Safety first, on the raw text: negation ("no fever") and person ("I", "my wife") survive only here.
        var verdict = triage.Classify(question);
        if (verdict.Kind == TriageKind.Emergency)
        {
            if (verdict.Confident)
            {
                return composer.Emergency(verdict.Category);
            }

            // Only the model, unsure, read an emergency: the numbers first, then what the message asked for. Unless the act
            // model is sure the message is conversational ("g'day", "thanks, that helped"): it was fitted with every
            // emergency example as a question, and its cut lets at most 0.5% of questions through, so that is the
            // surer of two models disagreeing. But not a goodbye read as a crisis or an overdose: a farewell is how some
            // people say they mean to end their life ("tell my daughter I love her"), and there a line of numbers costs
            // a sign-off little while its absence could cost a life.
            var answer = Respond(question, verdict.Otherwise ?? TriageResult.None, state, ref next, out var act);
            var farewellInCrisis = act == DialogueActs.Goodbye && verdict.Category is (TriageCategories.Crisis or TriageCategories.Overdose);
            return act is not null && !farewellInCrisis
                ? answer
                : ReplyComposer.WithSafetyNote(answer, verdict.Category);
        }

        return Respond(question, verdict, state, ref next, out _);
    }

    /// <summary>The reply to a message that is no (sure) emergency: its dialogue act, advice, or the decision.</summary>
    /// <param name="conversational">The conversational act the act model was sure of; null for a question.</param>
    private Reply Respond(string question, TriageResult verdict, ConversationState state, ref ConversationState next, out string? conversational)
    {
        conversational = null;
        if (verdict.Kind == TriageKind.SmallTalk)
        {
            return composer.SmallTalk(verdict.Category);
        }

        if (question.Trim().Length == 0)
        {
            return composer.SmallTalk(TriageCategories.Help);
        }

        if (question.Length > maxQuestionLength)
        {
            // Too long to read, but a request for personal advice is still deferred to the care team.
            return verdict.Kind == TriageKind.Advice ? composer.Advice(verdict.Category, []) : composer.TooLong();
        }

        // A request for personal advice is deferred before the act is read: "can you look at my scan results?" is about
        // the bot's limits in form, and about one person's results in substance; the care team is the answer to both.
        if (verdict.Kind == TriageKind.Advice)
        {
            return composer.Advice(verdict.Category, followUps.ForTopicOf(finder.Decide(question).Result));
        }

        var message = reader.Read(question);
        var read = acts?.Read(message) ?? new ActReading(DialogueActs.Question, 1, DialogueActs.Question);
        var act = read.Act;
        if (ActReply(act, state, ref next) is { } actReply)
        {
            conversational = act;
            return actReply;
        }

        var reading = Read(message, act == DialogueActs.FollowUp ? state.LastQuestion : null, state.LastQuestion);
        var decision = reading.Decision;
        switch (decision.Outcome)
        {
            case Outcome.Answer:
                next = next with
                {
                    LastQuestion = reading.Asked,
                    AfterAnswer = true,
                    Alternatives = followUps.Candidates(decision.Result with { Hits = decision.Result.Hits.Skip(1).ToArray() }),
                };
                return AnswerReply(reading);
            case Outcome.Clarify when followUps.Candidates(decision.Result) is { Count: > 0 } choices:
                next = next with { Choices = choices, LastQuestion = state.LastQuestion };
                return composer.Clarify(choices, decision.Result.Confidence);
        }

        // The pages answer nothing here: a message that most likely is a greeting, a goodbye, thanks or a question about
        // the bot, though not surely enough to risk a question's answer on it, gets that reply rather than "not covered".
        if (read.Likeliest is DialogueActs.Greeting or DialogueActs.Goodbye or DialogueActs.Thanks or DialogueActs.Identity or DialogueActs.NotHelped
            && ActReply(read.Likeliest, state, ref next) is { } likelyReply)
        {
            return likelyReply;
        }

        next = next with { LastQuestion = state.LastQuestion };
        return composer.NoAnswer() with { Confidence = decision.Result.Confidence };
    }

    /// <summary>The reply to a conversational act, or null for a question (and for declining when nothing was offered).</summary>
    private Reply? ActReply(string act, ConversationState state, ref ConversationState next)
    {
        switch (act)
        {
            case DialogueActs.Thanks:
                return state.AfterAnswer ? composer.Thanks() with { Rates = Helpfulness.Helped } : composer.SmallTalk(TriageCategories.Thanks);
            case DialogueActs.NotHelped:
                next = next with { Choices = state.AfterAnswer ? state.Alternatives : [], LastQuestion = state.LastQuestion };
                return composer.NotHelped(next.Choices) with { Rates = state.AfterAnswer ? Helpfulness.NotHelped : null };
            case DialogueActs.Greeting:
                return composer.SmallTalk(TriageCategories.Greeting);
            case DialogueActs.Goodbye:
                return composer.SmallTalk(TriageCategories.Goodbye);
            case DialogueActs.Identity:
                return composer.Identity();
            case DialogueActs.Decline when state.Choices.Count > 0:
                next = ConversationState.Empty;
                return composer.ClarifyDeclined();
            case DialogueActs.OffTopic:
                // Never read with the previous topic; the conversation keeps it for a later follow-up.
                next = next with { LastQuestion = state.LastQuestion };
                return composer.NoAnswer() with { Category = TriageCategories.OffTopic };
            default:
                return null;
        }
    }

    /// <summary>
    /// The best reading of the message. A follow-up (<paramref name="followUpOf"/> set) is read with the previous
    /// question, unless that decides worse than the message alone. Otherwise the whole message, each sentence that asks
    /// something, and, when it asks two things each answered by its own passage, both together; and a short message the
    /// pages do not answer alone is tried with the previous question (<paramref name="previous"/>) too.
    /// </summary>
    private Reading Read(ReadMessage message, string? followUpOf, string? previous)
    {
        var whole = new Reading(finder.Decide(message.Text), message.Corrected, null);
        if (followUpOf is not null)
        {
            var inContext = InContext(followUpOf, message.Text);
            return Rank(inContext.Decision.Outcome) <= Rank(whole.Decision.Outcome) ? inContext : whole;
        }

        var best = whole;
        var questions = QuestionsIn(message);
        foreach (var part in questions)
        {
            var alone = new Reading(finder.Decide(part.Text, part.Vector), part.Text, null);
            if (Better(alone.Decision, best.Decision))
            {
                best = alone;
            }
        }

        if (questions.Count >= 2)
        {
            var first = finder.Decide(questions[0].Text, questions[0].Vector);
            var second = finder.Decide(questions[1].Text, questions[1].Vector);
            if (first.Outcome == Outcome.Answer && second.Outcome == Outcome.Answer &&
                first.Result.Hits[0].Passage.Id != second.Result.Hits[0].Passage.Id)
            {
                best = new Reading(first, message.Corrected, second);
            }
        }

        if (previous is not null && best.Decision.Outcome != Outcome.Answer && FollowUpContext.IsShort(message.Text))
        {
            var inContext = InContext(previous, message.Text);
            if (Better(inContext.Decision, best.Decision))
            {
                best = inContext;
            }
        }

        return best;
    }

    private Reading InContext(string previous, string followUp)
    {
        var combined = FollowUpContext.Combine(previous, followUp);
        return new Reading(finder.Decide(combined), combined, null);
    }

    /// <summary>The sentences of a message of several that ask something (end with a question mark), with their vectors.</summary>
    private static List<(string Text, float[]? Vector)> QuestionsIn(ReadMessage message)
    {
        var questions = new List<(string, float[]?)>();
        for (var i = 0; i < message.Parts.Count && message.Parts.Count > 1; i++)
        {
            if (message.Parts[i].TrimEnd().EndsWith('?') && FollowUpContext.WordCount(message.Parts[i]) >= QuestionParts.MinWords)
            {
                questions.Add((message.Parts[i], message.Vectors?.Parts[i]));
            }
        }

        return questions;
    }

    /// <summary>How the message was read: the decision, the text decided on, and the second question's decision when both are answered.</summary>
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
        var message = reader.Read(question);
        var decision = finder.Decide(question);
        var result = decision.Result;
        var text = new System.Text.StringBuilder()
            .AppendLine(triage is SafetyTriage safety ? safety.Explain(question).TrimEnd() : $"triage: {triage.Classify(question)}")
            .AppendLine($"corrected: {(message.Corrected == question ? "(unchanged)" : message.Corrected)}");
        if (acts is not null)
        {
            var probabilities = acts.Probabilities(message.Corrected, message.Vectors?.Whole);
            var top = acts.Classes.Select((c, i) => (c, p: probabilities[i])).OrderByDescending(x => x.p).Take(3);
            text.AppendLine(FormattableString.Invariant(
                $"act: {acts.Read(message).Act} (cut {acts.Threshold:F3}; {string.Join(", ", top.Select(t => FormattableString.Invariant($"{t.c} {t.p:F3}")))})"));
        }

        text.AppendLine(FormattableString.Invariant($"decision: {decision.Outcome} (band {decision.Band}): {decision.Reason}"));
        var q = result.Question;
        text.AppendLine(FormattableString.Invariant(
            $"question: nearest not-covered example {q.Uncovered:F3} ({result.UncoveredKind ?? "-"}), nearest answer example {q.Answerable:F3}, unknown words {q.UnknownWords:P0}, names an uncovered kind {q.NamesUncoveredKind}, another cancer {q.OtherCancer}"));
        var rank = 1;
        foreach (var hit in result.Hits.Take(5))
        {
            text.AppendLine(FormattableString.Invariant(
                $"  #{rank++} p {hit.Probability:F3}  semantic {hit.Semantic:F3}  example {hit.Example:F3}  bm25 {hit.Score,7:F4}  match {hit.QuestionMatch:F3}  coverage {hit.Coverage:F3}  {hit.Passage.Id}  {hit.Passage.Heading}"));
        }

        if (result.Best is { } best)
        {
            text.AppendLine("bm25 explanation of #1:").Append(retriever.Explain(message.Corrected, best.Passage));
        }

        return text.ToString();
    }

    private string Truncate(string question) =>
        question.Length <= maxQuestionLength ? question : question[..maxQuestionLength];
}
