using MbcBot.Answering.Retrieval;

namespace MbcBot.Answering.Tests.Testing;

/// <summary>
/// The retrieval parts of the real service (<see cref="TestAnswerServices.Real"/>, built by AnswerServiceBuilder from
/// corpus/, its synonyms and the shipped options), for tests that look inside: hits, confidence, follow-up questions.
/// </summary>
internal static class RealRetrieval
{
    private static AnswerService Service => (AnswerService)TestAnswerServices.Real;

    public static PassageRetriever Retriever => Service.Retriever;

    public static FollowUpQuestions FollowUps => Service.FollowUps;

    public static AnswerFinder Finder => Service.Finder;
}
