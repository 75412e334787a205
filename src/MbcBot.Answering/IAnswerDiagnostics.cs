namespace MbcBot.Answering;

/// <summary>
/// For people tuning the corpus and synonyms: why a question got the reply it got. Not used by any channel; the text
/// it returns contains the question's analyzed terms, so it is printed on request only and never logged.
/// </summary>
public interface IAnswerDiagnostics
{
    /// <summary>The triage verdict, the top passages with scores, the confidence, and the best hit's BM25 explanation.</summary>
    string Explain(string question);
}
