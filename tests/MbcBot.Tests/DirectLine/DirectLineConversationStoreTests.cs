using MbcBot.DirectLine;
using Microsoft.Extensions.Options;

namespace MbcBot.Tests.DirectLine;

public sealed class DirectLineConversationStoreTests
{
    private static DirectLineConversationStore Store(ManualTimeProvider clock, int max = 3) =>
        new(Options.Create(new DirectLineOptions { MaxConversations = max, ConversationIdleTimeout = TimeSpan.FromMinutes(10) }), clock);

    [Fact]
    public void GetOrCreate_NewConversation_KeepsHistoryWithinConfiguredCharBudget()
    {
        var options = new DirectLineOptions { MaxHistoryCharsPerConversation = 3_000 };
        var store = new DirectLineConversationStore(Options.Create(options), new ManualTimeProvider());
        var conversation = store.GetOrCreate("a", "dl_u", out _)!;

        for (var i = 0; i < 5; i++)
        {
            conversation.Append(new MbcBot.Bot.Protocol.Activity { Type = "message", Text = new string('x', 1_200) }, DateTimeOffset.UnixEpoch);
        }

        var kept = System.Text.Json.Nodes.JsonNode.Parse(conversation.Read(0))!["activities"]!.AsArray();
        Assert.InRange(kept.Count, 1, 2);
    }

    [Fact]
    public void GetOrCreate_SameIdTwice_CreatesOnce()
    {
        var store = Store(new ManualTimeProvider());

        var first = store.GetOrCreate("a", "dl_u", out var created1);
        var second = store.GetOrCreate("a", "dl_u", out var created2);

        Assert.Same(first, second);
        Assert.True(created1);
        Assert.False(created2);
    }

    [Fact]
    public void TryGet_IdleLongerThanTimeout_NotFoundAndRemoved()
    {
        var clock = new ManualTimeProvider();
        var store = Store(clock);
        store.GetOrCreate("a", "dl_u", out _);
        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.False(store.TryGet("a", out _));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void TryGet_TouchedRecently_StillThere()
    {
        var clock = new ManualTimeProvider();
        var store = Store(clock);
        var conversation = store.GetOrCreate("a", "dl_u", out _)!;
        clock.Advance(TimeSpan.FromMinutes(9));
        conversation.Touch(clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(9));

        Assert.True(store.TryGet("a", out _));
    }

    [Fact]
    public void GetOrCreate_Full_ReturnsNullUntilOneExpires()
    {
        var clock = new ManualTimeProvider();
        var store = Store(clock, max: 2);
        store.GetOrCreate("a", "dl_u", out _);
        clock.Advance(TimeSpan.FromMinutes(5));
        store.GetOrCreate("b", "dl_u", out _);

        Assert.Null(store.GetOrCreate("c", "dl_u", out _));
        clock.Advance(TimeSpan.FromMinutes(5));
        Assert.NotNull(store.GetOrCreate("c", "dl_u", out _));
        Assert.False(store.TryGet("a", out _));
        Assert.True(store.TryGet("b", out _));
    }

    [Fact]
    public void NewIds_AreUrlSafeAndUserIdsCarryTheDlPrefix()
    {
        Assert.Matches("^[A-Za-z0-9_-]{22}$", DirectLineConversationStore.NewConversationId());
        Assert.Matches("^dl_[A-Za-z0-9_-]{16}$", DirectLineConversationStore.NewUserId());
    }
}
