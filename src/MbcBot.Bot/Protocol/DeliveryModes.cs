namespace MbcBot.Bot.Protocol;

/// <summary>Values of <c>deliveryMode</c> (Microsoft.Bot.Schema/DeliveryModes.cs).</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";

    /// <summary>The caller wants every reply in the HTTP response body and no Connector calls (spec A3110–A3116).</summary>
    public const string ExpectReplies = "expectReplies";
}
