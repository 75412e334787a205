using System.Net;
using System.Net.Sockets;

namespace MbcBot.DirectLine;

/// <summary>
/// Who a request comes from, for limits: the client's IPv4 address, or the /64 prefix of an IPv6 address (one
/// subscriber usually holds a whole /64, so per-address limits would be per-attempt). The address is the one the
/// forwarded-headers middleware settled on, so behind a trusted proxy it is the visitor's, not the proxy's.
/// </summary>
internal static class ClientKey
{
    public const string Unknown = "unknown";

    public static string For(HttpContext context) => For(context.Connection.RemoteIpAddress);

    public static string For(IPAddress? address)
    {
        if (address is null)
        {
            return Unknown;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }
}
