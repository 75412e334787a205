using System.Text.Json;
using MbcBot.Answering;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Teams;

namespace MbcBot.Bot.Turns;

/// <summary>
/// Turns a channel-independent <see cref="Reply"/> into a message activity: Markdown text (Teams gets its renderable
/// subset), the follow-up questions as imBack suggested actions (the click posts the question back as the user's text;
/// left out when empty, spec A7701), and for answers only the source as a <see cref="CitationEntity"/>.
/// The result is not yet addressed; <see cref="ActivityHandler"/> does that.
/// </summary>
public static class ReplyActivity
{
    /// <summary>Teams shows only the first three suggested actions.</summary>
    public const int MaxSuggestedActions = 3;

    public static Activity From(Reply reply, Activity inbound)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(inbound);
        var isTeams = string.Equals(inbound.ChannelId, Channels.MsTeams, StringComparison.Ordinal);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = isTeams ? TeamsMarkdown.Adapt(reply.Text) : reply.Text,
            TextFormat = TextFormats.Markdown,
            InputHint = "acceptingInput",
            SuggestedActions = ShowsSuggestedActions(inbound, isTeams) ? Suggestions(reply.SuggestedQuestions) : null,
            Entities = reply is { Kind: ReplyKind.Answer, Source: { } source } ? [CitationEntity.From(source)] : null,
        };
    }

    // Teams renders suggested actions in one-to-one chats only; elsewhere they would be dropped silently.
    private static bool ShowsSuggestedActions(Activity inbound, bool isTeams) =>
        !isTeams || inbound.Conversation?.ConversationType is null or "personal";

    private static SuggestedActions? Suggestions(IReadOnlyList<string> questions)
    {
        var actions = questions
            .Where(question => !string.IsNullOrWhiteSpace(question))
            .Take(MaxSuggestedActions)
            .Select(question => new CardAction
            {
                Type = "imBack",
                Title = question,
                Value = JsonSerializer.SerializeToElement(question),
            })
            .ToList();
        return actions.Count == 0 ? null : new SuggestedActions { Actions = actions };
    }
}
