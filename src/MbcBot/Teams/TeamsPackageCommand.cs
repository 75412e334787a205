using System.CommandLine;

namespace MbcBot.Teams;

/// <summary>
/// <c>teams-package --app-id &lt;id&gt; [--output path] [--version 1.0.0] [--website-url …] [--privacy-url …]
/// [--terms-url …]</c> writes a sideloadable Microsoft Teams app package. Exit code 0 on success, 2 on bad input.
/// </summary>
public static class TeamsPackageCommand
{
    public const string DefaultOutput = "mbcbot-teams.zip";

    public static Command Create()
    {
        var appId = new Option<string>("--app-id") { Description = "The Azure Bot's Microsoft App ID (a GUID).", Required = true };
        var output = new Option<string>("--output") { Description = "Where to write the zip.", DefaultValueFactory = _ => DefaultOutput };
        var version = new Option<string>("--version") { Description = "Package version (semver); bump it on every re-upload.", DefaultValueFactory = _ => "1.0.0" };
        var website = new Option<string>("--website-url") { Description = "Developer website (https).", DefaultValueFactory = _ => new TeamsPackageSettings(Guid.Empty).WebsiteUrl };
        var privacy = new Option<string>("--privacy-url") { Description = "Privacy statement (https).", DefaultValueFactory = _ => new TeamsPackageSettings(Guid.Empty).PrivacyUrl };
        var terms = new Option<string>("--terms-url") { Description = "Terms of use (https).", DefaultValueFactory = _ => new TeamsPackageSettings(Guid.Empty).TermsOfUseUrl };

        var command = new Command("teams-package", "Write a Microsoft Teams app package (zip).") { appId, output, version, website, privacy, terms };
        command.SetAction(parse =>
        {
            var errors = new List<string>();
            if (!Guid.TryParse(parse.GetValue(appId), out var id))
            {
                errors.Add("--app-id must be the Azure Bot's Microsoft App ID, a GUID.");
            }

            if (!System.Text.RegularExpressions.Regex.IsMatch(parse.GetValue(version) ?? string.Empty, @"^\d+\.\d+\.\d+$"))
            {
                errors.Add("--version must look like 1.0.0.");
            }

            foreach (var (name, value) in new[] { ("--website-url", parse.GetValue(website)), ("--privacy-url", parse.GetValue(privacy)), ("--terms-url", parse.GetValue(terms)) })
            {
                if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
                {
                    errors.Add($"{name} must be an absolute https URL.");
                }
            }

            if (errors.Count > 0)
            {
                errors.ForEach(Console.Error.WriteLine);
                return 2;
            }

            var path = parse.GetValue(output)!;
            TeamsPackageWriter.Write(path, new TeamsPackageSettings(id, parse.GetValue(version)!, parse.GetValue(website)!, parse.GetValue(privacy)!, parse.GetValue(terms)!));
            Console.WriteLine($"Wrote {Path.GetFullPath(path)}. Upload it in Teams: Apps > Manage your apps > Upload an app.");
            return 0;
        });
        return command;
    }
}
