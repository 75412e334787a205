using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MbcBot.DirectLine;

/// <summary>
/// Posting activities: a token bucket per conversation (burst <see cref="DirectLineOptions.PostBurstPerConversation"/>,
/// refilled at <see cref="DirectLineOptions.PostsPerMinutePerConversation"/>), so one page cannot flood the bot.
/// Over the limit: 429 with an ErrorResponse, which Web Chat shows as "Send failed" on that message.
/// Conversations themselves are limited per client IP by <see cref="DirectLineTokenRateLimitPolicy"/>.
/// </summary>
internal sealed class DirectLinePostRateLimitPolicy(IOptions<DirectLineOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "directline-post";

    private readonly DirectLineOptions _options = options.Value;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, cancellationToken) =>
        RateLimitRejection.WriteAsync(context, "Too many messages; wait a moment and try again.", cancellationToken);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var conversationId = httpContext.Request.RouteValues["conversationId"] as string ?? "";
        return RateLimitPartition.GetTokenBucketLimiter(conversationId, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = _options.PostBurstPerConversation,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / _options.PostsPerMinutePerConversation,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
