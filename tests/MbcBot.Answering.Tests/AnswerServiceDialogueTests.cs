using MbcBot.Answering.Composition;
using MbcBot.Answering.Safety;
using MbcBot.Answering.Tests.Testing;

namespace MbcBot.Answering.Tests;

/// <summary>
/// What the answer service does with each dialogue act, on a tiny corpus with hand-written models
/// (<see cref="TinyAnswerService"/>), so each test states what the models say; then one conversation through the
/// shipped service and models. Assertions are on kinds, categories, sources and ratings, never on medical text.
/// </summary>
public sealed class AnswerServiceDialogueTests
{
    private readonly AnswerService _service = TinyAnswerService.Create();

    private static string NewConversation() => $"test-{Guid.NewGuid():N}";

    [Fact]
    public void Thanks_RightAfterAnAnswer_RatesItHelpedWithNoPassage()
    {
        var conversation = NewConversation();
        Assert.Equal(ReplyKind.Answer, _service.Answer("What are the symptoms in the lungs?", conversation).Kind);

        var reply = _service.Answer("thanks a lot", conversation);

        Assert.Equal((ReplyKind.SmallTalk, TriageCategories.Thanks, Helpfulness.Helped), (reply.Kind, reply.Category, reply.Rates));
        Assert.Null(reply.Source);
        Assert.Equal(ReplyTexts.Thanks, reply.Text);
    }

    [Fact]
    public void Thanks_WithNoAnswerBefore_SmallTalkThatRatesNothing()
    {
        var reply = _service.Answer("thanks", NewConversation());

        Assert.Equal((ReplyKind.SmallTalk, TriageCategories.Thanks), (reply.Kind, reply.Category));
        Assert.Null(reply.Rates);
    }

    [Fact]
    public void Thanks_TwiceAfterOneAnswer_RatesItOnce()
    {
        var conversation = NewConversation();
        _service.Answer("What are the symptoms in the lungs?", conversation);
        _service.Answer("thanks", conversation);

        Assert.Null(_service.Answer("thanks", conversation).Rates);
    }

    [Fact]
    public void NotHelped_RightAfterAnAnswer_RatesItAndOffersTheOtherCandidates()
    {
        var conversation = NewConversation();
        var answer = _service.Answer("What are the symptoms in the lungs?", conversation);

        var reply = _service.Answer("that was unhelpful", conversation);

        Assert.Equal((ReplyKind.SmallTalk, TriageCategories.NotHelped, Helpfulness.NotHelped), (reply.Kind, reply.Category, reply.Rates));
        Assert.NotEmpty(reply.SuggestedQuestions);
        Assert.All(reply.SuggestedQuestions, q => Assert.NotEqual(answer.Source, _service.Answer(q).Source));
        Assert.Null(reply.Source);
    }

    [Fact]
    public void NotHelped_ThenTheFirstOption_AnswersIt()
    {
        var conversation = NewConversation();
        _service.Answer("What are the symptoms in the lungs?", conversation);
        var apology = _service.Answer("that was unhelpful", conversation);

        var reply = _service.Answer("1", conversation);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal(_service.Answer(apology.SuggestedQuestions[0]).Source, reply.Source);
    }

    [Fact]
    public void NotHelped_WithNoAnswerBefore_ApologyThatRatesNothing()
    {
        var reply = _service.Answer("unhelpful", NewConversation());

        Assert.Equal((ReplyKind.SmallTalk, TriageCategories.NotHelped), (reply.Kind, reply.Category));
        Assert.Null(reply.Rates);
        Assert.Empty(reply.SuggestedQuestions);
    }

    [Theory]
    [InlineData("hello there", TriageCategories.Greeting)]
    [InlineData("bye for now", TriageCategories.Goodbye)]
    [InlineData("are you a robot", TriageCategories.Identity)]
    public void ShortActs_TheirSmallTalkReplyCitingNothing(string message, string category)
    {
        var reply = _service.Answer(message, NewConversation());

        Assert.Equal((ReplyKind.SmallTalk, category), (reply.Kind, reply.Category));
        Assert.Null(reply.Source);
        Assert.Null(reply.Rates);
    }

    [Fact]
    public void OffTopic_NotCoveredAndTheTopicKeptForAFollowUp()
    {
        var conversation = NewConversation();
        _service.Answer("What are the symptoms in the lungs?", conversation);

        var offTopic = _service.Answer("who won the football", conversation);
        var followUp = _service.Answer("what about the liver?", conversation);

        Assert.Equal((ReplyKind.NoAnswer, TriageCategories.OffTopic), (offTopic.Kind, offTopic.Category));
        Assert.Null(offTopic.Source);
        Assert.Equal(ReplyKind.Answer, followUp.Kind);
        Assert.Equal(_service.Answer("What are the symptoms in the liver?").Source, followUp.Source);
    }

    [Fact]
    public void OffTopic_MessageThatNamesAPassagesWords_StillNotCovered()
    {
        // The act decides before retrieval: the words "symptoms" and "lungs" do not make it a question for the pages.
        var reply = _service.Answer("football symptoms in the lungs", NewConversation());

        Assert.Equal((ReplyKind.NoAnswer, TriageCategories.OffTopic), (reply.Kind, reply.Category));
        var withoutActs = TinyAnswerService.Create(withActs: false).Answer("football symptoms in the lungs");
        Assert.True(withoutActs.Kind is ReplyKind.Answer or ReplyKind.Clarify, $"without the act model: {withoutActs.Kind}");
    }

    [Fact]
    public void FollowUp_ReadWithThePreviousQuestion()
    {
        var conversation = NewConversation();
        var first = _service.Answer("What are the symptoms in the lungs?", conversation);

        var followUp = _service.Answer("what about the liver?", conversation);

        Assert.Equal(ReplyKind.Answer, followUp.Kind);
        Assert.NotEqual(first.Source, followUp.Source);
        Assert.Equal(_service.Answer("What are the symptoms in the liver?").Source, followUp.Source);
    }

    [Fact]
    public void Decline_AfterADidYouMean_ResetsWithTheDeclinedReply()
    {
        var conversation = NewConversation();
        var clarify = _service.Answer("symptoms in the kidneys", conversation);
        Assert.Equal(ReplyKind.Clarify, clarify.Kind);

        var reply = _service.Answer("neither of those", conversation);

        Assert.Equal(ReplyKind.NoAnswer, reply.Kind);
        Assert.StartsWith(ReplyTexts.ClarifyDeclined, reply.Text);
        Assert.NotEqual(ReplyKind.Answer, _service.Answer("1", conversation).Kind);
    }

    [Fact]
    public void Decline_WithNoOptionsOffered_ReadAsAQuestion()
    {
        var reply = _service.Answer("neither", NewConversation());

        Assert.Equal(ReplyKind.NoAnswer, reply.Kind);
        Assert.False(reply.Text.StartsWith(ReplyTexts.ClarifyDeclined, StringComparison.Ordinal));
    }

    [Fact]
    public void UnsureModelEmergency_SafetyNoteBeforeTheAnswer()
    {
        var reply = _service.Answer("I zorble. What are the symptoms in the lungs?", NewConversation());

        Assert.Equal((ReplyKind.Answer, TriageCategories.SafetyNote), (reply.Kind, reply.Category));
        Assert.StartsWith(SafetyMessages.SafetyNote(TriageCategories.Crisis), reply.Text);
        Assert.NotNull(reply.Source);
    }

    [Fact]
    public void UnsureModelEmergency_SureConversationalAct_TheActsReplyWithoutANote()
    {
        var reply = _service.Answer("hello zorble", NewConversation());

        Assert.Equal((ReplyKind.SmallTalk, TriageCategories.Greeting), (reply.Kind, reply.Category));
        Assert.DoesNotContain(SafetyMessages.SafetyNote(TriageCategories.Crisis), reply.Text);
    }

    [Fact]
    public void UnsureModelCrisis_SureGoodbye_NoteBeforeTheGoodbye()
    {
        var reply = _service.Answer("bye zorble", NewConversation());

        Assert.Equal((ReplyKind.SmallTalk, TriageCategories.SafetyNote), (reply.Kind, reply.Category));
        Assert.StartsWith(SafetyMessages.SafetyNote(TriageCategories.Crisis), reply.Text);
        Assert.Contains(_service.Answer("bye", NewConversation()).Text, reply.Text);
    }

    [Fact]
    public void UnsureModelEmergency_AdviceRequest_NoteBeforeTheCareTeamReferral()
    {
        var reply = _service.Answer("I zorble. Should I stop taking my tamoxifen?", NewConversation());

        Assert.Equal((ReplyKind.Advice, TriageCategories.SafetyNote), (reply.Kind, reply.Category));
        Assert.StartsWith(SafetyMessages.SafetyNote(TriageCategories.Crisis), reply.Text);
        Assert.Null(reply.Source);
    }

    [Fact]
    public void NotCovered_LikeliestActBelowTheCut_ThatActsReply()
    {
        var unsure = TinyAnswerService.Acts();
        var service = TinyAnswerService.Create(acts: new(unsure.File with { Cuts = new Dictionary<string, double> { [MbcBot.Answering.Dialogue.ActModel.ActCut] = 0.9999 } }));

        var greeting = service.Answer("hello", NewConversation());
        var question = service.Answer("hello, what are the symptoms in the lungs?", NewConversation());

        Assert.Equal((ReplyKind.SmallTalk, TriageCategories.Greeting), (greeting.Kind, greeting.Category));
        Assert.Equal(ReplyKind.Answer, question.Kind);
    }

    [Fact]
    public void ConfidentModelEmergency_TheEscalationAlone()
    {
        var reply = _service.Answer("I blorp. What are the symptoms in the lungs?", NewConversation());

        Assert.Equal(ReplyKind.Emergency, reply.Kind);
        Assert.Null(reply.Source);
    }

    [Fact]
    public void WithoutAnActModel_EveryMessageIsAQuestion()
    {
        var service = TinyAnswerService.Create(withActs: false);
        var conversation = NewConversation();
        service.Answer("What are the symptoms in the lungs?", conversation);

        var reply = service.Answer("thanks", conversation);

        Assert.NotEqual(TriageCategories.Thanks, reply.Category);
        Assert.Null(reply.Rates);
    }

    /// <summary>
    /// The shipped service and models: an answer with its citation, a follow-up read with it, thanks that rate it, an
    /// off-topic message, and "that didn't help", which rates only an answer right before it.
    /// </summary>
    [Fact]
    public void Conversation_ShippedModels_AnswerFollowUpThanksOffTopicNotHelped()
    {
        var service = TestAnswerServices.Real;
        var conversation = NewConversation();

        var lungs = service.Answer("what are the symptoms if it spreads to the lungs", conversation);
        Assert.Equal(ReplyKind.Answer, lungs.Kind);
        Assert.NotNull(lungs.Source);
        Assert.Contains($"*Source: {lungs.Source.Publisher}", lungs.Text);

        var liver = service.Answer("what about the liver?", conversation);
        Assert.Equal(ReplyKind.Answer, liver.Kind);
        Assert.NotEqual(lungs.Source.PassageId, liver.Source!.PassageId);
        Assert.Equal(service.Answer("what are the symptoms if it spreads to the liver").Source, liver.Source);

        var thanks = service.Answer("thanks", conversation);
        Assert.Equal((ReplyKind.SmallTalk, TriageCategories.Thanks, Helpfulness.Helped), (thanks.Kind, thanks.Category, thanks.Rates));
        Assert.Null(thanks.Source);

        var offTopic = service.Answer("who won the football last night", conversation);
        Assert.Equal((ReplyKind.NoAnswer, TriageCategories.OffTopic), (offTopic.Kind, offTopic.Category));
        Assert.Null(offTopic.Source);

        // After a reply that is no answer there is nothing to rate: the apology, no rating.
        var notHelped = service.Answer("that didn't help", conversation);
        Assert.Equal((ReplyKind.SmallTalk, TriageCategories.NotHelped), (notHelped.Kind, notHelped.Category));
        Assert.Null(notHelped.Rates);
        Assert.Null(notHelped.Source);
    }

    [Fact]
    public void Conversation_ShippedModels_NotHelpedRightAfterAnAnswerRatesIt()
    {
        var service = TestAnswerServices.Real;
        var conversation = NewConversation();
        var answer = service.Answer("where does breast cancer spread", conversation);
        Assert.Equal(ReplyKind.Answer, answer.Kind);

        var reply = service.Answer("that didn't help", conversation);

        Assert.Equal((ReplyKind.SmallTalk, TriageCategories.NotHelped, Helpfulness.NotHelped), (reply.Kind, reply.Category, reply.Rates));
        Assert.Null(reply.Source);
        Assert.All(reply.SuggestedQuestions, q => Assert.NotEqual(answer.Source, service.Answer(q).Source));
    }
}
