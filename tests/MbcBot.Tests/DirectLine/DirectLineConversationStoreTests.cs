using Microsoft.Extensions.Time.Testing;
using MbcBot.DirectLine;
using Microsoft.Extensions.Options;

namespace MbcBot.Tests.DirectLine;

public sealed class DirectLineConversationStoreTests
{
    private static DirectLineConversationStore Store(FakeTimeProvider clock, int max = 3) =>
        new(Options.Create(new DirectLineOptions { MaxConversations = max, MaxConversationsPerClient = max, ConversationIdleTimeout = TimeSpan.FromMinutes(10), UnusedConversationTimeout = TimeSpan.FromMinutes(10) }), clock);

    [Fact]
    public void GetOrCreate_NewConversation_KeepsHistoryWithinConfiguredCharBudget()
    {
        var options = new DirectLineOptions { MaxHistoryCharsPerConversation = 3_000 };
        var store = new DirectLineConversationStore(Options.Create(options), new FakeTimeProvider());
        var conversation = store.GetOrCreate("a", "dl_u", "10.0.0.1", out _);

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
        var store = Store(new FakeTimeProvider());

        var first = store.GetOrCreate("a", "dl_u", "10.0.0.1", out var created1);
        var second = store.GetOrCreate("a", "dl_u", "10.0.0.1", out var created2);

        Assert.Same(first, second);
        Assert.True(created1);
        Assert.False(created2);
    }

    [Fact]
    public void TryGet_IdleLongerThanTimeout_NotFoundAndRemoved()
    {
        var clock = new FakeTimeProvider();
        var store = Store(clock);
        store.GetOrCreate("a", "dl_u", "10.0.0.1", out _);
        clock.Advance(TimeSpan.FromMinutes(10));

        Assert.False(store.TryGet("a", out _));
        Assert.Equal(0, store.Count);
    }

    [Fact]
    public void TryGet_TouchedRecently_StillThere()
    {
        var clock = new FakeTimeProvider();
        var store = Store(clock);
        var conversation = store.GetOrCreate("a", "dl_u", "10.0.0.1", out _);
        clock.Advance(TimeSpan.FromMinutes(9));
        conversation.Touch(clock.GetUtcNow());
        clock.Advance(TimeSpan.FromMinutes(9));

        Assert.True(store.TryGet("a", out _));
    }

    [Fact]
    public void TryGet_UnusedLongerThanUnusedTimeout_Expires_ButAConversationWithAMessageStays()
    {
        var clock = new FakeTimeProvider();
        var store = new DirectLineConversationStore(Options.Create(new DirectLineOptions { UnusedConversationTimeout = TimeSpan.FromMinutes(5) }), clock);
        store.GetOrCreate("unused", "dl_u", "10.0.0.1", out _);
        store.GetOrCreate("used", "dl_u", "10.0.0.1", out _).MarkPosted();

        clock.Advance(TimeSpan.FromMinutes(5));

        Assert.False(store.TryGet("unused", out _));
        Assert.True(store.TryGet("used", out _));
    }

    [Fact]
    public void GetOrCreate_Full_EvictsTheLargestHoldersLongestIdleInsteadOfFailing()
    {
        var clock = new FakeTimeProvider();
        var store = Store(clock, max: 3);
        store.GetOrCreate("patient", "dl_p", "10.0.0.9", out _).MarkPosted();
        clock.Advance(TimeSpan.FromMinutes(1));
        store.GetOrCreate("flood1", "dl_f", "10.0.0.66", out _);
        clock.Advance(TimeSpan.FromMinutes(1));
        store.GetOrCreate("flood2", "dl_f", "10.0.0.66", out _);

        var newcomer = store.GetOrCreate("newcomer", "dl_n", "10.0.0.10", out var created);

        Assert.True(created);
        Assert.Same(newcomer, store.TryGet("newcomer", out var found) ? found : null);
        Assert.True(store.TryGet("patient", out _), "the single-conversation client was evicted before the flooder");
        Assert.False(store.TryGet("flood1", out _));
        Assert.True(store.TryGet("flood2", out _));
        Assert.Equal(3, store.Count);
    }

    [Fact]
    public void GetOrCreate_ClientAtItsCap_ReplacesItsOwnOldest()
    {
        var clock = new FakeTimeProvider();
        var store = new DirectLineConversationStore(Options.Create(new DirectLineOptions { MaxConversations = 100, MaxConversationsPerClient = 2 }), clock);
        store.GetOrCreate("a", "dl_u", "10.0.0.1", out _);
        clock.Advance(TimeSpan.FromSeconds(1));
        store.GetOrCreate("b", "dl_u", "10.0.0.1", out _);
        store.GetOrCreate("other", "dl_o", "10.0.0.2", out _);

        store.GetOrCreate("c", "dl_u", "10.0.0.1", out _);

        Assert.Equal(2, store.CountFor("10.0.0.1"));
        Assert.False(store.TryGet("a", out _));
        Assert.True(store.TryGet("other", out _));
    }

    [Fact]
    public void GetOrCreate_SharedShareFull_ClientWithHistoryReplacesButNewClientUsesTheReserve()
    {
        var clock = new FakeTimeProvider();
        var store = new DirectLineConversationStore(
            Options.Create(new DirectLineOptions { MaxConversations = 10, MaxConversationsPerClient = 10, NewClientReserve = 0.2 }), clock);
        for (var i = 0; i < 9; i++)
        {
            store.GetOrCreate("f" + i, "dl_f", "10.0.0.66", out _);
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(8, store.Count);
        store.GetOrCreate("new", "dl_n", "10.0.0.7", out _);
        Assert.Equal(9, store.Count);
        Assert.Equal(8, store.CountFor("10.0.0.66"));
    }

    [Fact]
    public void GetOrCreate_FloodFrom105Addresses_NewVisitorAndEarlierPatientsKeepTheirConversations()
    {
        var clock = new FakeTimeProvider();
        var store = new DirectLineConversationStore(Options.Create(new DirectLineOptions()), clock);
        var patients = Enumerable.Range(0, 20).Select(i => store.GetOrCreate("p" + i, "dl_p", $"192.168.1.{i}", out _)).ToList();
        patients.ForEach(p => p.MarkPosted());

        for (var round = 0; round < 3; round++)
        {
            for (var address = 0; address < 105; address++)
            {
                for (var i = 0; i < 10; i++)
                {
                    store.GetOrCreate($"f{round}.{address}.{i}", "dl_f", $"127.0.0.{address + 2}", out _);
                }
            }

            clock.Advance(TimeSpan.FromSeconds(20));
        }

        var visitor = store.GetOrCreate("visitor", "dl_v", "127.0.0.200", out var created);

        Assert.True(created);
        Assert.True(store.TryGet("visitor", out _));
        Assert.All(patients, p => Assert.True(store.TryGet(p.Id, out _)));
        Assert.InRange(store.Count, 1, 1000);
    }

    [Fact]
    public void NewIds_AreUrlSafeAndUserIdsCarryTheDlPrefix()
    {
        Assert.Matches("^[A-Za-z0-9_-]{22}$", DirectLineConversationStore.NewConversationId());
        Assert.Matches("^dl_[A-Za-z0-9_-]{16}$", DirectLineConversationStore.NewUserId());
    }
}
