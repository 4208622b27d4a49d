using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Plannior.Testing;

namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>
/// The real ChatApi on Kestrel (a real socket, real HTTP) over its own database on a real PostgreSQL server.
/// </summary>
public class ChatApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string JwtSecret { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    public string ConnectionString { get; private set; } = "";

    /// <summary>Extra settings a derived fixture needs (an LLM provider, limits).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [];

    /// <summary>The server the database is created on: the one every test shares, unless a fixture needs its own.</summary>
    protected virtual Task<TestPostgres> PostgresAsync() => TestPostgres.GetSharedAsync();

    public async Task InitializeAsync()
    {
        var postgres = await PostgresAsync();
        ConnectionString = await postgres.CreateDatabaseAsync("chatapi");
        UseKestrel(0);
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:plannior", ConnectionString);
        builder.UseSetting("JWT_SECRET", JwtSecret);
        foreach (var (key, value) in ExtraSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    public ApiClient CreateApiClient() => new(CreateClient());

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
}
