using MbcBot.Bot.Protocol;

namespace MbcBot.Bot.Turns;

/// <summary>
/// The bot logic every channel shares (/api/messages and Direct Line). One call is one turn: it receives the
/// inbound activity and returns what the bot says back. It does no I/O to channels; the caller delivers the replies.
/// Implementations are thread-safe.
/// </summary>
public interface IBot
{
    Task<TurnResult> OnTurnAsync(Activity activity, CancellationToken cancellationToken);
}
