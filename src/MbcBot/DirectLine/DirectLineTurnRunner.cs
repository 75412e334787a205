using MbcBot.Bot.Protocol;
using MbcBot.Bot.Turns;

namespace MbcBot.DirectLine;

/// <summary>
/// Runs the shared bot logic (<see cref="IBot"/>, the same as /api/messages) for activities posted on Direct Line, in
/// the background: the POST is answered at once (Web Chat gives up after 20 s), then typing, then the replies are
/// stored and streamed. Turns of one conversation run one at a time, in order.
/// Web Chat sends its <c>webchat/join</c> event on connect; the bot sees it as the conversationUpdate adding the user,
/// which is when it welcomes (Direct Line's own user update would only come with the first message).
/// </summary>
internal sealed partial class DirectLineTurnRunner(
    IServiceScopeFactory scopes, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<DirectLineTurnRunner> logger)
{
    public const string JoinEventName = "webchat/join";
    public const string ErrorReply = "Sorry, something went wrong on my side. Please try again in a moment.";

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

        try
        {
            conversation.SendTransient(new Activity { Type = ActivityTypes.Typing, From = DirectLineAccounts.Bot }, time.GetUtcNow());
            await using var scope = scopes.CreateAsyncScope();
            var bot = scope.ServiceProvider.GetRequiredService<IBot>();
            var result = await bot.OnTurnAsync(inbound, cancellationToken);
            foreach (var reply in result.Replies)
            {
                conversation.Append(Address(reply, conversation, inbound), time.GetUtcNow());
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception e)
        {
            // The exception only: the activity's text is the patient's and is never logged.
            LogTurnFailed(e, inbound.Type);
            var apology = new Activity { Type = ActivityTypes.Message, Text = ErrorReply, TextFormat = "plain" };
            conversation.Append(Address(apology, conversation, inbound), time.GetUtcNow());
        }
    }

    /// <summary>
    /// Fields Web Chat relies on, whatever the bot set: from is the bot (role "bot"), recipient the token's user, and
    /// replyToId the echoed question's server id (none for the synthetic conversationUpdate, as on the real service).
    /// </summary>
    private static Activity Address(Activity reply, DirectLineConversation conversation, Activity inbound) => reply with
    {
        Type = reply.Type ?? ActivityTypes.Message,
        From = DirectLineAccounts.Bot with { Name = reply.From?.Name ?? DirectLineAccounts.BotName },
        Recipient = DirectLineAccounts.User(conversation.UserId),
        ReplyToId = inbound.Type == ActivityTypes.ConversationUpdate ? null : inbound.Id,
        ServiceUrl = null,
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Direct Line: the bot failed on a {ActivityType} activity")]
    private partial void LogTurnFailed(Exception exception, string? activityType);
}
