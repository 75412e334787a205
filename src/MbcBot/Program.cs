using MbcBot.BotFramework;
using MbcBot.Cli;
using MbcBot.DirectLine;
using MbcBot.Hosting;
using MbcBot.Insights;
using MbcBot.WebChat;

// `ask` and `teams-package` are command-line tools; anything else starts the web host.
if (CommandLineApp.Handles(args))
{
    return await CommandLineApp.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.UseSharedSettings();

// The answering core: corpus, engine, safety triage (no HTTP in it).
builder.Services.AddAnswering();

// What curators need: every turn and rating in the embedded insights store (Insights section).
builder.Services.AddInsights();

// Channels: Bot Framework (/api/messages) and the self-hosted Direct Line that the Web Chat page uses.
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddDirectLine(builder.Configuration);

var app = builder.Build();
app.MapBotFramework();
app.MapDirectLine();
app.MapWebChat();
app.Run();
return 0;
