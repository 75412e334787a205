namespace MbcBot.Answering.Retrieval;

/// <summary>
/// A text's topic terms (<see cref="TermProfile.TopicTerms"/>) and their idf mass, and its adjacent ordered pairs of
/// topic terms (<see cref="TermProfile.Pair"/>) with their weights and mass, computed once. The pairs tell "liver cancer" from
/// "cancer spread to the liver", which share both words.
/// </summary>
internal sealed record TopicSet(HashSet<string> Terms, double Mass, Dictionary<string, double> Pairs, double PairMass)
{
    public TopicSet(HashSet<string> terms, double mass)
        : this(terms, mass, [], 0)
    {
    }
}
