using MbcBot.Answering;
using MbcBot.Bot.Feedback;
using MbcBot.Bot.Protocol;
using MbcBot.Insights;
using MbcBot.Insights.Redaction;

namespace MbcBot.Bot.Recording;

/// <summary>
/// Writes what curators need to the insights store: one <see cref="TurnRecord"/> per reply and one
/// <see cref="FeedbackRecord"/> per rating, linked by reply id. Question text is kept only for no_answer and clarify
/// replies, messages in another language (<see cref="ReplyKindName.KeepsQuestion"/>) and disliked answers, always
/// redacted (<see cref="TextRedactor"/>) and never when <c>Insights:RetentionDays</c> is 0. Records go to the
/// <see cref="InsightsQueue"/>, which never waits and drops (and counts) what it has no room for: this class never
/// delays or decides whether a reply goes out. Thread-safe.
/// </summary>
public sealed class TurnRecorder
{
    private const int MaxChannelLength = 32;

    private readonly InsightsQueue? _queue;
    private readonly TextRedactor _redactor;
    private readonly bool _storesText;
    private readonly TimeProvider _time;
    private readonly RecentReplies _recent;

    /// <param name="queue">Where records go; null records nothing.</param>
    public TurnRecorder(InsightsQueue? queue, InsightsOptions options, TextRedactor redactor, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _queue = queue;
        _redactor = redactor ?? throw new ArgumentNullException(nameof(redactor));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _storesText = options.StoresText;
        _recent = new RecentReplies(time);
    }

    /// <summary>Records nothing; feedback still finds recent answers, so the user still gets a thank-you.</summary>
    public static TurnRecorder None() => new(null, new InsightsOptions(), TextRedactor.Default, TimeProvider.System);

    /// <summary>Records the reply to <paramref name="question"/> and returns the id the reply activity carries.</summary>
    public string RecordReply(Activity inbound, string question, Reply reply)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(reply);
        var replyId = ReplyIds.New();
        var kind = KindName(reply.Kind);
        var redacted = _storesText ? _redactor.Redact(question) : null;
        _queue?.TryAdd(new TurnRecord(
            replyId,
            _time.GetUtcNow(),
            Channel(inbound),
            kind,
            reply.Source?.PassageId,
            ConfidenceBand.Of(reply.Confidence),
            reply.Category,
            ReplyKindName.KeepsQuestion(kind, reply.Category) ? redacted : null));
        if (inbound.Conversation?.Id is { Length: > 0 } conversationId)
        {
            _recent.Add(replyId, conversationId, reply.Kind == ReplyKind.Answer, reply.Kind == ReplyKind.Answer ? redacted : null);
        }

        return replyId;
    }

    /// <summary>
    /// Remembers the id the channel gave a sent message of reply <paramref name="replyId"/> (the Connector's response),
    /// so feedback naming that message (Teams' <c>replyToId</c>) rates exactly that reply.
    /// </summary>
    public void LinkChannelActivity(string channelActivityId, string replyId)
    {
        ArgumentException.ThrowIfNullOrEmpty(channelActivityId);
        ArgumentException.ThrowIfNullOrEmpty(replyId);
        _recent.Link(channelActivityId, replyId);
    }

    /// <summary>Whether the bot's last reply in this conversation was an answer (typed feedback would rate it).</summary>
    public bool FollowsAnswer(Activity inbound) =>
        inbound.Conversation?.Id is { Length: > 0 } id && _recent.LastAnswer(id) is not null;

    /// <summary>
    /// Records a rating of the reply the signal names (by our reply id, or by the channel's id of its message, see
    /// <see cref="LinkChannelActivity"/>), or else of the latest answer in the conversation. A dislike
    /// carries the rated answer's redacted question so the store can show what was asked.
    /// </summary>
    public void RecordFeedback(Activity inbound, FeedbackSignal signal)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(signal);
        var conversationId = inbound.Conversation?.Id;
        var rated = signal.ReplyId is { } id
            ? _recent.Find(id)
            : (signal.ChannelActivityId is { } channelId ? _recent.FindByChannelId(channelId) : null)
              ?? (conversationId is { Length: > 0 } ? _recent.LastAnswer(conversationId) : null);
        var replyId = signal.ReplyId ?? rated?.ReplyId;
        if (signal.Via == FeedbackVia.Phrase && conversationId is { Length: > 0 })
        {
            _recent.ClearLast(conversationId);
        }

        _queue?.TryAdd(new FeedbackRecord(
            replyId,
            _time.GetUtcNow(),
            Channel(inbound),
            signal.Rating,
            signal.Via,
            _storesText ? _redactor.Redact(signal.Comment) : null,
            signal.Rating == FeedbackRating.Dislike ? rated?.Question : null));
    }

    public static string KindName(ReplyKind kind) => kind switch
    {
        ReplyKind.Answer => ReplyKindName.Answer,
        ReplyKind.Clarify => ReplyKindName.Clarify,
        ReplyKind.NoAnswer => ReplyKindName.NoAnswer,
        ReplyKind.Emergency => ReplyKindName.Emergency,
        ReplyKind.Advice => ReplyKindName.Advice,
        ReplyKind.SmallTalk => ReplyKindName.SmallTalk,
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The channel id as the store keeps it: at most 32 characters, "unknown" when absent.</summary>
    private static string Channel(Activity inbound) =>
        inbound.ChannelId is { Length: > 0 } id ? (id.Length <= MaxChannelLength ? id : id[..MaxChannelLength]) : "unknown";
}
