using System.Text.Json;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Tests.Testing;
using MbcBot.Bot.Turns;

namespace MbcBot.Bot.Tests.Turns;

public sealed class ActivityHandlerTests
{
    /// <summary>Records which template method ran; message and members-added each send one reply.</summary>
    private sealed class RecordingHandler : ActivityHandler
    {
        public List<string> Calls { get; } = [];

        public IReadOnlyList<ChannelAccount>? Added { get; private set; }

        protected override Task<TurnResult> OnMessageActivityAsync(Activity activity, CancellationToken cancellationToken)
        {
            Calls.Add("message");
            return Task.FromResult(new TurnResult([new Activity { Text = "echo" }]));
        }

        protected override Task<TurnResult> OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, Activity activity, CancellationToken cancellationToken)
        {
            Calls.Add("membersAdded");
            Added = membersAdded;
            return Task.FromResult(new TurnResult([new Activity { Text = "welcome" }]));
        }

        protected override Task<TurnResult> OnMembersRemovedAsync(IReadOnlyList<ChannelAccount> membersRemoved, Activity activity, CancellationToken cancellationToken)
        {
            Calls.Add("membersRemoved");
            return Task.FromResult(TurnResult.Empty);
        }

        protected override Task<TurnResult> OnEventActivityAsync(Activity activity, CancellationToken cancellationToken)
        {
            Calls.Add("event");
            return base.OnEventActivityAsync(activity, cancellationToken);
        }
    }

    [Fact]
    public async Task OnTurnAsync_Message_DispatchesAndAddressesTheReply()
    {
        var handler = new RecordingHandler();

        var result = await handler.OnTurnAsync(Activities.Message("hi"), TestContext.Current.CancellationToken);

        Assert.Equal(["message"], handler.Calls);
        var reply = Assert.Single(result.Replies);
        Assert.Equal(Activities.Bot, reply.From);
        Assert.Equal("act-1", reply.ReplyToId);
        Assert.Null(result.InvokeResponse);
    }

    [Fact]
    public async Task OnTurnAsync_BotAndUserAdded_PassesOnlyTheUser()
    {
        var handler = new RecordingHandler();

        await handler.OnTurnAsync(Activities.MembersAdded(Channels.Emulator, Activities.Bot, Activities.User), TestContext.Current.CancellationToken);

        Assert.Equal(["membersAdded"], handler.Calls);
        Assert.Equal([Activities.User], handler.Added);
    }

    [Fact]
    public async Task OnTurnAsync_OnlyBotAdded_DoesNothing()
    {
        var handler = new RecordingHandler();

        var result = await handler.OnTurnAsync(Activities.MembersAdded(Channels.DirectLine, Activities.Bot), TestContext.Current.CancellationToken);

        Assert.Empty(handler.Calls);
        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task OnTurnAsync_MembersAddedPresent_IgnoresMembersRemoved()
    {
        var handler = new RecordingHandler();
        var update = Activities.MembersAdded(Channels.Emulator, Activities.Bot) with { MembersRemoved = [Activities.User] };

        await handler.OnTurnAsync(update, TestContext.Current.CancellationToken);

        Assert.Empty(handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_OnlyMembersRemoved_RaisesMembersRemoved()
    {
        var handler = new RecordingHandler();
        var update = Activities.MembersAdded(Channels.Emulator) with { MembersAdded = null, MembersRemoved = [Activities.User] };

        await handler.OnTurnAsync(update, TestContext.Current.CancellationToken);

        Assert.Equal(["membersRemoved"], handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_UnhandledInvoke_Answers501()
    {
        var invoke = Activities.Message(string.Empty) with { Type = ActivityTypes.Invoke, Name = "task/fetch", Value = JsonSerializer.SerializeToElement(new { a = 1 }) };

        var result = await new RecordingHandler().OnTurnAsync(invoke, TestContext.Current.CancellationToken);

        Assert.Equal(501, result.InvokeResponse?.Status);
        Assert.Empty(result.Replies);
    }

    [Theory]
    [InlineData("messageReaction")]
    [InlineData("somethingNew")]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.EndOfConversation)]
    [InlineData(ActivityTypes.InstallationUpdate)]
    public async Task OnTurnAsync_TypesWithoutBehaviour_ReturnNothing(string type)
    {
        var handler = new RecordingHandler();

        var result = await handler.OnTurnAsync(Activities.Message("x") with { Type = type }, TestContext.Current.CancellationToken);

        Assert.Empty(result.Replies);
        Assert.Null(result.InvokeResponse);
        Assert.Empty(handler.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_EventWithUnknownName_IsDispatchedAndIgnored()
    {
        var handler = new RecordingHandler();

        var result = await handler.OnTurnAsync(Activities.Message("x") with { Type = ActivityTypes.Event, Name = "SetTestOptions" }, TestContext.Current.CancellationToken);

        Assert.Equal(["event"], handler.Calls);
        Assert.Empty(result.Replies);
    }
}
