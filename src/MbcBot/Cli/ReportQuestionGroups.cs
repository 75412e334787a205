using MbcBot.Answering.Semantic;

namespace MbcBot.Cli;

/// <summary>
/// Groups unanswered questions (already collapsed, <see cref="ReportQuestions"/>) so one group is one missing topic:
/// each question, in order, joins the group holding its
/// most similar earlier question if that cosine similarity (dot product of unit sentence embeddings) is at least
/// <see cref="Threshold"/>, else starts a new group (single-linkage, one pass). Groups are returned most asked first,
/// ties by first appearance. O(n²) dot products of 384 floats: fine for a report's hundreds of questions.
/// 0.6 is where all-MiniLM-L6-v2 puts rephrasings of one question ("can I travel by plane" / "air travel and flying")
/// above and different topics (travel / insurance / recipes) below, on the seeded report test in this repository.
/// </summary>
internal sealed class ReportQuestionGroups(ISentenceEmbedder embedder)
{
    public const double Threshold = 0.6;

    public IReadOnlyList<QuestionGroup> Group(IReadOnlyList<QuestionCount> questions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        if (questions.Count == 0)
        {
            return [];
        }

        var vectors = embedder.Embed(questions.Select(q => q.Text).ToList(), cancellationToken);
        var groupOf = new int[questions.Count];
        var groups = new List<List<QuestionCount>>();
        for (var i = 0; i < questions.Count; i++)
        {
            var best = -1;
            var bestScore = Threshold;
            for (var j = 0; j < i; j++)
            {
                var score = Vectors.Dot(vectors[i], vectors[j]);
                if (score >= bestScore)
                {
                    best = j;
                    bestScore = score;
                }
            }

            if (best < 0)
            {
                groupOf[i] = groups.Count;
                groups.Add([questions[i]]);
            }
            else
            {
                groupOf[i] = groupOf[best];
                groups[groupOf[i]].Add(questions[i]);
            }
        }

        return groups.Select((group, index) => (group: new QuestionGroup(group), index))
            .OrderByDescending(x => x.group.Asked).ThenBy(x => x.index)
            .Select(x => x.group).ToList();
    }
}
