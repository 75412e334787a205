using MbcBot.Answering;
using MbcBot.Answering.Learning;
using MbcBot.Answering.Options;
using MbcBot.Answering.Retrieval;
using UncoveredTopics = MbcBot.Answering.Retrieval.UncoveredTopics;

namespace MbcBot.Training;

/// <summary>
/// Fits the answer decision (<see cref="AnswerModel"/>) on examples/questions: every candidate passage of every
/// labelled question is a row (its <see cref="CandidateSignals"/>; positive when the passage is one the label names),
/// and a question's own writer's examples are left out of the example similarities, so each row looks as a stranger's
/// question would. The cuts are chosen on cross-validated decisions (each writer held out in turn): the answer cut for
/// the precision of cited answers (<see cref="Precision"/>), the clarify cut for the most answerable questions within
/// one click with the fewest uncovered ones offered options.
/// </summary>
internal sealed class AnswerTrainer(TrainingData data, Action<string> log)
{
    public const double Precision = 0.97;

    /// <summary>How many candidates a "did you mean" offers at most.</summary>
    public const int Offered = 3;

    public (TreeModelFile Model, ModelFile? Topic, IReadOnlyList<AnswerScore> Scores) Train(string name, bool semantic, string fingerprint, string topicFingerprint)
    {
        var examples = data.Examples.Questions;
        var validation = data.Validation.Questions;
        var curated = data.Corpus.Passages.SelectMany(p => p.Questions.Select(q => (Text: q, Passage: p.Id))).ToArray();
        data.ReadAll(examples.Concat(validation).Select(e => e.Text).Concat(curated.Select(c => c.Text)), log);
        var retriever = AnswerServiceBuilder.BuildRetriever(
            data.Corpus, data.Analyzer, new RetrievalOptions(), semantic ? data.Reader.Embedder : null, data.Examples,
            data.Reader.Corrector, UncoveredTopics.Load(Path.Combine(data.Root, data.Options.NotCoveredPath)),
            data.CacheFolder, log);
        var features = semantic ? CandidateSignals.Names : CandidateSignals.Lexical;

        // The topic model, cross-fitted: each question's probabilities come from a model that never saw its writer.
        var topics = new IReadOnlyDictionary<string, double>?[examples.Count];
        TopicModel? finalTopic = null;
        if (semantic)
        {
            Folds.InParallel(Folds.ByHand(examples), fold =>
            {
                var model = FitTopic(examples.Where(e => !fold.Held(e)), curated);
                for (var i = 0; i < examples.Count; i++)
                {
                    if (fold.Held(examples[i])) topics[i] = Topic(model, examples[i].Text);
                }
            });

            finalTopic = FitTopic(examples, curated);
        }

        // Each question's candidates, as a stranger would meet them: its own writer's examples left out.
        var own = examples.Select((e, i) => Candidates(retriever, e, semantic, entry => entry.Hand == e.Hand, topics[i])).ToArray();
        var decisions = new QuestionDecision[examples.Count];
        Folds.InParallel(Folds.ByHand(examples), fold =>
        {
            var model = Fit(Enumerable.Range(0, examples.Count).Where(i => !fold.Held(examples[i])).Select(i => own[i]), features);
            for (var i = 0; i < examples.Count; i++)
            {
                if (fold.Held(examples[i])) decisions[i] = Decide(model, features, own[i]);
            }
        });

        log($"train: {name}: cross-validated best candidate right for {Objective(examples, decisions):P1} of answerable questions");
        var cuts = ChooseCuts(examples, decisions);
        var final = Fit(own, features);
        var scores = new List<AnswerScore>
        {
            Score("cross-validated (by writer)", examples, decisions, cuts),
        };
        var validated = validation.Select(e => Decide(final, features, Candidates(retriever, e, semantic, null, Topic(finalTopic, e.Text)))).ToArray();
        scores.AddRange(Folds.ValidationRows(validation, validated, e => e).Select(v => Score(v.Name, v.Examples, v.Predictions, cuts)));
        var registers = Folds.ByRegister(examples).Where(f => f.Name is not ("curated" or "reported")).ToArray();
        var byRegister = new AnswerScore[registers.Length];
        Folds.InParallel(Enumerable.Range(0, registers.Length), r =>
        {
            // A register never seen: left out of the fit, of the example similarities and of the topic model.
            var (register, held) = registers[r];
            var model = Fit(Enumerable.Range(0, examples.Count).Where(i => !held(examples[i])).Select(i => own[i]), features);
            var topic = semantic ? FitTopic(examples.Where(e => !held(e)), curated) : null;
            var heldOut = examples.Where(held).ToArray();
            byRegister[r] = Score($"without {register}", heldOut, [.. heldOut.Select(e => Decide(model, features, Candidates(
                retriever, e, semantic, x => x.Hand == e.Hand || x.Register == register, Topic(topic, e.Text))))], cuts);
        });
        scores.AddRange(byRegister);

        var file = new TreeModelFile(name, fingerprint, final.Features, [.. final.Trees], final.Slope, final.Offset,
            new Dictionary<string, double> { [AnswerModel.AnswerCut] = cuts.Answer, [AnswerModel.ClarifyCut] = cuts.Clarify });
        var topicFile = finalTopic is null ? null : finalTopic.File with { TrainedOn = topicFingerprint };
        return (file, topicFile, scores);
    }

    /// <summary>
    /// The topic model: every labelled question (a question several passages answer counts for each, weighted to one)
    /// and every curated question, over the sentence vector and the words and word pairs in at least
    /// <see cref="TriageTrainer.MinMessages"/> of its training questions (a word the sentence model reads loosely, such
    /// as an organ or a drug class, is one weight here).
    /// </summary>
    private TopicModel FitTopic(IEnumerable<LabelledExample> examples, IReadOnlyList<(string Text, string Passage)> curated)
    {
        var classes = data.Corpus.Passages.Select(p => p.Id).Append(TopicModel.None).ToArray();
        var index = classes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var labelled = examples
            .Select(e => (e.Text, Labels: e.Label == LabelledExample.Answer ? e.Passages : (IReadOnlyList<string>)[TopicModel.None]))
            .Concat(curated.Select(c => (c.Text, Labels: (IReadOnlyList<string>)[c.Passage])))
            .ToArray();
        var names = FeatureMap.Names(384, Vocabulary.Of(labelled.Select(l => data.Read(l.Text).Corrected), TriageTrainer.MinMessages), []);
        var map = new FeatureMap(names, []);
        var rows = new List<TrainingRow>();
        foreach (var (text, labels) in labelled)
        {
            var read = data.Read(text);
            var features = new float[map.Count];
            map.Fill(features, read.Vectors!.Whole, read.Corrected, []);
            rows.AddRange(labels.Select(l => new TrainingRow(features, index[l], 1f / labels.Count)));
        }

        return new TopicModel(SoftmaxFit.Fit(rows, classes, names, 0.1f));
    }

    /// <summary>The topic model's probabilities for a read message; null without a topic model (the lexical decision).</summary>
    private IReadOnlyDictionary<string, double>? Topic(TopicModel? model, string text)
    {
        if (model is null) return null;
        var read = data.Read(text);
        return model.Probabilities(read.Vectors!.Whole, read.Corrected);
    }

    /// <summary>The candidates of <paramref name="example"/> with their signals, as the answer path measures them.</summary>
    private Candidate[] Candidates(
        PassageRetriever retriever, LabelledExample example, bool semantic, Func<ExampleIndex.Entry, bool>? leaveOut, IReadOnlyDictionary<string, double>? topic)
    {
        var read = data.Read(example.Text);
        var result = retriever.Retrieve(read.Corrected, semantic ? read.Vectors?.Whole : null, leaveOut);
        var rows = CandidateSignals.Compute(result.Hits, result.Question, topic);
        return [.. result.Hits.Select((h, i) => new Candidate(h.Passage.Id, rows[i], example.Passages.Contains(h.Passage.Id)))];
    }

    private static TreeEnsemble Fit(IEnumerable<Candidate[]> questions, IReadOnlyList<string> features)
    {
        var map = new FeatureMap(features, CandidateSignals.Names);
        var rows = new List<TrainingRow>();
        foreach (var candidates in questions)
        {
            foreach (var candidate in candidates)
            {
                var x = new float[map.Count];
                map.Fill(x, [], "", candidate.Signals);
                rows.Add(new TrainingRow(x, candidate.Answers ? 1 : 0, 1));
            }
        }

        return TreeFit.Fit(rows, features);
    }

    private static QuestionDecision Decide(TreeEnsemble trees, IReadOnlyList<string> features, Candidate[] candidates)
    {
        var map = new FeatureMap(features, CandidateSignals.Names);
        var scored = candidates.Select(c =>
        {
            var x = new float[map.Count];
            map.Fill(x, [], "", c.Signals);
            return (c, P: trees.Probability(x));
        }).OrderByDescending(s => s.P).ToArray();
        return new QuestionDecision(
            scored.Length == 0 ? 0 : scored[0].P,
            scored.Length > 0 && scored[0].c.Answers,
            scored.Take(Offered).Any(s => s.c.Answers),
            scored.Length > 0 ? scored[0].c.PassageId : null);
    }

    /// <summary>How well the candidates are ordered: the share of answerable questions whose best candidate answers them.</summary>
    private static double Objective(IReadOnlyList<LabelledExample> examples, IReadOnlyList<QuestionDecision> decisions) =>
        Enumerable.Range(0, examples.Count).Where(i => examples[i].Label == LabelledExample.Answer).Average(i => decisions[i].TopRight ? 1.0 : 0);

    private static Cuts ChooseCuts(IReadOnlyList<LabelledExample> examples, IReadOnlyList<QuestionDecision> decisions)
    {
        // Answer cut: the lowest at which the cited answers at or above it are right at least Precision of the time.
        var ordered = decisions.Select((d, i) => (d.P, Right: examples[i].Label == LabelledExample.Answer && d.TopRight))
            .OrderByDescending(d => d.P).ToArray();
        var answer = 1.0;
        var right = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            if (ordered[i].Right) right++;
            if ((double)right / (i + 1) >= Precision) answer = ordered[i].P;
        }

        // Clarify cut: below the answer cut, the one that best balances answerable questions within one click against
        // uncovered questions answered honestly ("not covered", no options).
        var answerable = examples.Count(e => e.Label == LabelledExample.Answer);
        var uncovered = examples.Count - answerable;
        var (clarify, bestScore) = (answer, -1.0);
        foreach (var candidate in decisions.Select(d => d.P).Where(p => p <= answer).Append(answer).Distinct().Order())
        {
            var within = Enumerable.Range(0, examples.Count).Count(i => examples[i].Label == LabelledExample.Answer &&
                ((decisions[i].P >= answer && decisions[i].TopRight) || (decisions[i].P >= candidate && decisions[i].P < answer && decisions[i].OfferedRight)));
            var honest = Enumerable.Range(0, examples.Count).Count(i => examples[i].Label != LabelledExample.Answer && decisions[i].P < candidate);
            var score = (double)within / Math.Max(1, answerable) + (double)honest / Math.Max(1, uncovered);
            if (score > bestScore) (clarify, bestScore) = (candidate, score);
        }

        return new Cuts(answer, clarify);
    }

    private static AnswerScore Score(string fold, IReadOnlyList<LabelledExample> examples, IReadOnlyList<QuestionDecision> decisions, Cuts cuts)
    {
        var score = new AnswerScore(fold);
        for (var i = 0; i < examples.Count; i++)
        {
            var d = decisions[i];
            var outcome = d.P >= cuts.Answer ? Outcome.Answer : d.P >= cuts.Clarify ? Outcome.Clarify : Outcome.NotCovered;
            score.Add(examples[i], outcome, d.TopRight, d.OfferedRight);
        }

        return score;
    }

    private readonly record struct Cuts(double Answer, double Clarify);

    private sealed record Candidate(string PassageId, float[] Signals, bool Answers);

    private sealed record QuestionDecision(double P, bool TopRight, bool OfferedRight, string? Top);
}

/// <summary>How the answer decision did on one set, overall and per register.</summary>
internal sealed class AnswerScore(string fold)
{
    public string Fold { get; } = fold;

    public Tally All { get; } = new();

    public SortedDictionary<string, Tally> Registers { get; } = new(StringComparer.Ordinal);

    public void Add(LabelledExample example, Outcome outcome, bool topRight, bool offeredRight)
    {
        if (!Registers.TryGetValue(example.Register, out var register)) Registers[example.Register] = register = new Tally();
        All.Add(example.Label == LabelledExample.Answer, outcome, topRight, offeredRight);
        register.Add(example.Label == LabelledExample.Answer, outcome, topRight, offeredRight);
    }

    /// <summary>The counts behind the answer metrics.</summary>
    internal sealed class Tally
    {
        public int Answerable { get; private set; }

        public int AnsweredRight { get; private set; }

        public int WithinOneClick { get; private set; }

        /// <summary>Every cited answer (answerable or not), and those citing a right passage.</summary>
        public int Cited { get; private set; }

        public int CitedRight { get; private set; }

        public int Uncovered { get; private set; }

        /// <summary>Uncovered questions that got no citation (not covered or did you mean).</summary>
        public int UncoveredClean { get; private set; }

        /// <summary>Uncovered questions that got the honest "not covered".</summary>
        public int UncoveredHonest { get; private set; }

        public void Add(bool answerable, Outcome outcome, bool topRight, bool offeredRight)
        {
            if (outcome == Outcome.Answer)
            {
                Cited++;
                if (answerable && topRight) CitedRight++;
            }

            if (answerable)
            {
                Answerable++;
                if (outcome == Outcome.Answer && topRight) AnsweredRight++;
                if ((outcome == Outcome.Answer && topRight) || (outcome == Outcome.Clarify && offeredRight)) WithinOneClick++;
            }
            else
            {
                Uncovered++;
                if (outcome != Outcome.Answer) UncoveredClean++;
                if (outcome == Outcome.NotCovered) UncoveredHonest++;
            }
        }
    }
}
