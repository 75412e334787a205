using System.Text.Json.Nodes;
using MbcBot.Bot.Teams;

namespace MbcBot.Teams;

/// <summary>
/// The Teams app manifest, pinned to schema v1.19 (the version Learn lists as current; 1.18 does not exist). Limits
/// the schema enforces and this type keeps: name.short ≤ 30, name.full ≤ 100, description.short ≤ 80,
/// description.full ≤ 4000, command titles ≤ 32, https developer URLs. Scopes include groupChat next to personal,
/// which a 1:1 install reportedly needs. <c>composeExtensions</c> declares the search message extension: one query
/// command whose id and parameter name are the ones the bot answers (<see cref="MessageExtension"/>), usable from the
/// compose box and the command box.
/// </summary>
internal static class TeamsManifest
{
    public const string ManifestVersion = "1.19";
    public const string SchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json";
    public const string ColorIconFile = "color.png";
    public const string OutlineIconFile = "outline.png";

    private static readonly string[] Scopes = ["personal", "team", "groupChat"];

    private static readonly (string Title, string Description)[] Commands =
    [
        ("What is MBC?", "What is metastatic breast cancer"),
        ("Treatments", "What treatments exist for metastatic breast cancer"),
        ("Help", "What MbcBot can and cannot do"),
    ];

    public static JsonObject Create(TeamsPackageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var appId = settings.AppId.ToString("D");
        var commands = new JsonArray(Commands.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["description"] = c.Description }).ToArray());
        return new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["manifestVersion"] = ManifestVersion,
            ["version"] = settings.Version,
            ["id"] = appId,
            ["developer"] = new JsonObject
            {
                ["name"] = "MbcBot",
                ["websiteUrl"] = settings.WebsiteUrl,
                ["privacyUrl"] = settings.PrivacyUrl,
                ["termsOfUseUrl"] = settings.TermsOfUseUrl,
            },
            ["name"] = new JsonObject { ["short"] = "MbcBot", ["full"] = "MbcBot: metastatic breast cancer information" },
            ["description"] = new JsonObject
            {
                ["short"] = "Answers about metastatic breast cancer from vetted sources.",
                ["full"] = "MbcBot answers questions from people living with metastatic breast cancer with passages from "
                    + "vetted, published medical sources, and names the source of every answer. It does not give personal "
                    + "medical advice and is not for emergencies: talk to your care team about your own care.",
            },
            ["icons"] = new JsonObject { ["color"] = ColorIconFile, ["outline"] = OutlineIconFile },
            ["accentColor"] = $"#{TeamsIcons.Accent.R:X2}{TeamsIcons.Accent.G:X2}{TeamsIcons.Accent.B:X2}",
            ["bots"] = new JsonArray(new JsonObject
            {
                ["botId"] = appId,
                ["scopes"] = new JsonArray(Scopes.Select(s => (JsonNode)JsonValue.Create(s)).ToArray()),
                ["supportsFiles"] = false,
                ["isNotificationOnly"] = false,
                ["commandLists"] = new JsonArray(new JsonObject
                {
                    ["scopes"] = new JsonArray(Scopes.Select(s => (JsonNode)JsonValue.Create(s)).ToArray()),
                    ["commands"] = commands,
                }),
            }),
            ["composeExtensions"] = new JsonArray(new JsonObject
            {
                ["botId"] = appId,
                ["commands"] = new JsonArray(new JsonObject
                {
                    ["id"] = MessageExtension.CommandId,
                    ["type"] = "query",
                    ["title"] = "Search sources",
                    ["description"] = "Find passages in MbcBot's vetted sources to share",
                    ["initialRun"] = false,
                    ["context"] = new JsonArray("compose", "commandBox"),
                    ["parameters"] = new JsonArray(new JsonObject
                    {
                        ["name"] = MessageExtension.QueryParameter,
                        ["title"] = "Search",
                        ["description"] = "Words to look for, e.g. bone pain",
                        ["inputType"] = "text",
                    }),
                }),
            }),
            ["permissions"] = new JsonArray("identity", "messageTeamMembers"),
            ["validDomains"] = new JsonArray(),
        };
    }
}
