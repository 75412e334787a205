using MbcBot.Answering;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Teams;

namespace MbcBot.Bot.Turns;

/// <summary>
/// MbcBot's turn logic for every channel: a message is answered by <see cref="IAnswerService"/> (after removing the
/// bot's Teams @mention), and a user joining gets the welcome. Everything else keeps the <see cref="ActivityHandler"/>
/// defaults (ignored; invoke → 501). Stateless and thread-safe.
/// </summary>
public sealed class MbcActivityHandler(IAnswerService answers) : ActivityHandler
{
    private readonly IAnswerService _answers = answers ?? throw new ArgumentNullException(nameof(answers));

    protected override Task<TurnResult> OnMessageActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var question = RecipientMention.RemoveFrom(activity);
        var reply = activity.Conversation?.Id is { Length: > 0 } conversationId
            ? _answers.Answer(question, conversationId)
            : _answers.Answer(question);
        return Task.FromResult(new TurnResult([ReplyActivity.From(reply, activity)]));
    }

    /// <summary>One welcome per update, however many users joined (the Emulator adds bot and user in one update).</summary>
    protected override Task<TurnResult> OnMembersAddedAsync(
        IReadOnlyList<ChannelAccount> membersAdded, Activity activity, CancellationToken cancellationToken)
    {
        var welcome = _answers.Welcome();
        return Task.FromResult(new TurnResult([ReplyActivity.From(welcome, activity)]));
    }
}
