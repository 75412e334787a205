using MbcBot.Answering.Options;
using MbcBot.Hosting;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MbcBot.Tests.Hosting;

public sealed class SharedSettingsExtensionsTests
{
    [Fact]
    public async Task WebHost_RepositorySettings_ArriveInTheValidatedOptions()
    {
        var file = RepositorySettings.Read();
        await using var app = new MbcBotApplication();

        var answering = app.Services.GetRequiredService<IOptions<AnsweringOptions>>().Value;
        var retrieval = app.Services.GetRequiredService<IOptions<RetrievalOptions>>().Value;
        var safety = app.Services.GetRequiredService<IOptions<SafetyOptions>>().Value;

        Assert.Equal(file["Answering"]!["Disclaimer"]!.GetValue<string>(), answering.Disclaimer);
        Assert.Equal(file["Answering"]!["ExampleQuestions"]!.AsArray().Select(q => q!.GetValue<string>()), answering.ExampleQuestions);
        Assert.Equal(file["Retrieval"]!["K1"]!.GetValue<double>(), retrieval.K1);
        Assert.Equal(file["Retrieval"]!["FollowUpCount"]!.GetValue<int>(), retrieval.FollowUpCount);
        Assert.Equal(file["Safety"]!["Classifier"]!.GetValue<bool>(), safety.Classifier);
    }

    [Fact]
    public async Task WebHost_SettingOverride_WinsOverTheFile()
    {
        await using var app = new MbcBotApplication().WithSetting("Retrieval:FollowUpCount", "2");

        Assert.Equal(2, app.Services.GetRequiredService<IOptions<RetrievalOptions>>().Value.FollowUpCount);
    }

    [Fact]
    public void UseSharedSettings_ContentRootWithoutTheFile_ReadsTheCopyBesideTheBinary()
    {
        var contentRoot = Directory.CreateTempSubdirectory("mbcbot-root-").FullName;
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot });
            Assert.Null(builder.Configuration["Answering:Disclaimer"]);

            builder.UseSharedSettings();

            Assert.Equal(RepositorySettings.Read()["Answering"]!["Disclaimer"]!.GetValue<string>(), builder.Configuration["Answering:Disclaimer"]);
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }

    [Fact]
    public void UseSharedSettings_CommandLineArgument_StillOverridesTheFile()
    {
        var contentRoot = Directory.CreateTempSubdirectory("mbcbot-root-").FullName;
        try
        {
            var builder = Host.CreateApplicationBuilder(
                new HostApplicationBuilderSettings { ContentRootPath = contentRoot, Args = ["--Retrieval:K1=0.9"] });

            builder.UseSharedSettings();

            Assert.Equal("0.9", builder.Configuration["Retrieval:K1"]);
            Assert.NotNull(builder.Configuration["Answering:Disclaimer"]);
        }
        finally
        {
            Directory.Delete(contentRoot, recursive: true);
        }
    }
}
