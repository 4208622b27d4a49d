using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>The real ChatApi (offline assistant) reaching its database through a <see cref="RoundTripCountingProxy"/>.</summary>
public sealed class RoundTripCountingChatApiFactory : ChatApiFactory
{
    public RoundTripCountingProxy? Proxy { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var direct = new NpgsqlConnectionStringBuilder(ConnectionString);
        Proxy = new RoundTripCountingProxy(direct.Host!, direct.Port);
        // Plain text, so the proxy can read the messages; everything else (pooling, timeouts) as configured.
        var proxied = new NpgsqlConnectionStringBuilder(ConnectionString) { Host = "127.0.0.1", Port = Proxy.Port, SslMode = SslMode.Disable };
        builder.UseSetting("ConnectionStrings:plannior", proxied.ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }
    }
}
