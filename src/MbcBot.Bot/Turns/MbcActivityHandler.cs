using MbcBot.Answering;
using MbcBot.Bot.Feedback;
using MbcBot.Bot.Recording;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Teams;
using MbcBot.Insights;

namespace MbcBot.Bot.Turns;

/// <summary>
/// MbcBot's turn logic for every channel:
/// <list type="bullet">
/// <item>a message with no typed words that carries a card or a file gets no reply and no record
/// (<see cref="AttachmentOnlyMessage"/>); any other message is answered by <see cref="IAnswerService"/> (after
/// removing the bot's Teams @mention) and recorded (<see cref="TurnRecorder"/>); when the answer service reads it as
/// rating the previous answer ("thanks, that helped", "that didn't help": <see cref="Reply.Rates"/>), the rating is
/// recorded for that answer too;</item>
/// <item>ratings from Web Chat's 👍/👎 (event) and typed phrases are recorded and get a short thank-you; Teams'
/// feedback loop (invoke message/submitAction, answered 200, thanked by Teams itself) and reactions are recorded
/// quietly;</item>
/// <item>a user joining, or the app installed in a Teams personal chat, gets the welcome once per conversation;</item>
/// <item>composeExtension/query (the Teams search extension) returns passage cards.</item>
/// </list>
/// Other invokes keep the <see cref="ActivityHandler"/> default (501). Thread-safe.
/// </summary>
public sealed class MbcActivityHandler : ActivityHandler
{
    private static readonly InvokeResponse Ok = new(200);

    private readonly IAnswerService _answers;
    private readonly TurnRecorder _recorder;
    private readonly WelcomedConversations _welcomed = new();

    public MbcActivityHandler(IAnswerService answers, TurnRecorder? recorder = null)
    {
        _answers = answers ?? throw new ArgumentNullException(nameof(answers));
        _recorder = recorder ?? TurnRecorder.None();
    }

    protected override Task<TurnResult> OnMessageActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var question = RecipientMention.RemoveFrom(activity);
        if (AttachmentOnlyMessage.Is(activity, question))
        {
            // A card shared into the chat (a passage inserted from the message extension) or a file asks nothing:
            // answering it would be a "not covered" or help reply to the user's own share.
            return Task.FromResult(TurnResult.Empty);
        }

        var reply = activity.Conversation?.Id is { Length: > 0 } conversationId
            ? _answers.Answer(question, conversationId)
            : _answers.Answer(question);
        if (reply.Rates is { } rates && _recorder.FollowsAnswer(activity))
        {
            // Typed feedback: the rating is for the answer before this message, recorded before this reply is.
            _recorder.RecordFeedback(activity, new FeedbackSignal(
                rates == Helpfulness.Helped ? FeedbackRating.Like : FeedbackRating.Dislike, FeedbackVia.Phrase, null));
        }

        var replyId = _recorder.RecordReply(activity, question, reply);
        return Task.FromResult(new TurnResult(ReplyActivity.ForChannel(reply, activity, replyId, _answers.Disclaimer)) { ReplyId = replyId });
    }

    /// <summary>One welcome per conversation, however many users joined (the Emulator adds bot and user in one update).</summary>
    protected override Task<TurnResult> OnMembersAddedAsync(
        IReadOnlyList<ChannelAccount> membersAdded, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(Welcome(activity));

    /// <summary>
    /// Teams installs in a personal chat with installationUpdate (action "add"), and its conversationUpdate may list
    /// only the bot in membersAdded (which gives no welcome), so the install welcomes there. Team and group installs
    /// stay quiet: a welcome in a shared chat would be noise.
    /// </summary>
    protected override Task<TurnResult> OnInstallationUpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var isAdd = activity.Action is "add" or "add-upgrade";
        var isPersonal = activity.Conversation?.ConversationType is null or "personal";
        return Task.FromResult(isAdd && isPersonal ? Welcome(activity) : TurnResult.Empty);
    }

    protected override Task<TurnResult> OnEventActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(WebChatFeedback.TryRead(activity, out var signal) ? RateAndThank(activity, signal) : TurnResult.Empty);

    protected override Task<TurnResult> OnMessageReactionActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!TeamsFeedback.TryReadReaction(activity, out var signal))
        {
            return Task.FromResult(TurnResult.Empty);
        }

        // A reaction is a quiet gesture: it is recorded, and answering it with a message would be noise.
        _recorder.RecordFeedback(activity, signal);
        return Task.FromResult(TurnResult.Empty);
    }

    protected override Task<TurnResult> OnInvokeActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (TeamsFeedback.TryReadSubmitAction(activity, out var signal))
        {
            // Teams thanks the user itself once the form is sent ("Thank you! We appreciate your feedback." in the
            // Agents Playground 0.2.28), so a thank-you message from the bot would thank twice.
            _recorder.RecordFeedback(activity, signal);
            return Task.FromResult(new TurnResult([], Ok));
        }

        if (string.Equals(activity.Name, MessageExtension.QueryInvoke, StringComparison.Ordinal))
        {
            var query = MessageExtension.ReadQuery(activity);
            var passages = query.Length == 0 ? [] : _answers.Search(query, MessageExtension.MaxResults);
            return Task.FromResult(new TurnResult([], new InvokeResponse(200, MessageExtension.Result(passages))));
        }

        return base.OnInvokeActivityAsync(activity, cancellationToken);
    }

    private TurnResult RateAndThank(Activity activity, FeedbackSignal signal)
    {
        _recorder.RecordFeedback(activity, signal);
        return new TurnResult([ReplyActivity.Plain(FeedbackReplies.For(signal.Rating))]);
    }

    private TurnResult Welcome(Activity activity) =>
        _welcomed.TryMark(activity.Conversation?.Id)
            ? new TurnResult(ReplyActivity.ForChannel(_answers.Welcome(), activity))
            : TurnResult.Empty;
}
