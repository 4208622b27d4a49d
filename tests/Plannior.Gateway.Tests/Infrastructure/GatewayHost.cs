using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Plannior.Gateway.Tests.Infrastructure;

/// <summary>
/// The real Gateway (its Program, appsettings.json and pipeline) on Kestrel at 127.0.0.1, with ChatApi's
/// service-discovery entry pointed at a <see cref="TestUpstream"/> and any other settings overridden.
/// </summary>
public sealed class GatewayHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> factory;

    private GatewayHost(WebApplicationFactory<Program> factory, Uri address)
    {
        this.factory = factory;
        Address = address;
    }

    public Uri Address { get; }

    public IServiceProvider Services => factory.Services;

    /// <summary>Settings every test Gateway gets unless a test overrides them.</summary>
    public static Dictionary<string, string?> DefaultSettings(TestUpstream? upstream) => new()
    {
        ["services:chat-api:http:0"] = upstream?.Address.ToString().TrimEnd('/') ?? "http://127.0.0.1:9",
        ["JWT_SECRET"] = TestTokens.Secret,
        ["ALLOWED_ORIGINS"] = "https://app.plannior.test,http://localhost:5080",
        // The proxy's own probes would otherwise add requests the tests do not expect to see upstream.
        ["ReverseProxy:Clusters:chat-api:HealthCheck:Active:Enabled"] = "false",
    };

    public static GatewayHost Start(TestUpstream? upstream, IDictionary<string, string?>? overrides = null, string environment = "Development",
        Action<IServiceCollection>? services = null)
    {
        var settings = DefaultSettings(upstream);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            web.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
            // Read while the Gateway's services are registered (ConnectionStrings:redis), before the callback above applies.
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
            web.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
            web.ConfigureServices(collection => services?.Invoke(collection));
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        try
        {
            factory.StartServer();
        }
        catch
        {
            factory.Dispose();
            throw;
        }
        var address = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new GatewayHost(factory, new Uri(address));
    }

    /// <summary>
    /// A client whose connections leave from <paramref name="source"/> (any 127.x.y.z works on loopback), so a
    /// test can act as a distinct client IP without sharing a per-address bucket with other tests.
    /// </summary>
    public HttpClient CreateClient(IPAddress? source = null, string? bearer = null)
    {
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            // An outside client: it sends only the trace context a test sets, not one from the test process.
            ActivityHeadersPropagator = null,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(source ?? IPAddress.Loopback, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        var client = new HttpClient(handler) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (bearer is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return client;
    }

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();
}
