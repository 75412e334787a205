using MbcBot.Bot.Protocol;

namespace MbcBot.Bot.Turns;

/// <summary>
/// Template method over activity types, as the SDK's ActivityHandler: <see cref="OnTurnAsync"/> dispatches on
/// <c>type</c> to a virtual method per type, and rules shared by every bot live here once:
/// <list type="bullet">
/// <item>conversationUpdate raises <see cref="OnMembersAddedAsync"/> only for members other than the bot itself
/// (<c>id != recipient.id</c>), and looks at membersRemoved only when membersAdded is absent (SDK order);</item>
/// <item>an invoke nobody answers gets 501, as the SDK's default <c>OnInvokeActivityAsync</c>;</item>
/// <item>unknown types are ignored (spec A2006), as are typing, event, endOfConversation, installationUpdate and
/// messageReaction unless a subclass overrides them;</item>
/// <item>every reply is addressed here (<see cref="ReplyAddressing"/>), so subclasses only say what to send.</item>
/// </list>
/// Subclasses must be thread-safe: one instance serves every conversation.
/// </summary>
public abstract class ActivityHandler : IBot
{
    private static readonly InvokeResponse NotImplemented = new(501);

    public async Task<TurnResult> OnTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var result = activity.Type switch
        {
            ActivityTypes.Message => await OnMessageActivityAsync(activity, cancellationToken),
            ActivityTypes.ConversationUpdate => await OnConversationUpdateActivityAsync(activity, cancellationToken),
            ActivityTypes.Invoke => await OnInvokeActivityAsync(activity, cancellationToken),
            ActivityTypes.Event => await OnEventActivityAsync(activity, cancellationToken),
            ActivityTypes.EndOfConversation => await OnEndOfConversationActivityAsync(activity, cancellationToken),
            ActivityTypes.Typing => await OnTypingActivityAsync(activity, cancellationToken),
            ActivityTypes.InstallationUpdate => await OnInstallationUpdateActivityAsync(activity, cancellationToken),
            ActivityTypes.MessageReaction => await OnMessageReactionActivityAsync(activity, cancellationToken),
            _ => TurnResult.Empty,
        };

        var replies = result.Replies.Select(reply => ReplyAddressing.Address(activity, reply)).ToList();
        var isInvoke = string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal);
        return new TurnResult(replies, isInvoke ? result.InvokeResponse ?? NotImplemented : null) { ReplyId = result.ReplyId };
    }

    protected virtual Task<TurnResult> OnMessageActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Empty);

    protected virtual Task<TurnResult> OnConversationUpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        if (activity.MembersAdded is not null)
        {
            var others = activity.MembersAdded.Where(member => !string.Equals(member.Id, botId, StringComparison.Ordinal)).ToList();
            return others.Count > 0 ? OnMembersAddedAsync(others, activity, cancellationToken) : Task.FromResult(TurnResult.Empty);
        }

        if (activity.MembersRemoved is not null)
        {
            var others = activity.MembersRemoved.Where(member => !string.Equals(member.Id, botId, StringComparison.Ordinal)).ToList();
            return others.Count > 0 ? OnMembersRemovedAsync(others, activity, cancellationToken) : Task.FromResult(TurnResult.Empty);
        }

        return Task.FromResult(TurnResult.Empty);
    }

    /// <summary>Members other than the bot joined. <paramref name="membersAdded"/> never contains the bot.</summary>
    protected virtual Task<TurnResult> OnMembersAddedAsync(
        IReadOnlyList<ChannelAccount> membersAdded, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Empty);

    protected virtual Task<TurnResult> OnMembersRemovedAsync(
        IReadOnlyList<ChannelAccount> membersRemoved, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Empty);

    /// <summary>Return a result with an <see cref="InvokeResponse"/>; without one the caller answers 501.</summary>
    protected virtual Task<TurnResult> OnInvokeActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(new TurnResult([], NotImplemented));

    /// <summary>Events carry a <c>name</c>; names the bot does not know are ignored (spec A5001/A5002).</summary>
    protected virtual Task<TurnResult> OnEventActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Empty);

    protected virtual Task<TurnResult> OnEndOfConversationActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Empty);

    protected virtual Task<TurnResult> OnTypingActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Empty);

    /// <summary>Teams sends this on install (<c>action: add</c>) and removal (<c>remove</c>).</summary>
    protected virtual Task<TurnResult> OnInstallationUpdateActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Empty);

    /// <summary>Reactions added to or removed from a message; <c>replyToId</c> names the message reacted to.</summary>
    protected virtual Task<TurnResult> OnMessageReactionActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(TurnResult.Empty);
}
