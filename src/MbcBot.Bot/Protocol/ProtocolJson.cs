using System.Text.Json;
using System.Text.Json.Serialization;

namespace MbcBot.Bot.Protocol;

/// <summary>
/// The one JSON configuration for the wire: camelCase names written, any casing read (spec A2002),
/// nulls omitted (the SDK's NullValueHandling.Ignore), and a nesting cap so hostile input fails fast.
/// </summary>
public static class ProtocolJson
{
    /// <summary>Deeper JSON than this is rejected while reading (an activity needs well under 20 levels).</summary>
    public const int MaxDepth = 64;

    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = MaxDepth,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
