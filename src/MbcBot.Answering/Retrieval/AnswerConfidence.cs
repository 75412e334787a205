namespace MbcBot.Answering.Retrieval;

/// <summary>
/// How sure we are that a passage answers the question, in [0, 1].
/// <para>
/// Raw BM25 scores depend on the query and the corpus, so a fixed score threshold is fragile (product-anchors §4.5).
/// Instead: confidence = the share of the question's topic that the passage covers,
/// <c>Σ idf(t) over the question's topic terms found in the passage / Σ idf(t) over all its topic terms</c>
/// (<see cref="TermProfile"/>: topic terms leave out question and filler words; a word the corpus never uses weighs
/// most). So a question whose key word the corpus never mentions ("prostate", "cost", "football") scores low even
/// when "cancer" matches everywhere, and a question made of the passage's words scores high.
/// </para>
/// <para>
/// Calibrated on kinds of question (definitions, sites, symptoms, tests, treatments, prognosis vs. other cancers, money,
/// places, weather, food, sport), never on one question's string: see AnswerConfidenceTests.
/// </para>
/// </summary>
internal static class AnswerConfidence
{
    public static double Of(TopicSet question, IReadOnlySet<string> passageTerms, TermProfile profile)
    {
        double covered = 0;
        foreach (var term in question.Terms)
        {
            if (passageTerms.Contains(term))
            {
                covered += profile.Weight(term);
            }
        }

        return question.Mass > 0 ? covered / question.Mass : 0;
    }
}
