using MbcBot.Answering.Safety;

namespace MbcBot.Answering.Retrieval;

/// <summary>
/// The one rule for "the corpus answers this question": it is inside the corpus's scope (<see cref="CorpusScope"/>)
/// and its best passage clears the confidence cut. The answer service, the start-up check of follow-up questions and
/// the check of the example questions all ask here, so what is offered and what is answered cannot drift apart.
/// </summary>
internal sealed class AnswerFinder(ITriage triage, PassageRetriever retriever, double minConfidence)
{
    /// <summary>The retrieval that answers <paramref name="question"/>, or null when the corpus does not answer it.</summary>
    public RetrievalResult? Find(string question)
    {
        if (CorpusScope.IsOutside(question))
        {
            return null;
        }

        var result = retriever.Retrieve(question);
        return result.Best is not null && result.Confidence >= minConfidence ? result : null;
    }

    /// <summary>
    /// The passage a plain question (no emergency, advice or small talk) is answered with, or null. For questions the
    /// bot itself offers, which must lead to an answer when clicked.
    /// </summary>
    public ScoredPassage? AnsweringPassage(string question) =>
        triage.Classify(question).Kind == TriageKind.None ? Find(question)?.Best : null;
}
