namespace MbcBot.Answering.Retrieval;

/// <summary>A text's topic terms (<see cref="TermProfile.TopicTerms"/>) and their idf mass, computed once.</summary>
internal sealed record TopicSet(HashSet<string> Terms, double Mass);
