using System.Net;

namespace MbcBot.BotFramework;

/// <summary>
/// How long to wait before retrying a throttled send: the channel's <c>Retry-After</c> (seconds or a date) when it
/// gives one, else exponential back-off with jitter, base × 2^attempt × [0.8, 1.2); always capped at the maximum.
/// </summary>
internal static class RetryAfterDelay
{
    public static readonly TimeSpan BaseDelay = TimeSpan.FromMilliseconds(500);

    public static TimeSpan For(HttpResponseMessage? response, int attempt, DateTimeOffset now, TimeSpan max, Random random)
    {
        var retryAfter = response?.Headers.RetryAfter;
        TimeSpan delay;
        if (retryAfter?.Delta is { } delta)
        {
            delay = delta;
        }
        else if (retryAfter?.Date is { } date)
        {
            delay = date - now;
        }
        else
        {
            var jitter = 0.8 + (0.4 * random.NextDouble());
            delay = BaseDelay * Math.Pow(2, attempt) * jitter;
        }

        if (delay < TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        return delay > max ? max : delay;
    }

    public static bool IsThrottled(HttpResponseMessage? response) => response?.StatusCode == HttpStatusCode.TooManyRequests;
}
