using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;

namespace Plannior.Gateway.Extensions;

/// <summary>
/// YARP's client to ChatApi with our connect timeout: YARP's own is 15 s, and a ChatApi that does not even accept
/// the connection must be a quick 503, not a wait for the request timeout.
/// </summary>
internal sealed class UpstreamClientFactory(IOptions<ProxyTimeoutOptions> timeouts, ILogger<ForwarderHttpClientFactory> logger)
    : ForwarderHttpClientFactory(logger)
{
    protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
    {
        base.ConfigureHandler(context, handler);
        handler.ConnectTimeout = timeouts.Value.Connect;
    }
}
