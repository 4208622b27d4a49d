using System.Net;

namespace Plannior.Gateway.RateLimiting;

internal static class ClientAddress
{
    /// <summary>
    /// The partition key for an anonymous caller. IPv6 clients are keyed by their /64, the block one subscriber
    /// usually holds, so rotating through its addresses does not buy a fresh bucket each time.
    /// </summary>
    public static string PartitionKey(IPAddress? address)
    {
        if (address is null)
        {
            return "ip:unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && !IPAddress.IsLoopback(address))
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }
        return "ip:" + address;
    }
}
