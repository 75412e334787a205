using MbcBot.Answering;
using MbcBot.Hosting;
using MbcBot.Tests.Testing;

namespace MbcBot.Tests.Hosting;

public sealed class AnsweringHostTests
{
    [Fact]
    public void CreateAnswerService_ShippedSettings_AnswersWithTheDisclaimerFromTheFile()
    {
        var answers = AnsweringHost.CreateAnswerService();

        var reply = answers.Answer("What is metastatic breast cancer?");

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Equal(RepositorySettings.Read()["Answering"]!["Disclaimer"]!.GetValue<string>(), answers.Disclaimer);
        Assert.EndsWith(answers.Disclaimer, reply.Text, StringComparison.Ordinal);
    }
}
