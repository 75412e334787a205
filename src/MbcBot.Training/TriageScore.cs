using MbcBot.Answering.Learning;
using MbcBot.Answering.Safety;

namespace MbcBot.Training;

/// <summary>
/// How the triage (rules and model together) did on one set of examples: emergencies caught per category, near-misses
/// escalated (false alarms), advice deferred, general questions deferred.
/// </summary>
internal sealed class TriageScore(string fold)
{
    public string Fold { get; } = fold;

    public SortedDictionary<string, (int Total, int Caught)> Categories { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, (int Emergencies, int Caught, int NearMisses, int FalseAlarms)> Registers { get; } = new(StringComparer.Ordinal);

    public int Emergencies { get; private set; }

    public int Caught { get; private set; }

    public int CaughtByRules { get; private set; }

    public int NearMisses { get; private set; }

    public int FalseAlarms { get; private set; }

    public int Advice { get; private set; }

    public int AdviceDeferred { get; private set; }

    public int General { get; private set; }

    public int GeneralDeferred { get; private set; }

    /// <summary>Non-emergencies (near-misses, advice, general) escalated.</summary>
    public int OtherEscalated { get; private set; }

    public List<string> Missed { get; } = [];

    public List<string> Alarms { get; } = [];

    public double Recall => Emergencies == 0 ? 1 : (double)Caught / Emergencies;

    /// <summary>Near-misses and ordinary messages escalated in any way (instead of the answer, or by a note before it).</summary>
    public double AlarmRate => NearMisses + Ordinary == 0 ? 0 : (double)(FalseAlarms + NearMissNotes + OrdinaryEscalated + OrdinaryNoted) / (NearMisses + Ordinary);

    /// <summary>Labelled questions and conversational messages (examples/questions, examples/dialogue).</summary>
    public int Ordinary { get; private set; }

    /// <summary>Ordinary messages escalated instead of their answer.</summary>
    public int OrdinaryEscalated { get; private set; }

    /// <summary>Ordinary messages that got a safety note before their answer.</summary>
    public int OrdinaryNoted { get; private set; }

    /// <summary>Emergencies escalated with the right category (the reply's numbers), and with none (every number).</summary>
    public int CategoryRight { get; private set; }

    public int CategoryUnnamed { get; private set; }

    /// <summary>Near-misses that got a safety note before their answer (not an escalation instead of it).</summary>
    public int NearMissNotes { get; private set; }

    /// <summary>Emergencies escalated only by a safety note before an answer.</summary>
    public int NotesOnly { get; private set; }

    public void Add(LabelledExample example, bool escalated, bool deferred, bool byRules, string? category, bool noteOnly)
    {
        var register = Registers.GetValueOrDefault(example.Register);
        if (TriageCategories.Emergencies.Contains(example.Label))
        {
            var counts = Categories.GetValueOrDefault(example.Label);
            Categories[example.Label] = (counts.Total + 1, counts.Caught + (escalated ? 1 : 0));
            Emergencies++;
            if (escalated) Caught++;
            if (noteOnly) NotesOnly++;
            else if (!escalated) Missed.Add($"{example.Label} [{example.Register}] {example.Hand}:{example.Line}");
            if (escalated && category == example.Label) CategoryRight++;
            if (escalated && category is null) CategoryUnnamed++;
            if (byRules) CaughtByRules++;
            register = (register.Emergencies + 1, register.Caught + (escalated ? 1 : 0), register.NearMisses, register.FalseAlarms);
        }
        else
        {
            if (escalated) OtherEscalated++;
            switch (example.Label)
            {
                case LabelledExample.NearMiss:
                    NearMisses++;
                    if (noteOnly) NearMissNotes++;
                    else if (escalated) { FalseAlarms++; Alarms.Add($"[{example.Register}] {example.Hand}:{example.Line}"); }
                    register = (register.Emergencies, register.Caught, register.NearMisses + 1, register.FalseAlarms + (escalated ? 1 : 0));
                    break;
                case LabelledExample.Advice:
                    Advice++;
                    if (deferred) AdviceDeferred++;
                    break;
                case LabelledExample.General:
                    General++;
                    if (deferred) GeneralDeferred++;
                    break;
                default:
                    Ordinary++;
                    if (noteOnly) OrdinaryNoted++;
                    else if (escalated) OrdinaryEscalated++;
                    break;
            }
        }

        Registers[example.Register] = register;
    }
}
