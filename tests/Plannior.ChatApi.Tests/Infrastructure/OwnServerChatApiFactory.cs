using Plannior.Testing;

namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>
/// A ChatApi on a PostgreSQL server the test started for itself and outlives this factory (as in a restart):
/// a load test's hundred connections never starve the classes sharing the common server.
/// </summary>
public sealed class OwnServerChatApiFactory(TestPostgres server) : ChatApiFactory
{
    protected override Task<TestPostgres> PostgresAsync() => Task.FromResult(server);
}
