namespace MbcBot.Answering.Retrieval;

/// <summary>
/// A <see cref="TopicSet"/> that a question is compared with many times (a passage's heading or curated question), as
/// its terms' numbers (<see cref="TermIds"/>) and idf weights side by side, in the order its set enumerates them, so
/// <see cref="QuestionMatch"/> adds the same weights in the same order as over the set itself.
/// </summary>
internal sealed class IndexedTopic
{
    public IndexedTopic(TopicSet topic, TermIds ids, TermProfile profile)
    {
        Ids = [.. topic.Terms.Select(ids.Of)];
        Weights = [.. topic.Terms.Select(profile.Weight)];
        Mass = topic.Mass;
        Topic = topic;
    }

    /// <summary>The topic itself, for its word pairs.</summary>
    public TopicSet Topic { get; }

    public int[] Ids { get; }

    /// <summary><c>Weights[i]</c> is <c>profile.Weight</c> of the term numbered <c>Ids[i]</c>.</summary>
    public double[] Weights { get; }

    public double Mass { get; }
}
