using MbcBot.Bot.Protocol;
using MbcBot.Bot.Turns;
using MbcBot.Hosting;

namespace MbcBot.DirectLine;

/// <summary>
/// Runs the shared turn pipeline (<see cref="TurnPipeline"/>: <see cref="IBot"/>, one error boundary, one addressing
/// rule, the same as /api/messages) for activities posted on Direct Line, in the background: the POST is answered at once (Web Chat gives up after 20 s), then typing, then the replies are
/// stored and streamed. Turns of one conversation run one at a time, in order.
/// Web Chat sends its <c>webchat/join</c> event on connect; the bot sees it as the conversationUpdate adding the user,
/// which is when it welcomes (Direct Line's own user update would only come with the first message).
/// </summary>
internal sealed class DirectLineTurnRunner(TurnPipeline turns, TimeProvider time, IHostApplicationLifetime lifetime)
{
    public const string JoinEventName = "webchat/join";

    /// <summary>Starts the turn for an echoed activity, if it is one the bot handles. Returns the task for tests.</summary>
    public Task Start(DirectLineConversation conversation, Activity echoed)
    {
        var inbound = ToBotInput(conversation, echoed);
        return inbound is null ? Task.CompletedTask : conversation.EnqueueTurn(() => RunAsync(conversation, inbound));
    }

    private static Activity? ToBotInput(DirectLineConversation conversation, Activity echoed)
    {
        if (echoed.Type == ActivityTypes.Event && echoed.Name == JoinEventName)
        {
            return conversation.TryMarkJoined()
                ? echoed with
                {
                    Type = ActivityTypes.ConversationUpdate,
                    Name = null,
                    Value = null,
                    MembersAdded = [DirectLineAccounts.User(conversation.UserId)],
                }
                : null;
        }

        return echoed.Type is ActivityTypes.Message or ActivityTypes.Event ? echoed : null;
    }

    private async Task RunAsync(DirectLineConversation conversation, Activity inbound)
    {
        var cancellationToken = lifetime.ApplicationStopping;
        if (cancellationToken.IsCancellationRequested)
        {
            return;
        }

        conversation.SendTransient(new Activity { Type = ActivityTypes.Typing, From = DirectLineAccounts.Bot }, time.GetUtcNow());
        try
        {
            var result = await turns.RunAsync(inbound, cancellationToken);
            foreach (var reply in result.Replies)
            {
                conversation.Append(reply with { ServiceUrl = null }, time.GetUtcNow());
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
