using MbcBot.BotFramework;
using MbcBot.Tests.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MbcBot.Tests.BotFramework;

/// <summary>Issue 10, finding 5: a body that stalls is any client's to cause, so it ends with 408 and one warning line.</summary>
public sealed class ActivityBodyReaderTests
{
    private static readonly ActivityLimits Limits = new(64 * 1024, 2_000, 20);

    [Fact]
    public async Task ReadAsync_BodyArrivesTooSlowly_Returns408AndLogsOneWarningWithoutStackTrace()
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/api/messages";
        context.Request.Body = new StalledStream();
        var logs = new CapturingLoggerProvider();
        var logger = logs.CreateLogger("test");

        var result = await ActivityBodyReader.ReadAsync(context.Request, Limits, logger, TestContext.Current.CancellationToken);

        Assert.Equal(StatusCodes.Status408RequestTimeout, result.Status);
        Assert.Null(result.Activity);
        var entry = Assert.Single(logs.Entries);
        Assert.Contains("408", entry.Text);
        Assert.DoesNotContain(" at ", entry.Text);
    }

    [Theory]
    [InlineData(20, true)]
    [InlineData(21, false)]
    public void Parse_EntitiesAtAndOverTheLimit_CountedBeforeAnyIsBuilt(int count, bool accepted)
    {
        var entities = string.Join(',', Enumerable.Repeat("""{"type":"mention","mentioned":{"id":"29:1"},"text":"<at>a</at>"}""", count));
        var json = "{\"type\":\"message\",\"text\":\"hi\",\"entities\":[" + entities
            + "],\"channelData\":{\"entities\":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22]}}";

        var result = ActivityBodyReader.Parse(System.Text.Encoding.UTF8.GetBytes(json), Limits);

        Assert.Equal(accepted, result.Activity is not null);
    }

    /// <summary>What Kestrel's minimum request body data rate does to a slow body: the read throws 408.</summary>
    private sealed class StalledStream : MemoryStream
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromException<int>(new BadHttpRequestException("Reading the request body timed out due to data arriving too slowly.", StatusCodes.Status408RequestTimeout));
    }
}
