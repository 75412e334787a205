using System.Globalization;
using System.Text.RegularExpressions;

namespace MbcBot.Answering.Safety;

/// <summary>
/// Whether a stated temperature is a fever during chemotherapy: at least 38.0 °C or 100.4 °F (product-anchors §3.4;
/// centres vary, 38.0 is the lower, safer threshold). Without a unit, values above 50 are read as °F, others as °C.
/// Values outside 34–45 °C / 93–113 °F are not body temperatures and are ignored.
/// </summary>
internal static class FeverThreshold
{
    public const double Celsius = 38.0;
    public const double Fahrenheit = 100.4;

    /// <summary>Reads groups "value" and optional "unit" ("c", "f", "celsius", "fahrenheit").</summary>
    public static bool IsFever(Match match)
    {
        var text = match.Groups["value"].Value.Replace(',', '.');
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return false;

        var unit = match.Groups["unit"].Value;
        var fahrenheit = unit.StartsWith('f') || (unit.Length == 0 && value > 50);
        return fahrenheit ? value is >= Fahrenheit and <= 113 : value is >= Celsius and <= 45;
    }

    /// <summary>Whether the match's value is a body temperature at all (34–45 °C, 93–113 °F).</summary>
    public static bool IsBodyTemperature(Match match)
    {
        var text = match.Groups["value"].Value.Replace(',', '.');
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return false;
        var unit = match.Groups["unit"].Value;
        var fahrenheit = unit.StartsWith('f') || (unit.Length == 0 && value > 50);
        return fahrenheit ? value is >= 93 and <= 113 : value is >= 34 and <= 45;
    }
}
