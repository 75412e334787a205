namespace MbcBot.Answering.Retrieval;

/// <summary>
/// How closely a question matches a passage's heading or one of its curated questions: the idf-weighted Dice
/// coefficient <c>2·w(Q ∩ q) / (w(Q) + w(q))</c> over topic terms, maximised over the passage's heading and questions.
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
                best = Math.Max(best, 2 * shared / denominator);
            }
        }

        return best;
    }
}
