using System.Text.Json.Nodes;
using MbcBot.Bot.Protocol;
using MbcBot.DirectLine;

namespace MbcBot.Tests.DirectLine;

public sealed class DirectLineConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 9, 30, 0, 123, TimeSpan.Zero);

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    [Fact]
    public void Append_SameMillisecond_TimestampsStrictlyIncrease()
    {
        var conversation = new DirectLineConversation("c", "dl_u", 10, 2, Now);

        var first = conversation.Append(Message("a"), Now.AddTicks(5));
        var second = conversation.Append(Message("b"), Now.AddTicks(9));

        Assert.Equal(Now, first.Timestamp);
        Assert.Equal(Now.AddMilliseconds(1), second.Timestamp);
    }

    [Fact]
    public void Read_PastHistoryCap_StartsAtOldestKeptAndKeepsCountingWatermark()
    {
        var conversation = new DirectLineConversation("c", "dl_u", 10, 2, Now);
        for (var i = 1; i <= 15; i++)
        {
            conversation.Append(Message("m" + i), Now);
        }

        var set = JsonNode.Parse(conversation.Read(0))!;

        Assert.Equal("15", set["watermark"]!.GetValue<string>());
        var activities = set["activities"]!.AsArray();
        Assert.Equal(10, activities.Count);
        Assert.Equal("c|0000006", activities[0]!["id"]!.GetValue<string>());
        Assert.Equal("m15", activities[^1]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void Read_PastHistoryCharBudget_DropsOldestButKeepsNewestAndCountingWatermark()
    {
        // Each stored activity is well over 1000 characters, so a 5000-character budget keeps at most four of them.
        var conversation = new DirectLineConversation("c", "dl_u", 100, 2, Now, maxHistoryChars: 5_000);
        for (var i = 1; i <= 10; i++)
        {
            conversation.Append(Message(i + new string('x', 1_200)), Now);
        }

        var set = JsonNode.Parse(conversation.Read(0))!;

        Assert.Equal("10", set["watermark"]!.GetValue<string>());
        var activities = set["activities"]!.AsArray();
        Assert.InRange(activities.Count, 1, 4);
        Assert.InRange(activities.Sum(a => a!.ToJsonString().Length), 1, 5_000);
        Assert.Equal("c|0000010", activities[^1]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void Append_SingleActivityOverCharBudget_IsStillKept()
    {
        var conversation = new DirectLineConversation("c", "dl_u", 100, 2, Now, maxHistoryChars: 100);

        conversation.Append(Message(new string('y', 500)), Now);

        Assert.Single(JsonNode.Parse(conversation.Read(0))!["activities"]!.AsArray());
    }

    [Fact]
    public void Subscribe_FromWatermark_ReplaysThenStreamsLiveFramesInOrder()
    {
        var conversation = new DirectLineConversation("c", "dl_u", 10, 2, Now);
        conversation.Append(Message("old1"), Now);
        conversation.Append(Message("old2"), Now);

        var stream = conversation.Subscribe(1);
        conversation.Append(Message("new"), Now);

        Assert.True(stream.Frames.TryRead(out var replay));
        Assert.True(stream.Frames.TryRead(out var live));
        Assert.Equal(["old2"], Texts(replay!));
        Assert.Equal(["new"], Texts(live!));
        Assert.Equal("3", JsonNode.Parse(live!)!["watermark"]!.GetValue<string>());
    }

    [Fact]
    public void SendTransient_Typing_GoesToStreamsWithoutWatermarkAndIsNotStored()
    {
        var conversation = new DirectLineConversation("c", "dl_u", 10, 2, Now);
        var stream = conversation.Subscribe(0);

        conversation.SendTransient(new Activity { Type = ActivityTypes.Typing }, Now);

        Assert.True(stream.Frames.TryRead(out var frame));
        Assert.Null(JsonNode.Parse(frame!)!["watermark"]);
        Assert.Equal(0, conversation.Watermark);
    }

    [Fact]
    public void Subscribe_MoreThanMaxStreams_ClosesTheOldest()
    {
        var conversation = new DirectLineConversation("c", "dl_u", 10, 2, Now);
        var oldest = conversation.Subscribe(0);
        conversation.Subscribe(0);

        conversation.Subscribe(0);

        Assert.True(oldest.Frames.Completion.IsCompleted);
    }

    [Fact]
    public void Enqueue_SubscriberFallsBehind_StreamIsClosedNotGrown()
    {
        var conversation = new DirectLineConversation("c", "dl_u", 1000, 2, Now);
        var stream = conversation.Subscribe(0);

        for (var i = 0; i <= DirectLineStream.Capacity; i++)
        {
            conversation.Append(Message("m"), Now);
        }

        Assert.Equal(DirectLineStream.Capacity, stream.Frames.Count);
        Assert.True(stream.Frames.TryRead(out _));
        Assert.Equal(DirectLineStream.Capacity - 1, stream.Frames.Count);
    }

    [Fact]
    public void TryMarkJoined_Twice_TrueOnlyFirst()
    {
        var conversation = new DirectLineConversation("c", "dl_u", 10, 2, Now);

        Assert.True(conversation.TryMarkJoined());
        Assert.False(conversation.TryMarkJoined());
    }

    private static string[] Texts(string frame) =>
        JsonNode.Parse(frame)!["activities"]!.AsArray().Select(a => a!["text"]!.GetValue<string>()).ToArray();

    [Fact]
    public async Task EnqueueTurn_FirstTurnStillRunning_LaterTurnsWaitThenRunInPostedOrder()
    {
        var conversation = new DirectLineConversation("c", "dl_u", 10, 2, Now);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var order = new System.Collections.Concurrent.ConcurrentQueue<int>();

        var first = conversation.EnqueueTurn(async () =>
        {
            await release.Task;
            order.Enqueue(1);
        });
        var later = Enumerable.Range(2, 30)
            .Select(i => conversation.EnqueueTurn(() =>
            {
                order.Enqueue(i);
                return Task.CompletedTask;
            }))
            .ToArray();

        Assert.Empty(order);
        release.SetResult();
        await Task.WhenAll(later.Prepend(first));
        Assert.Equal(Enumerable.Range(1, 31), order);
    }

    [Fact]
    public async Task EnqueueTurn_EarlierTurnThrows_LaterTurnsStillRun()
    {
        var conversation = new DirectLineConversation("c", "dl_u", 10, 2, Now);
        var ran = false;

        var failing = conversation.EnqueueTurn(() => throw new InvalidOperationException("bot failed"));
        await conversation.EnqueueTurn(() =>
        {
            ran = true;
            return Task.CompletedTask;
        });

        Assert.True(ran);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
    }
}
