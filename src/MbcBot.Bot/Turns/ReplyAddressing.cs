using MbcBot.Bot.Protocol;

namespace MbcBot.Bot.Turns;

/// <summary>
/// Applies the inbound activity's conversation reference to a reply, as the SDK's
/// <c>GetConversationReference</c> + <c>ApplyConversationReference</c> do (botframework-protocol brief §1.4).
/// </summary>
public static class ReplyAddressing
{
    /// <summary>
    /// Addresses <paramref name="reply"/> as an answer to <paramref name="inbound"/>:
    /// channelId, serviceUrl and conversation copied; from/recipient swapped; locale copied unless the reply sets one;
    /// replyToId = inbound id, except for a conversationUpdate on directline/webchat, whose synthetic id Direct Line
    /// cannot reply to (SDK commit 1aa1d0e94); id and timestamp cleared because the channel assigns them (spec A2031).
    /// </summary>
    public static Activity Address(Activity inbound, Activity reply)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(reply);
        return reply with
        {
            Type = reply.Type ?? ActivityTypes.Message,
            Id = null,
            Timestamp = null,
            LocalTimestamp = null,
            ChannelId = inbound.ChannelId,
            ServiceUrl = inbound.ServiceUrl,
            Conversation = inbound.Conversation,
            From = inbound.Recipient,
            Recipient = inbound.From,
            Locale = reply.Locale ?? inbound.Locale,
            ReplyToId = RepliesToInboundId(inbound) ? inbound.Id : null,
            CallerId = null,
            DeliveryMode = null,
        };
    }

    private static bool RepliesToInboundId(Activity inbound) =>
        !(string.Equals(inbound.Type, ActivityTypes.ConversationUpdate, StringComparison.Ordinal)
          && (string.Equals(inbound.ChannelId, Channels.DirectLine, StringComparison.Ordinal)
              || string.Equals(inbound.ChannelId, Channels.WebChat, StringComparison.Ordinal)));
}
