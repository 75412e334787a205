using MbcBot.Bot.Turns;
using MbcBot.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MbcBot.Tests.DirectLine;

/// <summary>The bot host with the test bot (and optionally a manual clock) in place of the real ones.</summary>
internal static class DirectLineTestApp
{
    public static MbcBotApplication Create(IBot bot, TimeProvider? time = null)
    {
        var app = new MbcBotApplication().WithServices(services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton(bot);
            if (time is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton(time);
            }
        });
        return app;
    }

    public static DirectLineTestClient Client(this MbcBotApplication app) => new(app.CreateClient());
}
