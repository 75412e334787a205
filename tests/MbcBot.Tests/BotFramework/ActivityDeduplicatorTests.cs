using Microsoft.Extensions.Time.Testing;
using MbcBot.BotFramework;
using MbcBot.Tests.BotFramework.Fakes;

namespace MbcBot.Tests.BotFramework;

public sealed class ActivityDeduplicatorTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    private ActivityDeduplicator CreateSut(int capacity = 100) => new(_time, TimeSpan.FromMinutes(2), capacity);

    [Fact]
    public void TryRegister_SameKeyTwice_IsRefusedTheSecondTime()
    {
        var sut = CreateSut();

        Assert.True(sut.TryRegister("msteams", "a:1", "42"));
        Assert.False(sut.TryRegister("msteams", "a:1", "42"));
    }

    [Theory]
    [InlineData("webchat", "a:1", "42")]
    [InlineData("msteams", "a:2", "42")]
    [InlineData("msteams", "a:1", "43")]
    public void TryRegister_AnyPartDiffers_IsANewActivity(string channelId, string conversationId, string id)
    {
        var sut = CreateSut();
        sut.TryRegister("msteams", "a:1", "42");

        Assert.True(sut.TryRegister(channelId, conversationId, id));
    }

    [Fact]
    public void TryRegister_AfterTheWindow_IsANewActivity()
    {
        var sut = CreateSut();
        sut.TryRegister("msteams", "a:1", "42");

        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.True(sut.TryRegister("msteams", "a:1", "42"));
    }

    [Fact]
    public void TryRegister_BeyondCapacity_ForgetsTheOldestAndStaysBounded()
    {
        var sut = CreateSut(capacity: 16);
        for (var i = 0; i < 1000; i++)
        {
            sut.TryRegister("msteams", "a:1", i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(16, sut.Count);
        Assert.True(sut.TryRegister("msteams", "a:1", "0"));
        Assert.False(sut.TryRegister("msteams", "a:1", "999"));
    }

    [Fact]
    public void TryRegister_ExpiredEntries_AreEvicted()
    {
        var sut = CreateSut();
        sut.TryRegister("msteams", "a:1", "1");
        sut.TryRegister("msteams", "a:1", "2");

        _time.Advance(TimeSpan.FromMinutes(3));
        sut.TryRegister("msteams", "a:1", "3");

        Assert.Equal(1, sut.Count);
    }
}
