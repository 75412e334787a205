using System.Globalization;

namespace MbcBot.Answering.Safety;

/// <summary>What the semantic net saw: the nearest red-flag exemplar, its similarity, the nearest general one's.</summary>
internal sealed record SemanticVerdict(string? Category, int Exemplar, double Similarity, double General, bool Fires, SemanticSettings Settings)
{
    /// <summary>One line for explanations: names only our exemplar, never the user's text.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"semantic {(Fires ? "fired" : "quiet")}: nearest {Category} exemplar #{Exemplar} \"{(Exemplar >= 0 ? Settings.Exemplars[Exemplar].Text : "")}\" " +
        $"cos {Similarity:F3} (needs >= {Settings.Threshold:F2}), nearest general cos {General:F3} (needs margin >= {Settings.Margin:F2})");
}
