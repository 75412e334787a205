using MbcBot.Answering.Safety;
using MbcBot.Ingestion;

namespace MbcBot.Answering.Composition;

/// <summary>
/// Turns a decision (answer this passage, escalate, refuse, greet...) into the reply text. Only answers cite a source;
/// answers, no-answer and advice replies end with the fixed disclaimer; the escalation stays short and urgent.
/// </summary>
internal sealed class ReplyComposer(string disclaimer, IReadOnlyList<string> examples, IReadOnlyList<CorpusDocument> documents)
{
    public string Disclaimer { get; } = disclaimer;

    // The replies whose text never changes are composed once (Reply is immutable; callers add a confidence with `with`).
    private readonly Reply _noAnswer = new(
        ReplyKind.NoAnswer,
        new MarkdownReply().Paragraph(ReplyTexts.NoAnswer).Paragraph(ReplyTexts.ExamplesIntro).List(examples)
            .Paragraph(disclaimer).ToString(),
        null,
        examples);

    /// <summary>The source of <paramref name="passage"/>, exactly as its page states it.</summary>
    public static SourceCitation Cite(Passage passage, CorpusDocument document) => new(
        document.Id,
        passage.Id,
        document.Publisher,
        document.Title,
        passage.Heading,
        document.ReviewedBy,
        (document.Reviewed ?? document.Published)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    public Reply Answer(Passage passage, CorpusDocument document, IReadOnlyList<string> followUps)
    {
        var source = Cite(passage, document);
        var text = new MarkdownReply()
            .Bold(passage.Heading)
            .Paragraph(passage.Text)
            .Italic(SourceLine.Format(source))
            .Paragraph(Disclaimer)
            .ToString();
        return new Reply(ReplyKind.Answer, text, source, followUps);
    }

    /// <summary>"Did you mean": the candidates numbered in the text (Teams group chats show no buttons) and as suggestions.</summary>
    public Reply Clarify(IReadOnlyList<string> choices, double confidence) => new(
        ReplyKind.Clarify,
        new MarkdownReply().Paragraph(ReplyTexts.Clarify).Numbered(choices).Paragraph(Disclaimer).ToString(),
        null,
        choices) { Confidence = confidence };

    public Reply ClarifyDeclined() => new(
        ReplyKind.NoAnswer,
        new MarkdownReply().Paragraph(ReplyTexts.ClarifyDeclined).Paragraph(ReplyTexts.ExamplesIntro).List(examples)
            .Paragraph(Disclaimer).ToString(),
        null,
        examples);

    /// <summary>Two answers in one reply, for a message that asked two things: each passage with its own source line.</summary>
    public Reply Answers(
        (Passage Passage, CorpusDocument Document) first, (Passage Passage, CorpusDocument Document) second, IReadOnlyList<string> followUps)
    {
        var sources = new[] { Cite(first.Passage, first.Document), Cite(second.Passage, second.Document) };
        var text = new MarkdownReply()
            .Bold(first.Passage.Heading).Paragraph(first.Passage.Text).Italic(SourceLine.Format(sources[0]))
            .Paragraph(ReplyTexts.SecondQuestionIntro)
            .Bold(second.Passage.Heading).Paragraph(second.Passage.Text).Italic(SourceLine.Format(sources[1]))
            .Paragraph(Disclaimer)
            .ToString();
        return new Reply(ReplyKind.Answer, text, sources[0], followUps) { Sources = sources };
    }

    public Reply NoAnswer() => _noAnswer;

    public Reply TooLong() => new(
        ReplyKind.NoAnswer,
        new MarkdownReply().Paragraph(ReplyTexts.TooLong).Paragraph(Disclaimer).ToString(),
        null,
        examples);

    /// <summary>
    /// <paramref name="reply"/> with <see cref="SafetyMessages.SafetyNote"/> first, for a message that only the triage
    /// model, unsure, read as an emergency. Its kind and source stay; its category says a note was added.
    /// </summary>
    public static Reply WithSafetyNote(Reply reply, string? category) => reply with
    {
        Text = new MarkdownReply().Paragraph(SafetyMessages.SafetyNote(category)).Paragraph(reply.Text).ToString(),
        Category = TriageCategories.SafetyNote,
    };

    public Reply Emergency(string? category) => new(
        ReplyKind.Emergency,
        SafetyMessages.Emergency(category),
        null,
        []) { Category = category };

    /// <summary>The refusal, plus general questions the corpus answers about the same topic (no passage, no source).</summary>
    public Reply Advice(string? category, IReadOnlyList<string> generalQuestions) => new(
        ReplyKind.Advice,
        new MarkdownReply().Paragraph(SafetyMessages.Advice)
            .Paragraph(generalQuestions.Count > 0 ? ReplyTexts.ExamplesIntro : null).List(generalQuestions)
            .Paragraph(Disclaimer).ToString(),
        null,
        generalQuestions) { Category = category };

    public Reply SmallTalk(string? category) => new(
        ReplyKind.SmallTalk,
        new MarkdownReply().Paragraph(SafetyMessages.SmallTalk(category)).Paragraph(ReplyTexts.ExamplesIntro).List(examples)
            .ToString(),
        null,
        examples) { Category = category };

    /// <summary>"You're welcome", after an answer that helped.</summary>
    public Reply Thanks() => new(ReplyKind.SmallTalk, ReplyTexts.Thanks, null, []) { Category = TriageCategories.Thanks };

    /// <summary>An apology for an answer that did not help, offering the other candidates it had (or the care team).</summary>
    public Reply NotHelped(IReadOnlyList<string> alternatives) => new(
        ReplyKind.SmallTalk,
        alternatives.Count > 0
            ? new MarkdownReply().Paragraph(ReplyTexts.NotHelped).Numbered(alternatives).ToString()
            : ReplyTexts.NotHelpedNoOptions,
        null,
        alternatives) { Category = TriageCategories.NotHelped };

    /// <summary>What MbcBot is and is not, with the pages it quotes (as each states its publisher and title).</summary>
    public Reply Identity() => new(
        ReplyKind.SmallTalk,
        new MarkdownReply().Paragraph(ReplyTexts.Identity)
            .List([.. documents.Select(d => $"{d.Publisher}: {d.Title}")])
            .Paragraph(ReplyTexts.IdentityLimits).ToString(),
        null,
        examples) { Category = TriageCategories.Identity };

    public Reply Welcome() => new(
        ReplyKind.SmallTalk,
        new MarkdownReply().Paragraph(ReplyTexts.Welcome).Italic(Disclaimer).Paragraph(ReplyTexts.ExamplesIntro)
            .List(examples).ToString(),
        null,
        examples);
}
