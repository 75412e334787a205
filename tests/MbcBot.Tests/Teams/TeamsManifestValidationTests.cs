using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using MbcBot.Bot.Teams;
using MbcBot.Tests.Testing;

namespace MbcBot.Tests.Teams;

/// <summary>
/// The manifest that <c>teams-package</c> writes, checked by Microsoft's own validator (@microsoft/app-manifest, the one
/// the Agents Toolkit uses) against the schema bundled in that package, so it runs offline.
/// </summary>
public sealed class TeamsManifestValidationTests
{
    private static readonly Guid AppId = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> ValidateAsync(JsonNode manifest)
    {
        await TeamsTools.EnsureInstalledAsync(Ct);
        var file = Path.Combine(Path.GetTempPath(), $"mbcbot-manifest-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, manifest.ToJsonString(), Ct);
        try
        {
            var run = await ExternalProcess.RunAsync("node", ["validate-manifest.mjs", file], TeamsTools.Directory, TimeSpan.FromMinutes(1), Ct);
            Assert.True(run.ExitCode == 0, run.StandardError);
            return JsonDocument.Parse(run.StandardOutput.Trim().Split('\n')[^1]).RootElement.Clone();
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static JsonNode PackagedManifest()
    {
        var stream = new MemoryStream();
        MbcBot.Teams.TeamsPackageWriter.Write(stream, new MbcBot.Teams.TeamsPackageSettings(AppId));
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        using var entry = zip.GetEntry("manifest.json")!.Open();
        return JsonNode.Parse(entry)!;
    }

    [Fact]
    public async Task Package_Manifest_ValidatesWithZeroErrorsAgainstTheBundledSchema()
    {
        var manifest = PackagedManifest();

        var result = await ValidateAsync(manifest);

        Assert.Contains("json-schemas", result.GetProperty("bundled").GetString(), StringComparison.Ordinal);
        Assert.True(File.Exists(result.GetProperty("bundled").GetString()), "the schema must come from the package, not the network");
        Assert.Equal(0, result.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task Package_Manifest_DeclaresTheSearchCommandTheBotAnswers()
    {
        var extension = PackagedManifest()["composeExtensions"]!.AsArray().Single()!;

        Assert.Equal(AppId.ToString(), extension["botId"]!.GetValue<string>());
        var command = extension["commands"]!.AsArray().Single()!;
        Assert.Equal((MessageExtension.CommandId, "query"), (command["id"]!.GetValue<string>(), command["type"]!.GetValue<string>()));
        Assert.Equal(MessageExtension.QueryParameter, command["parameters"]![0]!["name"]!.GetValue<string>());
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Validator_BrokenManifest_ReportsErrors()
    {
        // The check can fail: a command type the schema does not allow and a missing id.
        var manifest = PackagedManifest();
        manifest["composeExtensions"]![0]!["commands"]![0]!["type"] = "search";
        manifest.AsObject().Remove("id");

        var result = await ValidateAsync(manifest);

        Assert.True(result.GetProperty("errors").GetArrayLength() >= 2, result.ToString());
    }
}
