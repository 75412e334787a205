namespace MbcBot.Answering.Retrieval;

/// <summary>
/// What the answer decision (<see cref="AnswerModel"/>) reads about one candidate passage for one question, each a
/// number the retrieval already computes: the question's cosine to the passage's text, heading, questions and windows
/// (semantic) and to the passage's labelled examples (example, <see cref="ExampleIndex"/>); the topic model's
/// probability that the question asks for it (<see cref="TopicModel"/>); BM25 relative to the best hit; the topic-word question match and coverage; how far each lead is over the best other candidate; and about the
/// question itself: its cosine to the not-covered examples and to any answer example, the share of its topic words the
/// corpus never uses, whether it names a kind the pages do not cover or another cancer, and its length. The model
/// weighs them; no weight or cut here is set by hand.
/// </summary>
internal static class CandidateSignals
{
    /// <summary>Every signal, in the order <see cref="Compute"/> writes them (a model reads those its file names).</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "semantic", "semantic-gap", "example", "example-gap", "bm25", "bm25-top", "match", "match-gap", "coverage", "coverage-gap",
        "uncovered", "uncovered-lead", "answerable", "unknown-words", "uncovered-word", "other-cancer", "words",
        "topic", "topic-gap", "topic-none",
    ];

    /// <summary>The signals a model without the sentence model can read.</summary>
    public static readonly IReadOnlyList<string> Lexical =
        ["bm25", "bm25-top", "match", "match-gap", "coverage", "coverage-gap", "unknown-words", "uncovered-word", "other-cancer", "words"];

    /// <summary>One row of <see cref="Names"/> per candidate, in <paramref name="candidates"/>' order.</summary>
    /// <param name="topic">The topic model's probabilities for the question (<see cref="TopicModel"/>); null without the model.</param>
    public static float[][] Compute(IReadOnlyList<ScoredPassage> candidates, QuestionSignals question, IReadOnlyDictionary<string, double>? topic)
    {
        var rows = new float[candidates.Count][];
        var bestScore = candidates.Count == 0 ? 0 : candidates.Max(c => c.Score);
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            var (otherSemantic, otherExample, otherMatch, otherCoverage) = (-1.0, -1.0, 0.0, 0.0);
            for (var j = 0; j < candidates.Count; j++)
            {
                if (j == i) continue;
                otherSemantic = Math.Max(otherSemantic, candidates[j].Semantic);
                otherExample = Math.Max(otherExample, candidates[j].Example);
                otherMatch = Math.Max(otherMatch, candidates[j].QuestionMatch);
                otherCoverage = Math.Max(otherCoverage, candidates[j].Coverage);
            }

            if (candidates.Count == 1) (otherSemantic, otherExample) = (c.Semantic, c.Example);
            var own = topic?.GetValueOrDefault(c.Passage.Id) ?? 0;
            var otherTopic = 0.0;
            for (var j = 0; j < candidates.Count && topic is not null; j++)
            {
                if (j != i) otherTopic = Math.Max(otherTopic, topic.GetValueOrDefault(candidates[j].Passage.Id));
            }

            rows[i] =
            [
                (float)c.Semantic,
                (float)(c.Semantic - otherSemantic),
                (float)c.Example,
                (float)(c.Example - otherExample),
                bestScore > 0 ? (float)(c.Score / bestScore) : 0,
                bestScore > 0 && c.Score >= bestScore ? 1 : 0,
                (float)c.QuestionMatch,
                (float)(c.QuestionMatch - otherMatch),
                (float)c.Coverage,
                (float)(c.Coverage - otherCoverage),
                (float)question.Uncovered,
                (float)(question.Uncovered - c.Example),
                (float)question.Answerable,
                (float)question.UnknownWords,
                question.NamesUncoveredKind ? 1 : 0,
                question.OtherCancer ? 1 : 0,
                (float)Math.Log(1 + question.Words),
                (float)own,
                (float)(own - otherTopic),
                (float)(topic?.GetValueOrDefault(TopicModel.None) ?? 0),
            ];
        }

        return rows;
    }
}

/// <summary>What the decision knows of the question itself (the same for every candidate).</summary>
/// <param name="Uncovered">Largest cosine to a not-covered example (-1 without the model).</param>
/// <param name="Answerable">Largest cosine to any answer example (-1 without the model).</param>
/// <param name="UnknownWords">The idf-weighted share of its topic words no passage uses.</param>
/// <param name="NamesUncoveredKind">It names a kind the pages never cover (corpus/not-covered.txt words).</param>
/// <param name="OtherCancer">It names another cancer and nothing of breast cancer or spread (<see cref="CorpusScope"/>).</param>
/// <param name="Words">How many words it has.</param>
internal sealed record QuestionSignals(double Uncovered, double Answerable, double UnknownWords, bool NamesUncoveredKind, bool OtherCancer, int Words);
