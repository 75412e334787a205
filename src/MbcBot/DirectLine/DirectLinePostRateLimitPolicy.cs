using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MbcBot.DirectLine;

/// <summary>
/// Posting activities. A post whose token is valid for the route's conversation draws on that conversation's token
/// bucket (burst <see cref="DirectLineOptions.PostBurstPerConversation"/>, refilled at
/// <see cref="DirectLineOptions.PostsPerMinutePerConversation"/>), so one page cannot flood the bot. A post without
/// such a token never touches that bucket (otherwise anyone knowing a conversation id could spend its owner's
/// limit); it is limited per client instead (<see cref="UnauthorizedPerMinutePerClient"/>) and then refused by the
/// handler. Over a limit: 429 with an ErrorResponse, which Web Chat shows as "Send failed" on that message.
/// The token check is an HMAC over at most 2 KB, the same one the handler repeats.
/// </summary>
internal sealed class DirectLinePostRateLimitPolicy(IOptions<DirectLineOptions> options, DirectLineTokenService tokens) : IRateLimiterPolicy<string>
{
    public const string Name = "directline-post";

    /// <summary>Unauthorised posts (they only earn a 401/403) one client may make per minute.</summary>
    public const int UnauthorizedPerMinutePerClient = 60;

    private readonly DirectLineOptions _options = options.Value;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, cancellationToken) =>
        RateLimitRejection.WriteAsync(context, "Too many messages; wait a moment and try again.", cancellationToken);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var conversationId = httpContext.Request.RouteValues["conversationId"] as string ?? "";
        var check = tokens.Check(DirectLineAuthorization.BearerToken(httpContext.Request), DirectLineToken.ConversationScope);
        if (check.Token?.ConversationId != conversationId)
        {
            return RateLimitPartition.GetFixedWindowLimiter("anonymous|" + ClientKey.For(httpContext), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = UnauthorizedPerMinutePerClient,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        }

        return RateLimitPartition.GetTokenBucketLimiter("conversation|" + conversationId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = _options.PostBurstPerConversation,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / _options.PostsPerMinutePerConversation,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
