using Plannior.Testing;

namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>A ChatApi on a PostgreSQL server of its own, which a test may stop and start again.</summary>
public sealed class DatabaseOutageFactory : ChatApiFactory
{
    private TestPostgres? postgres;

    public TestPostgres Postgres => postgres ?? throw new InvalidOperationException("The factory is not initialized.");

    protected override async Task<TestPostgres> PostgresAsync() => postgres = await TestPostgres.StartDedicatedAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (postgres is not null)
        {
            await postgres.DisposeAsync();
        }
    }
}
