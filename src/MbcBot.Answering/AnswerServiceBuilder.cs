using MbcBot.Answering.Composition;
using MbcBot.Answering.Options;
using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Safety;
using MbcBot.Ingestion;
using MbcBot.Search.Analysis;

namespace MbcBot.Answering;

/// <summary>
/// Builds the answer service once at start-up: loads and validates the corpus and synonyms, builds the index, checks
/// the curated follow-up and example questions against it. Any problem throws with the file and line, or the
/// configuration key, so a bad corpus or setting stops the bot before it takes a question.
/// </summary>
public static class AnswerServiceBuilder
{
    /// <param name="baseDirectory">Relative paths in <paramref name="answering"/> are resolved against it.</param>
    /// <param name="safety">The safety triage (the host's, with logging and the semantic net); null: rules only.</param>
    public static IAnswerService Build(AnsweringOptions answering, RetrievalOptions retrieval, string baseDirectory, ITriage? safety = null)
    {
        ArgumentNullException.ThrowIfNull(answering);
        ArgumentNullException.ThrowIfNull(retrieval);

        var corpus = CorpusLoader.LoadDirectory(Path.GetFullPath(answering.CorpusPath, baseDirectory));
        var analyzer = new EnglishAnalyzer(SynonymMap.Load(Path.GetFullPath(answering.SynonymsPath, baseDirectory)));
        var retriever = PassageRetriever.Build(corpus, analyzer, retrieval);
        var triage = safety ?? new SafetyTriage();
        var followUps = FollowUpQuestions.Build(corpus, triage, retriever, retrieval.MinConfidence, retrieval.FollowUpCount);

        var finder = new AnswerFinder(triage, retriever, retrieval.MinConfidence);
        foreach (var example in answering.ExampleQuestions)
        {
            if (finder.AnsweringPassage(example) is null)
            {
                throw new InvalidOperationException(
                    $"{AnsweringOptions.SectionName}:{nameof(AnsweringOptions.ExampleQuestions)}: \"{example}\" is not " +
                    "answered by the corpus; choose example questions the bot can answer.");
            }
        }

        var composer = new ReplyComposer(answering.Disclaimer, answering.ExampleQuestions);
        return new AnswerService(triage, retriever, finder, followUps, composer, retrieval.MinConfidence, answering.MaxQuestionLength);
    }
}
