using MbcBot.Answering.Retrieval;
using MbcBot.Answering.Safety;
using MbcBot.Search.Analysis;

namespace MbcBot.Answering.Tests.Testing;

/// <summary>
/// The retrieval parts of the real service, built by the same steps as AnswerServiceBuilder (corpus/, its synonyms,
/// the shipped Retrieval options), for tests that look inside: hits, confidence, the follow-up questions' check.
/// </summary>
internal static class RealRetrieval
{
    private static readonly Lazy<PassageRetriever> LazyRetriever = new(() => PassageRetriever.Build(
        TestCorpora.Real,
        new EnglishAnalyzer(SynonymMap.Load(Path.Combine(RepositoryPaths.Corpus, "synonyms.txt"))),
        TestAnswerServices.Retrieval));

    private static readonly Lazy<FollowUpQuestions> LazyFollowUps = new(() => FollowUpQuestions.Build(
        TestCorpora.Real, new SafetyTriage(), Retriever, TestAnswerServices.Retrieval.MinConfidence,
        TestAnswerServices.Retrieval.FollowUpCount));

    public static PassageRetriever Retriever => LazyRetriever.Value;

    public static FollowUpQuestions FollowUps => LazyFollowUps.Value;
}
