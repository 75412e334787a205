using System.Text.Json;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Turns;

namespace MbcBot.Tests.DirectLine;

/// <summary>
/// A stand-in for the real bot in channel tests: welcomes a conversationUpdate that adds someone, and answers a message
/// with "Echo: text" plus one suggested action. It counts welcomes and can be told to throw.
/// </summary>
internal sealed class EchoTestBot : IBot
{
    public const string Welcome = "Welcome to the test bot.";
    public const string SuggestedValue = "tell me more";

    private int _welcomes;

    public int Welcomes => _welcomes;

    public bool Throw { get; set; }

    public List<Activity> Received { get; } = [];

    public Task<TurnResult> OnTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        lock (Received)
        {
            Received.Add(activity);
        }

        if (Throw)
        {
            throw new InvalidOperationException("test bot failure");
        }

        if (activity.Type == ActivityTypes.ConversationUpdate && activity.MembersAdded is { Count: > 0 })
        {
            Interlocked.Increment(ref _welcomes);
            return Task.FromResult(new TurnResult([Reply(activity, Welcome)]));
        }

        if (activity.Type == ActivityTypes.Message)
        {
            var reply = Reply(activity, "Echo: " + activity.Text) with
            {
                ReplyToId = activity.Id,
                SuggestedActions = new SuggestedActions
                {
                    Actions = [new CardAction { Title = "More", Value = JsonSerializer.SerializeToElement(SuggestedValue) }],
                },
            };
            return Task.FromResult(new TurnResult([reply]));
        }

        return Task.FromResult(TurnResult.Empty);
    }

    private static Activity Reply(Activity inbound, string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = inbound.Recipient,
        Recipient = inbound.From,
        Conversation = inbound.Conversation,
    };
}
