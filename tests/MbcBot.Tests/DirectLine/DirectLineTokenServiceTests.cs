using Microsoft.Extensions.Time.Testing;
using MbcBot.DirectLine;
using Microsoft.Extensions.Options;

namespace MbcBot.Tests.DirectLine;

public sealed class DirectLineTokenServiceTests
{
    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private static DirectLineTokenService Service(TimeProvider time, string? key = null) =>
        new(Options.Create(new DirectLineOptions { TokenSigningKey = key ?? Key }), time);

    [Fact]
    public void Check_FreshToken_ReturnsItsConversationUserAndExpiry()
    {
        var clock = new FakeTimeProvider();
        var service = Service(clock);

        var check = service.Check(service.Issue("conv1", "dl_user", DirectLineToken.ConversationScope, TimeSpan.FromMinutes(30)), DirectLineToken.ConversationScope);

        Assert.Equal(TokenFailure.None, check.Failure);
        Assert.Equal(new DirectLineToken("conv1", "dl_user", DirectLineToken.ConversationScope, clock.GetUtcNow().AddMinutes(30)), check.Token);
    }

    [Fact]
    public void Check_AtExpiry_ReturnsExpired()
    {
        var clock = new FakeTimeProvider();
        var service = Service(clock);
        var token = service.Issue("conv1", "dl_user", DirectLineToken.ConversationScope, TimeSpan.FromMinutes(30));
        clock.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(TokenFailure.Expired, service.Check(token, DirectLineToken.ConversationScope).Failure);
    }

    [Fact]
    public void Check_OtherScope_ReturnsInvalid()
    {
        var service = Service(new FakeTimeProvider());
        var ticket = service.Issue("conv1", "dl_user", DirectLineToken.StreamScope, TimeSpan.FromMinutes(1));

        Assert.Equal(TokenFailure.Invalid, service.Check(ticket, DirectLineToken.ConversationScope).Failure);
    }

    [Fact]
    public void Check_SignedWithAnotherKey_ReturnsInvalid()
    {
        var clock = new FakeTimeProvider();
        var other = Service(clock, Convert.ToBase64String(new byte[32]));
        var token = other.Issue("conv1", "dl_user", DirectLineToken.ConversationScope, TimeSpan.FromMinutes(30));

        Assert.Equal(TokenFailure.Invalid, Service(clock).Check(token, DirectLineToken.ConversationScope).Failure);
    }

    [Fact]
    public void Check_PayloadSwappedFromAnotherToken_ReturnsInvalid()
    {
        var service = Service(new FakeTimeProvider());
        var mine = service.Issue("conv1", "dl_me", DirectLineToken.ConversationScope, TimeSpan.FromMinutes(30)).Split('.');
        var theirs = service.Issue("conv2", "dl_them", DirectLineToken.ConversationScope, TimeSpan.FromMinutes(30)).Split('.');

        var forged = $"{mine[0]}.{theirs[1]}.{mine[2]}";

        Assert.Equal(TokenFailure.Invalid, service.Check(forged, DirectLineToken.ConversationScope).Failure);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b.c.d")]
    [InlineData("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.!!!")]
    [InlineData("eyJhbGciOiJub25lIn0.e30.")]
    public void Check_Garbage_ReturnsInvalidWithoutThrowing(string? token)
    {
        Assert.Equal(TokenFailure.Invalid, Service(new FakeTimeProvider()).Check(token, DirectLineToken.ConversationScope).Failure);
    }

    [Fact]
    public void Issue_TwiceForSameConversation_GivesDifferentTokens()
    {
        var service = Service(new FakeTimeProvider());

        Assert.NotEqual(
            service.Issue("c", "dl_u", DirectLineToken.ConversationScope, TimeSpan.FromMinutes(1)),
            service.Issue("c", "dl_u", DirectLineToken.ConversationScope, TimeSpan.FromMinutes(1)));
    }
}
