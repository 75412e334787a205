using System.Text.Json;
using MbcBot.Bot.Feedback;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Recording;
using MbcBot.Bot.Tests.Feedback;
using MbcBot.Bot.Teams;
using MbcBot.Bot.Tests.Testing;
using MbcBot.Bot.Turns;
using MbcBot.Insights;
using MbcBot.Insights.Redaction;
using MbcBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace MbcBot.Bot.Tests.Turns;

/// <summary>Citations, feedback and recording as the handler does them, with an in-memory store.</summary>
public sealed class MbcActivityHandlerFeedbackTests
{
    private readonly RecordingAnswerService _answers = new();
    private readonly RecordedInsights _store = new();

    private MbcActivityHandler CreateSut(InsightsQueue? queue = null, int retentionDays = 30) => new(
        _answers,
        new TurnRecorder(queue ?? _store.Queue, new InsightsOptions { RetentionDays = retentionDays }, TextRedactor.Default, TimeProvider.System));

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Message_WebChatAnswer_HasDefinitionClaimIdAndVotesNamingTheRecordedReply_AndNoInlineMarker()
    {
        var reply = Assert.Single((await CreateSut().OnTurnAsync(Activities.Message("what is mbc", Channels.DirectLine), Token)).Replies);

        Assert.Equal(_answers.Answer("what is mbc").Text, reply.Text![..reply.Text!.LastIndexOf("\n\n[1]: ", StringComparison.Ordinal)]);
        Assert.EndsWith($"[1]: cite:1 \"{RecordingAnswerService.Source.Title}\"", reply.Text, StringComparison.Ordinal);
        var entity = Assert.Single(reply.Entities!);
        var claim = entity.ExtensionData!["citation"][0];
        Assert.Equal("cite:1", claim.GetProperty("@id").GetString());
        var actions = entity.ExtensionData["potentialAction"].EnumerateArray().ToList();
        Assert.Equal(["LikeAction", "DislikeAction"], actions.Select(a => a.GetProperty("@type").GetString()));
        var turn = Assert.Single(_store.Turns);
        Assert.All(actions, a => Assert.Equal(CitationEntity.ReplyIdPrefix + turn.ReplyId, a.GetProperty("object").GetProperty("@id").GetString()));
        Assert.Equal(("answer", RecordingAnswerService.Source.PassageId, "directline"), (turn.Kind, turn.PassageId, turn.Channel));
        Assert.Null(turn.Question); // answers keep no text unless disliked
    }

    [Fact]
    public async Task Event_WebChatDislike_RecordsFeedbackForThatReplyWithTheRedactedQuestionAndThanks()
    {
        var sut = CreateSut();
        var answer = Assert.Single((await sut.OnTurnAsync(Activities.Message("my name is Jane Doe, what is mbc", Channels.DirectLine), Token)).Replies);
        var dislike = answer.Entities![0].ExtensionData!["potentialAction"][1];

        var result = await sut.OnTurnAsync(
            WebChatFeedbackTests.Vote("DislikeAction", dislike.GetProperty("object").GetProperty("@id").GetString()!), Token);

        Assert.Equal(FeedbackReplies.Dislike, Assert.Single(result.Replies).Text);
        var feedback = Assert.Single(_store.Feedback);
        Assert.Equal(Assert.Single(_store.Turns).ReplyId, feedback.ReplyId);
        Assert.Equal((FeedbackRating.Dislike, FeedbackVia.Button), (feedback.Rating, feedback.Via));
        Assert.Equal("my name is [name], what is mbc", feedback.Question);
    }

    [Fact]
    public async Task Event_DislikeWithRetentionZero_StoresNoText()
    {
        var sut = CreateSut(retentionDays: 0);
        var answer = Assert.Single((await sut.OnTurnAsync(Activities.Message("what is mbc", Channels.DirectLine), Token)).Replies);
        var id = answer.Entities![0].ExtensionData!["potentialAction"][1].GetProperty("object").GetProperty("@id").GetString()!;

        await sut.OnTurnAsync(WebChatFeedbackTests.Vote("DislikeAction", id), Token);

        Assert.Null(Assert.Single(_store.Feedback).Question);
    }

    [Theory]
    [InlineData("that didn't help", FeedbackRating.Dislike, RecordingAnswerService.RatedNotHelpedText)]
    [InlineData("Thanks, that helped!", FeedbackRating.Like, RecordingAnswerService.RatedHelpedText)]
    public async Task Message_ReplyThatRatesRightAfterAnAnswer_RecordsFeedbackForThatAnswer(string phrase, FeedbackRating rating, string text)
    {
        // Whether a message rates the answer is the answering core's to read (its act model): the handler asks it, and
        // records the rating its reply carries for the answer before.
        var sut = CreateSut();
        await sut.OnTurnAsync(Activities.Message("what is mbc"), Token);

        var result = await sut.OnTurnAsync(Activities.Message(phrase), Token);

        Assert.Equal(["what is mbc", phrase], _answers.Questions);
        Assert.Equal(text, Assert.Single(result.Replies).Text);
        var feedback = Assert.Single(_store.Feedback);
        var answer = _store.Turns[0];
        Assert.Equal((rating, FeedbackVia.Phrase, answer.ReplyId), (feedback.Rating, feedback.Via, feedback.ReplyId));
        Assert.Equal(2, _store.Turns.Count);
    }

    [Fact]
    public async Task Message_ReplyThatRatesWithNoAnswerBefore_NoFeedback()
    {
        await CreateSut().OnTurnAsync(Activities.Message("that didn't help"), Token);

        Assert.Equal(["that didn't help"], _answers.Questions);
        Assert.Empty(_store.Feedback);
    }

    [Fact]
    public async Task Message_SecondRatingAfterOneAnswer_RecordedOnce()
    {
        var sut = CreateSut();
        await sut.OnTurnAsync(Activities.Message("what is mbc"), Token);
        await sut.OnTurnAsync(Activities.Message("that didn't help"), Token);

        await sut.OnTurnAsync(Activities.Message("that didn't help"), Token);

        Assert.Single(_store.Feedback);
        Assert.Equal(3, _answers.Questions.Count);
    }

    [Fact]
    public async Task Message_TeamsAnswer_EnablesTheFeedbackLoopWithNumberedButtonsAndNoDefinitions()
    {
        var message = Activities.Message("what is mbc", Channels.MsTeams) with { Conversation = new ConversationAccount { Id = "a:1", ConversationType = "personal" } };

        var replies = (await CreateSut().OnTurnAsync(message, Token)).Replies;
        var reply = replies[0];

        Assert.True(reply.ChannelData!.Value.GetProperty("feedbackLoopEnabled").GetBoolean());
        Assert.Contains("[1]", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("cite:1", reply.Text, StringComparison.Ordinal);
        Assert.False(reply.Entities![0].ExtensionData!.ContainsKey("potentialAction"));
        var action = replies[1].SuggestedActions!.Actions[0];
        Assert.Equal("more about what is mbc", action.Value!.Value.GetString());
        Assert.Equal(TeamsFollowUps.Title(1), action.Title);
    }

    [Fact]
    public async Task Invoke_TeamsSubmitAction_Answers200WithoutAMessageAndRecordsTheLatestAnswerWithRedactedComment()
    {
        var sut = CreateSut();
        await sut.OnTurnAsync(Activities.Message("what is mbc", Channels.MsTeams), Token);

        var result = await sut.OnTurnAsync(TeamsFeedbackTests.SubmitAction("dislike", "{\"feedbackText\":\"mail me at a@b.org\"}"), Token);

        Assert.Equal(200, result.InvokeResponse!.Status);
        Assert.Empty(result.Replies); // Teams shows its own thank-you; a message would be the second one
        var feedback = Assert.Single(_store.Feedback);
        Assert.Equal(Assert.Single(_store.Turns).ReplyId, feedback.ReplyId);
        Assert.Equal("mail me at [email]", feedback.Comment);
    }

    [Fact]
    public async Task Invoke_TeamsSubmitActionOnAnEarlierAnswer_RatesThatAnswerByTheChannelsMessageId()
    {
        var recorder = new TurnRecorder(_store.Queue, new InsightsOptions(), TextRedactor.Default, TimeProvider.System);
        var sut = new MbcActivityHandler(_answers, recorder);
        var first = await sut.OnTurnAsync(Activities.Message("what is mbc", Channels.MsTeams), Token);
        recorder.LinkChannelActivity("1712345678901", first.ReplyId!); // the id the Connector gave the first answer
        var second = await sut.OnTurnAsync(Activities.Message("her2", Channels.MsTeams), Token);
        recorder.LinkChannelActivity("1712345678999", second.ReplyId!);

        await sut.OnTurnAsync(TeamsFeedbackTests.SubmitAction("like", null), Token); // replyToId 1712345678901

        var feedback = Assert.Single(_store.Feedback);
        Assert.Equal(first.ReplyId, feedback.ReplyId);
        Assert.Equal(_store.Turns.First().ReplyId, feedback.ReplyId);
        Assert.NotEqual(second.ReplyId, feedback.ReplyId);
    }

    [Fact]
    public async Task Invoke_TeamsSubmitActionOnAnUnknownMessage_RatesTheLatestAnswer()
    {
        var sut = CreateSut();
        await sut.OnTurnAsync(Activities.Message("what is mbc", Channels.MsTeams), Token);
        var latest = await sut.OnTurnAsync(Activities.Message("her2", Channels.MsTeams), Token);

        await sut.OnTurnAsync(TeamsFeedbackTests.SubmitAction("like", null), Token);

        Assert.Equal(latest.ReplyId, Assert.Single(_store.Feedback).ReplyId);
    }

    [Fact]
    public async Task Message_Answer_ResultNamesTheRecordedReply()
    {
        var result = await CreateSut().OnTurnAsync(Activities.Message("what is mbc", Channels.MsTeams), Token);

        Assert.Equal(Assert.Single(_store.Turns).ReplyId, result.ReplyId);
    }

    [Fact]
    public async Task MessageReaction_Like_IsRecordedWithoutAReply()
    {
        var sut = CreateSut();
        await sut.OnTurnAsync(Activities.Message("what is mbc", Channels.MsTeams), Token);
        var reaction = Activities.Message(string.Empty, Channels.MsTeams) with
        {
            Type = ActivityTypes.MessageReaction,
            Text = null,
            ReactionsAdded = [new MessageReaction { Type = "like" }],
        };

        var result = await sut.OnTurnAsync(reaction, Token);

        Assert.Empty(result.Replies);
        Assert.Equal((FeedbackRating.Like, FeedbackVia.Reaction), (Assert.Single(_store.Feedback).Rating, _store.Feedback.Single().Via));
    }

    [Fact]
    public async Task Message_FullQueue_StillAnswersAndCountsTheDroppedRecord()
    {
        var full = new InsightsQueue(1, NullLogger<InsightsQueue>.Instance);
        var sut = CreateSut(full);
        await sut.OnTurnAsync(Activities.Message("what is mbc"), Token);

        var result = await sut.OnTurnAsync(Activities.Message("what is her2"), Token);

        Assert.Single(result.Replies);
        Assert.Equal(["what is mbc", "what is her2"], _answers.Questions);
        Assert.Equal(1, full.Dropped);
    }

    [Fact]
    public async Task InstallationUpdate_PersonalAdd_WelcomesOncePerConversation()
    {
        var sut = CreateSut();
        var install = Activities.Message(string.Empty, Channels.MsTeams) with
        {
            Type = ActivityTypes.InstallationUpdate,
            Text = null,
            Action = "add",
            Conversation = new ConversationAccount { Id = "a:personal", ConversationType = "personal" },
        };
        var joined = Activities.MembersAdded(Channels.MsTeams, Activities.User) with { Conversation = install.Conversation };

        var first = await sut.OnTurnAsync(install, Token);
        var second = await sut.OnTurnAsync(joined, Token);

        Assert.Equal(_answers.Welcome().Text.Split("\n\n")[0], first.Replies[0].Text!.Split("\n\n")[0]);
        Assert.Equal(TeamsFollowUps.Lead, first.Replies[1].Text);
        Assert.Empty(second.Replies);
    }

    [Theory]
    [InlineData("remove", "personal")]
    [InlineData("add", "groupChat")]
    public async Task InstallationUpdate_RemoveOrSharedChat_SendsNothing(string action, string conversationType)
    {
        var install = Activities.Message(string.Empty, Channels.MsTeams) with
        {
            Type = ActivityTypes.InstallationUpdate,
            Text = null,
            Action = action,
            Conversation = new ConversationAccount { Id = "19:g", ConversationType = conversationType },
        };

        Assert.Empty((await CreateSut().OnTurnAsync(install, Token)).Replies);
    }

    [Fact]
    public async Task Invoke_ComposeExtensionQuery_ReturnsAdaptiveCardsFromSearch()
    {
        var query = Activities.Message(string.Empty, Channels.MsTeams) with
        {
            Type = ActivityTypes.Invoke,
            Text = null,
            Name = "composeExtension/query",
            Value = JsonSerializer.SerializeToElement(new
            {
                commandId = "searchPassages",
                parameters = new[] { new { name = "query", value = "bone pain" } },
                queryOptions = new { skip = 0, count = 25 },
            }),
        };

        var result = await CreateSut().OnTurnAsync(query, Token);

        Assert.Equal(200, result.InvokeResponse!.Status);
        var extension = result.InvokeResponse.Body!.Value.GetProperty("composeExtension");
        Assert.Equal("result", extension.GetProperty("type").GetString());
        var attachment = Assert.Single(extension.GetProperty("attachments").EnumerateArray().ToList());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var texts = card.GetProperty("body").EnumerateArray().Select(b => b.GetProperty("text").GetString()).ToList();
        Assert.Equal(["Overview", "Passage about bone pain"], texts.Take(2));
        Assert.Contains(RecordingAnswerService.Source.Publisher, texts[2], StringComparison.Ordinal);
        Assert.Equal(_answers.Disclaimer, texts[3]);
        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task Invoke_Unknown_Is501()
    {
        var invoke = Activities.Message(string.Empty, Channels.MsTeams) with { Type = ActivityTypes.Invoke, Name = "task/fetch" };

        Assert.Equal(501, (await CreateSut().OnTurnAsync(invoke, Token)).InvokeResponse!.Status);
    }
}
