using MbcBot.BotFramework;
using MbcBot.Cli;
using MbcBot.DirectLine;
using MbcBot.Hosting;
using MbcBot.Insights;
using MbcBot.WebChat;

// `ask`, `index`, `teams-package` and `report` are command-line tools; anything else starts the web host.
if (CommandLineApp.Handles(args))
{
    return await CommandLineApp.RunAsync(args);
}

// A bad setting, a data folder that cannot be written or a broken corpus stops start-up with one line naming what to
// fix and exit code 2, not a stack trace (StartupFailure).
return await StartupFailure.GuardAsync(async () =>
{
    var builder = WebApplication.CreateBuilder(args);
    builder.UseSharedSettings();
    builder.Logging.AddStartupFailureFilter();

    // The answering core: corpus, engine, safety triage (no HTTP in it).
    builder.Services.AddAnswering();

    // Operations: /healthz, /readyz, Prometheus metrics at /metrics (loopback only unless Metrics:AllowRemote), and
    // OpenTelemetry tracing of each turn (exported over OTLP when an endpoint is configured).
    builder.Services.AddOperations();
    builder.Services.AddTracing(builder.Configuration);

    // What curators need: every turn and rating, queued and written behind the turn to the embedded insights store.
    builder.Services.AddInsights();

    // Channels: Bot Framework (/api/messages) and the self-hosted Direct Line that the Web Chat page uses.
    builder.Services.AddProxySupport();
    builder.Services.AddBotFramework(builder.Configuration);
    builder.Services.AddDirectLine(builder.Configuration);

    var app = builder.Build();

    // Middleware, in order. The visitor's address, scheme and host come from a trusted proxy first, so every later step
    // (HSTS, rate limits by client, the stream URL) sees them; then headers every response carries; then the channels.
    app.UseForwardedHeaders();
    app.UseHsts();
    app.UseNoSniff();
    app.UseWebChatStaticFiles();
    app.UseDirectLineWebSockets();
    app.UseRateLimiter();

    app.MapOperations();
    app.MapBotFramework();
    app.MapDirectLine();
    app.MapWebChat();
    await app.RunAsync();
    return 0;
});
