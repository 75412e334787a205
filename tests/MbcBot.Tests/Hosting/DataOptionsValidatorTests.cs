using MbcBot.Answering.Options;
using MbcBot.Hosting;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MbcBot.Tests.Hosting;

public sealed class DataOptionsValidatorTests : IDisposable
{
    private readonly TempDataFolder _data = new();

    public void Dispose() => _data.Dispose();

    private static ValidateOptionsResult Validate(string path) => new DataOptionsValidator().Validate(null, new DataOptions { Path = path });

    [Fact]
    public void Validate_MissingFolder_CreatesItAndLeavesNothingBehind()
    {
        var folder = Path.Combine(_data.Path, "new", "data");

        var result = Validate(folder);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Validate_PathIsAFile_FailsNamingTheKey()
    {
        var file = Path.Combine(_data.Path, "file");
        File.WriteAllText(file, "x");

        var result = Validate(file);

        Assert.StartsWith("Data:Path: ", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("is a file", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_FolderThatCannotBeCreated_FailsNamingTheKeyAndTheFolder()
    {
        var file = Path.Combine(_data.Path, "file");
        File.WriteAllText(file, "x");

        var result = Validate(Path.Combine(file, "data"));

        Assert.StartsWith($"Data:Path: cannot write to '{Path.Combine(file, "data")}'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AddDataFolder_RelativeCachePath_IsAFolderInsideTheDataFolder()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Data:Path"] = _data.Path,
            ["Answering:CachePath"] = "cache",
        }).Build());
        services.AddDataFolder();
        services.AddOptions<AnsweringOptions>().BindConfiguration(AnsweringOptions.SectionName);

        var answering = services.BuildServiceProvider().GetRequiredService<IOptions<AnsweringOptions>>().Value;

        Assert.Equal(Path.Combine(_data.Path, "cache"), answering.CachePath);
    }
}
