using MbcBot.Answering.Understanding;

namespace MbcBot.Answering.Tests.Testing;

/// <summary>A corrector that changes nothing: for tests of what comes after understanding.</summary>
internal sealed class NoCorrection : ITextCorrector
{
    public static NoCorrection Instance { get; } = new();

    public string Correct(string text) => text;
}
