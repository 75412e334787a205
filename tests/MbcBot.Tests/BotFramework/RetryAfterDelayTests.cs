using System.Net;
using System.Net.Http.Headers;
using MbcBot.BotFramework;

namespace MbcBot.Tests.BotFramework;

public sealed class RetryAfterDelayTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(5);

    private static HttpResponseMessage Throttled(RetryConditionHeaderValue? retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = retryAfter;
        return response;
    }

    [Fact]
    public void For_RetryAfterSeconds_UsesThem()
    {
        using var response = Throttled(new RetryConditionHeaderValue(TimeSpan.FromSeconds(2)));

        Assert.Equal(TimeSpan.FromSeconds(2), RetryAfterDelay.For(response, 0, Now, Max, new Random(1)));
    }

    [Fact]
    public void For_RetryAfterDate_WaitsUntilThen()
    {
        using var response = Throttled(new RetryConditionHeaderValue(Now.AddSeconds(3)));

        Assert.Equal(TimeSpan.FromSeconds(3), RetryAfterDelay.For(response, 0, Now, Max, new Random(1)));
    }

    [Fact]
    public void For_RetryAfterBeyondTheCap_IsCapped()
    {
        using var response = Throttled(new RetryConditionHeaderValue(TimeSpan.FromMinutes(10)));

        Assert.Equal(Max, RetryAfterDelay.For(response, 0, Now, Max, new Random(1)));
    }

    [Theory]
    [InlineData(0, 400, 600)]
    [InlineData(1, 800, 1200)]
    [InlineData(2, 1600, 2400)]
    public void For_NoHeader_BacksOffExponentiallyWithJitter(int attempt, double minMs, double maxMs)
    {
        using var response = Throttled(null);

        var delay = RetryAfterDelay.For(response, attempt, Now, Max, new Random(attempt));

        Assert.InRange(delay.TotalMilliseconds, minMs, maxMs);
    }
}
