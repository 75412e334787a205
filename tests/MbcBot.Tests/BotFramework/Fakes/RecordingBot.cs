using System.Collections.Concurrent;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Turns;

namespace MbcBot.Tests.BotFramework.Fakes;

/// <summary>An <see cref="IBot"/> that records the activity each turn received and sends scripted replies, addressed as the real handler does.</summary>
internal sealed class RecordingBot : IBot
{
    public ConcurrentQueue<Activity> Turns { get; } = new();

    /// <summary>The unaddressed replies to send for an inbound activity.</summary>
    public Func<Activity, IReadOnlyList<Activity>> Replies { get; set; } = _ => [];

    public Task<TurnResult> OnTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        Turns.Enqueue(activity);
        var replies = Replies(activity).Select(reply => ReplyAddressing.Address(activity, reply)).ToList();
        return Task.FromResult(new TurnResult(replies));
    }
}
