namespace MbcBot.Answering.Retrieval;

/// <summary>
/// How closely a question matches a passage's heading or one of its curated questions: the idf-weighted Dice
/// coefficient <c>2·w(Q ∩ q) / (w(Q) + w(q))</c> over topic terms, plus a bonus for shared word pairs
/// (<see cref="PairBonus"/>), capped at 1 and maximised over the passage's heading and questions.
/// 1 means the same topic words; 0 means none shared. Used to rerank near-tied BM25 hits the way QnA Maker favours
/// a matching question: among passages that all mention "metastatic breast cancer", the one whose heading or question
/// is "How is metastatic breast cancer diagnosed?" should answer that question.
/// </summary>
internal static class QuestionMatch
{
    public static double Best(TopicSet question, IReadOnlyList<TopicSet> candidates, TermProfile profile)
    {
        double best = 0;
        foreach (var candidate in candidates)
        {
            double shared = 0;
            foreach (var term in candidate.Terms)
            {
                if (question.Terms.Contains(term))
                {
                    shared += profile.Weight(term);
                }
            }

            var denominator = question.Mass + candidate.Mass;
            if (denominator > 0)
            {
                best = Math.Max(best, Math.Min(1, 2 * shared / denominator + PairBonus * PairDice(question, candidate, profile)));
            }
        }

        return best;
    }

    /// <summary>
    /// How much shared word order adds: <c>PairBonus · Dice over adjacent term pairs</c>, so of two candidates sharing
    /// the words "liver" and "cancer", the one that says "liver cancer" matches "is it liver cancer?" better than the
    /// one that says "spread to the liver". Added, not mixed in, so a candidate that shares no pair keeps its word score.
    /// </summary>
    public const double PairBonus = 0.25;

    private static double PairDice(TopicSet question, TopicSet candidate, TermProfile profile)
    {
        var denominator = question.PairMass + candidate.PairMass;
        if (denominator <= 0)
        {
            return 0;
        }

        double shared = 0;
        foreach (var (pair, weight) in candidate.Pairs)
        {
            if (question.Pairs.ContainsKey(pair))
            {
                shared += weight;
            }
        }

        return 2 * shared / denominator;
    }

    /// <summary>
    /// <see cref="Best(TopicSet, IReadOnlyList{TopicSet}, TermProfile)"/> over indexed candidates: the same word sums
    /// in the same order and the same word-pair bonus, so the same doubles. <paramref name="questionTerms"/> is
    /// <c>ids.Mark(question.Terms)</c> for the <see cref="TermIds"/> that numbers every candidate term.
    /// </summary>
    public static double Best(TopicSet question, ulong[] questionTerms, IndexedTopic[] candidates, TermProfile profile)
    {
        double best = 0;
        foreach (var candidate in candidates)
        {
            double shared = 0;
            var ids = candidate.Ids;
            for (var i = 0; i < ids.Length; i++)
            {
                if (TermIds.Has(questionTerms, ids[i]))
                {
                    shared += candidate.Weights[i];
                }
            }

            var denominator = question.Mass + candidate.Mass;
            if (denominator > 0)
            {
                best = Math.Max(best, Math.Min(1, 2 * shared / denominator + PairBonus * PairDice(question, candidate.Topic, profile)));
            }
        }

        return best;
    }
}
