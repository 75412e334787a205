using System.Net;
using Microsoft.Extensions.Options;

namespace MbcBot.Hosting;

/// <summary>Checks the Proxy section: addresses and CIDR networks parse, and a public base URL is an absolute http(s) origin.</summary>
internal sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var failures = new List<string>();
        failures.AddRange(options.KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => $"Proxy:KnownProxies: '{p}' is not an IP address."));
        failures.AddRange(options.KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _))
            .Select(n => $"Proxy:KnownNetworks: '{n}' is not a CIDR network such as 10.0.0.0/24."));
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl)
            && (!Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo)))
        {
            failures.Add($"Proxy:PublicBaseUrl must be an absolute http or https URL without query or fragment; got '{options.PublicBaseUrl}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
