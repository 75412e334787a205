using System.Text.Json;
using MbcBot.Bot.Protocol;
using MbcBot.Bot.Teams;
using MbcBot.Bot.Tests.Testing;
using MbcBot.Bot.Turns;

namespace MbcBot.Bot.Tests.Turns;

public sealed class MbcActivityHandlerTests
{
    private readonly RecordingAnswerService _answers = new();

    private MbcActivityHandler CreateSut() => new(_answers);

    [Fact]
    public async Task OnTurnAsync_Message_RepliesWithTheAnswerAsMarkdown()
    {
        var result = await CreateSut().OnTurnAsync(Activities.Message("what is mbc"), TestContext.Current.CancellationToken);

        var reply = Assert.Single(result.Replies);
        Assert.Equal(["what is mbc"], _answers.Questions);
        Assert.StartsWith(_answers.Answer("what is mbc").Text.Split("\n\n")[0], reply.Text, StringComparison.Ordinal);
        Assert.Equal(TextFormats.Markdown, reply.TextFormat);
        Assert.Equal("act-1", reply.ReplyToId);
    }

    [Fact]
    public async Task OnTurnAsync_Message_OffersFollowUpsAsImBack()
    {
        var result = await CreateSut().OnTurnAsync(Activities.Message("her2"), TestContext.Current.CancellationToken);

        var actions = Assert.Single(result.Replies).SuggestedActions!.Actions;
        Assert.Equal(3, actions.Count);
        Assert.All(actions, action => Assert.Equal("imBack", action.Type));
        Assert.Equal("more about her2", actions[0].Value!.Value.GetString());
        Assert.Equal("more about her2", actions[0].Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    // What Teams (the Agents Playground 0.2.28) sends for a card inserted from the message extension.
    [InlineData("\n<span class=\"inline-compose-card\" itemid=\"0\" itemtype=\"http://schema.skype.com/InputExtension\">\n  <span content=\"0\" itemprop=\"cardId\"></span>\n</span>\n")]
    public async Task OnTurnAsync_SharedCardWithoutText_NoReplyAndNothingAsked(string text)
    {
        var card = new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = JsonSerializer.SerializeToElement(new { type = "AdaptiveCard" }) };
        var activity = Activities.Message(text, Channels.MsTeams) with { Attachments = [card] };

        var result = await CreateSut().OnTurnAsync(activity, TestContext.Current.CancellationToken);

        Assert.Empty(result.Replies);
        Assert.Empty(_answers.Questions);
        Assert.Null(result.ReplyId);
    }

    [Fact]
    public async Task OnTurnAsync_CardWithTypedQuestion_Answered()
    {
        var card = new Attachment { ContentType = "application/vnd.microsoft.card.adaptive" };
        var activity = Activities.Message("<p>what is mbc</p>", Channels.MsTeams) with { Attachments = [card] };

        var result = await CreateSut().OnTurnAsync(activity, TestContext.Current.CancellationToken);

        Assert.NotEmpty(result.Replies);
        Assert.Single(_answers.Questions);
    }

    [Fact]
    public async Task OnTurnAsync_FileWithoutText_NoReplyAndNothingAsked()
    {
        var file = new Attachment { ContentType = "image/png", ContentUrl = "https://example.invalid/scan.png" };
        var activity = Activities.Message("", Channels.MsTeams) with { Attachments = [file] };

        var result = await CreateSut().OnTurnAsync(activity, TestContext.Current.CancellationToken);

        Assert.Empty(result.Replies);
        Assert.Empty(_answers.Questions);
    }

    [Fact]
    public async Task OnTurnAsync_EmptyMessageWithoutAttachment_StillReplied()
    {
        var result = await CreateSut().OnTurnAsync(Activities.Message("", Channels.MsTeams), TestContext.Current.CancellationToken);

        Assert.NotEmpty(result.Replies);
        Assert.Equal([""], _answers.Questions);
    }

    [Fact]
    public async Task OnTurnAsync_Answer_CarriesTheCitationEntity()
    {
        var result = await CreateSut().OnTurnAsync(Activities.Message("her2"), TestContext.Current.CancellationToken);

        var entity = Assert.Single(Assert.Single(result.Replies).Entities!);
        Assert.Equal(CitationEntity.EntityType, entity.Type);
        var name = entity.ExtensionData!["citation"][0].GetProperty("appearance").GetProperty("name").GetString();
        Assert.Equal(RecordingAnswerService.Source.Title, name);
    }

    [Fact]
    public async Task OnTurnAsync_ReplyWithoutSource_HasNoEntitiesOrActions()
    {
        var result = await CreateSut().OnTurnAsync(Activities.Message("emergency"), TestContext.Current.CancellationToken);

        var reply = Assert.Single(result.Replies);
        Assert.Null(reply.Entities);
        Assert.Null(reply.SuggestedActions);
    }

    [Fact]
    public async Task OnTurnAsync_UserJoins_SendsOneWelcomeWithThreeSuggestions()
    {
        var update = Activities.MembersAdded(Channels.Emulator, Activities.Bot, Activities.User);

        var result = await CreateSut().OnTurnAsync(update, TestContext.Current.CancellationToken);

        var reply = Assert.Single(result.Replies);
        Assert.Equal(_answers.Welcome().Text, reply.Text);
        Assert.Equal(_answers.Welcome().SuggestedQuestions, reply.SuggestedActions!.Actions.Select(a => a.Value!.Value.GetString()));
        Assert.Null(reply.Entities);
    }

    [Fact]
    public async Task OnTurnAsync_OnlyBotJoins_SendsNothing()
    {
        var result = await CreateSut().OnTurnAsync(Activities.MembersAdded(Channels.WebChat, Activities.Bot), TestContext.Current.CancellationToken);

        Assert.Empty(result.Replies);
    }

    [Fact]
    public async Task OnTurnAsync_TeamsMention_AnswersTheTextWithoutIt()
    {
        var mention = new Entity
        {
            Type = "mention",
            ExtensionData = new()
            {
                ["mentioned"] = JsonSerializer.SerializeToElement(new { id = Activities.Bot.Id, name = "MbcBot" }),
                ["text"] = JsonSerializer.SerializeToElement("<at>MbcBot</at>"),
            },
        };
        var message = Activities.Message("<at>MbcBot</at> what is her2", Channels.MsTeams) with { Entities = [mention] };

        await CreateSut().OnTurnAsync(message, TestContext.Current.CancellationToken);

        Assert.Equal(["what is her2"], _answers.Questions);
    }

    [Theory]
    [InlineData("channel", false)]
    [InlineData("groupChat", false)]
    [InlineData("personal", true)]
    public async Task OnTurnAsync_Teams_ShowsSuggestedActionsOnlyInPersonalChats(string conversationType, bool shown)
    {
        var message = Activities.Message("her2", Channels.MsTeams) with { Conversation = new ConversationAccount { Id = "19:x", ConversationType = conversationType } };

        var result = await CreateSut().OnTurnAsync(message, TestContext.Current.CancellationToken);

        Assert.Equal(shown, result.Replies.Any(reply => reply.SuggestedActions is not null));
    }

    [Fact]
    public async Task OnTurnAsync_TeamsPersonal_SendsTheMarkdownAnswerAndTheSuggestionsAsTwoMessages()
    {
        var message = Activities.Message("her2", Channels.MsTeams) with { Conversation = new ConversationAccount { Id = "a:1", ConversationType = "personal" } };

        var result = await CreateSut().OnTurnAsync(message, TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Replies.Count);
        var (answer, suggestions) = (result.Replies[0], result.Replies[1]);
        Assert.Null(answer.SuggestedActions);
        Assert.NotNull(answer.Entities);
        Assert.Equal(TextFormats.Markdown, answer.TextFormat);
        Assert.Equal(TeamsFollowUps.Lead, suggestions.Text);
        Assert.Contains($"{TeamsFollowUps.ListLead}\n\n1. more about her2  \n2. what is metastasis  \n3. what treatments exist\n\nNot medical advice.", answer.Text, StringComparison.Ordinal);
        Assert.Equal(["Ask question 1", "Ask question 2", "Ask question 3"], suggestions.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal(["more about her2", "what is metastasis", "what treatments exist"], suggestions.SuggestedActions.Actions.Select(a => a.Value!.Value.GetString()));
        Assert.Null(suggestions.Entities);
        Assert.All(result.Replies, reply => Assert.Equal("act-1", reply.ReplyToId));
    }
}
