using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MbcBot.DirectLine;

/// <summary>
/// Issuing tokens (each opens one conversation): a fixed one-minute window of
/// <see cref="DirectLineOptions.TokensPerMinutePerClient"/> per client IP. Over the limit: 429 with Retry-After.
/// </summary>
internal sealed class DirectLineTokenRateLimitPolicy(IOptions<DirectLineOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "directline-token";

    private readonly DirectLineOptions _options = options.Value;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, cancellationToken) =>
        RateLimitRejection.WriteAsync(context, "Too many new conversations from this address; try again in a minute.", cancellationToken);

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var client = ClientKey.For(httpContext);
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = _options.TokensPerMinutePerClient,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }
}
