using System.Runtime.Versioning;
using Plannior.LocalPostgres;

namespace Plannior.AppHost.Postgres;

/// <summary>The machine's own PostgreSQL server, run by the orchestrator as an executable.</summary>
[UnsupportedOSPlatform("windows")]
internal sealed class LocalPostgresServerResource(string name, LocalPostgresServer server, string command)
    : ExecutableResource(name, command, server.DataRoot), IResourceWithConnectionString
{
    public LocalPostgresServer Server { get; } = server;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Server.ConnectionString()}");

    IEnumerable<KeyValuePair<string, ReferenceExpression>> IResourceWithConnectionString.GetConnectionProperties() =>
        ConnectionProperties(Server, database: null);

    /// <summary>The properties the container resource also offers (PLANNIOR_HOST, PLANNIOR_URI, ...).</summary>
    internal static IEnumerable<KeyValuePair<string, ReferenceExpression>> ConnectionProperties(LocalPostgresServer server, string? database) =>
        server.ConnectionProperties(database).Select(property =>
            new KeyValuePair<string, ReferenceExpression>(property.Key, ReferenceExpression.Create($"{property.Value}")));
}

/// <summary>A database on <see cref="LocalPostgresServerResource"/>; its name is the connection name.</summary>
[UnsupportedOSPlatform("windows")]
internal sealed class LocalPostgresDatabaseResource(string name, LocalPostgresServerResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresServerResource>, IResourceWithConnectionString
{
    public LocalPostgresServerResource Parent { get; } = parent;

    public string DatabaseName => Name;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Parent.Server.ConnectionString(DatabaseName)}");

    IEnumerable<KeyValuePair<string, ReferenceExpression>> IResourceWithConnectionString.GetConnectionProperties() =>
        LocalPostgresServerResource.ConnectionProperties(Parent.Server, DatabaseName);
}
