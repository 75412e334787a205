namespace MbcBot.Answering.Understanding;

/// <summary>Reads every text as typed: for a triage or reader built without the answer path's corrector.</summary>
public sealed class NoCorrection : ITextCorrector
{
    public static NoCorrection Instance { get; } = new();

    private NoCorrection() { }

    public string Correct(string text) => text;
}
