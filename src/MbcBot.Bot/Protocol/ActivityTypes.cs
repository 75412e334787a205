namespace MbcBot.Bot.Protocol;

/// <summary>Activity type names (Microsoft.Bot.Schema/ActivityTypes.cs). Compare ordinally.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Trace = "trace";

    /// <summary>Pseudo-type: carries an invoke's result inside an expectReplies body (ActivityTypesEx.cs).</summary>
    public const string InvokeResponse = "invokeResponse";
}
