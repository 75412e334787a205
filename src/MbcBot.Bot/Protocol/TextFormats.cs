namespace MbcBot.Bot.Protocol;

/// <summary>Values of <c>textFormat</c>. Plain is the default and is left out when sending (spec A3011).</summary>
public static class TextFormats
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
}
