using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace MbcBot.Hosting;

/// <summary>
/// Running behind a reverse proxy: ASP.NET Core's forwarded-headers support configured from the Proxy section, and
/// the <see cref="PublicOrigin"/>. The same options apply when <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c> is set
/// (that switch alone would trust every sender; our configuration runs after it and restores the trusted list).
/// </summary>
public static class ProxyExtensions
{
    public static IServiceCollection AddProxySupport(this IServiceCollection services)
    {
        services.AddValidatedSection<ProxyOptions>(ProxyOptions.SectionName);
        services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>();
        services.AddSingleton<PublicOrigin>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            var settings = proxy.Value;
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.ForwardLimit = settings.ForwardLimit;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            forwarded.KnownProxies.Add(IPAddress.Loopback);
            forwarded.KnownProxies.Add(IPAddress.IPv6Loopback);
            foreach (var address in settings.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(address));
            }

            foreach (var network in settings.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }

            // A configured public URL also pins the only host a proxy may forward.
            if (!string.IsNullOrWhiteSpace(settings.PublicBaseUrl) && Uri.TryCreate(settings.PublicBaseUrl, UriKind.Absolute, out var uri))
            {
                forwarded.AllowedHosts = [uri.Authority];
            }
        });
        return services;
    }
}
