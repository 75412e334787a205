using System.Text.Json;
using MbcBot.Answering;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Teams;

namespace MbcBot.Bot.Turns;

/// <summary>
/// Turns a channel-independent <see cref="Reply"/> into a message activity:
/// <list type="bullet">
/// <item>Markdown text (Teams gets its renderable subset, <see cref="TeamsMarkdown"/>); an answer carries its sources
/// as a <see cref="CitationEntity"/>, and its text a <c>[n]</c> marker per source in Teams
/// (<see cref="CitationMarkers"/>) or the <c>[n]: cite:n</c> definitions everywhere else
/// (<see cref="ReferenceDefinitions"/>);</item>
/// <item>feedback on answers when a reply id is given: Web Chat's like/dislike actions in the entity, Teams'
/// feedback loop (<c>channelData.feedbackLoopEnabled</c>);</item>
/// <item>the follow-up questions as imBack suggested actions whose value is the question (the click posts it back as
/// the user's text; left out when empty, spec A7701). In Teams, which clips titles, the title is the question's number
/// and the questions are written out in the message (<see cref="TeamsFollowUps"/>).</item>
/// </list>
/// The result is not yet addressed; <see cref="ActivityHandler"/> does that.
/// Teams (and the Agents Playground) render a message that carries suggested actions as an "action" message whose text
/// is shown without Markdown (raw <c>**</c>, paragraphs run together), so <see cref="ForChannel"/> sends Teams the
/// reply as two activities: the text (Markdown, citations, feedback, the follow-up questions written out) and then the
/// suggested actions under <see cref="TeamsFollowUps.Lead"/>.
/// </summary>
public static class ReplyActivity
{
    /// <summary>Teams shows only the first three suggested actions.</summary>
    public const int MaxSuggestedActions = 3;

    private static readonly JsonElement FeedbackLoopChannelData =
        JsonSerializer.SerializeToElement(new Dictionary<string, bool> { ["feedbackLoopEnabled"] = true });

    /// <param name="reply">What to say.</param>
    /// <param name="inbound">The activity replied to (channel, conversation type).</param>
    /// <param name="replyId">The id feedback will name (<see cref="Recording.TurnRecorder"/>); null offers no feedback.</param>
    /// <param name="disclaimer">The fixed disclaimer, so a marker without a source line goes before it.</param>
    public static Activity From(Reply reply, Activity inbound, string? replyId = null, string? disclaimer = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(inbound);
        var isTeams = string.Equals(inbound.ChannelId, Channels.MsTeams, StringComparison.Ordinal);
        var text = isTeams ? TeamsMarkdown.Adapt(reply.Text) : reply.Text;
        var cites = reply.Kind == ReplyKind.Answer && reply.Sources.Count > 0;
        if (cites)
        {
            text = isTeams ? CitationMarkers.Add(text, reply.Sources, disclaimer) : ReferenceDefinitions.Append(text, reply.Sources);
        }

        var suggestions = ShowsSuggestedActions(inbound, isTeams) ? Suggestions(reply.SuggestedQuestions, isTeams) : null;
        if (isTeams && suggestions is not null)
        {
            text = TeamsFollowUps.AddTo(text, reply, suggestions.Actions.Select(a => a.Value!.Value.GetString()!).ToList(), disclaimer);
        }

        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            TextFormat = TextFormats.Markdown,
            InputHint = "acceptingInput",
            SuggestedActions = suggestions,
            Entities = cites ? [CitationEntity.From(reply.Sources, isTeams ? null : replyId, includeText: !isTeams)] : null,
            ChannelData = cites && isTeams && replyId is not null ? FeedbackLoopChannelData : null,
        };
    }

    /// <summary>The activities for <paramref name="reply"/> on the inbound activity's channel (see the class remarks).</summary>
    public static IReadOnlyList<Activity> ForChannel(Reply reply, Activity inbound, string? replyId = null, string? disclaimer = null)
    {
        var activity = From(reply, inbound, replyId, disclaimer);
        var isTeams = string.Equals(inbound.ChannelId, Channels.MsTeams, StringComparison.Ordinal);
        if (!isTeams || activity.SuggestedActions is null)
        {
            return [activity];
        }

        var suggestions = Plain(TeamsFollowUps.Lead) with { SuggestedActions = activity.SuggestedActions };
        return [activity with { SuggestedActions = null }, suggestions];
    }

    /// <summary>A plain message with no sources, actions or feedback (thank-yous).</summary>
    public static Activity Plain(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = TextFormats.Plain,
        InputHint = "acceptingInput",
    };

    // Teams renders suggested actions in one-to-one chats only; elsewhere they would be dropped silently.
    private static bool ShowsSuggestedActions(Activity inbound, bool isTeams) =>
        !isTeams || inbound.Conversation?.ConversationType is null or "personal";

    private static SuggestedActions? Suggestions(IReadOnlyList<string> questions, bool isTeams)
    {
        var actions = questions
            .Where(question => !string.IsNullOrWhiteSpace(question))
            .Take(MaxSuggestedActions)
            .Select((question, index) => new CardAction
            {
                Type = "imBack",
                Title = isTeams ? TeamsFollowUps.Title(index + 1) : question,
                Value = JsonSerializer.SerializeToElement(question),
            })
            .ToList();
        return actions.Count == 0 ? null : new SuggestedActions { Actions = actions };
    }
}
