using Plannior.AppHost.Tests.Infrastructure;

namespace Plannior.AppHost.Tests.EndToEnd;

/// <summary>The whole system started once from the AppHost on the local PostgreSQL, every resource healthy.</summary>
public sealed class PlanniorSystemFixture : IAsyncLifetime
{
    public static readonly string[] Resources = ["postgres", "plannior", "chat-api", "gateway", "web"];

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly DirectoryInfo _dataDirectory = Directory.CreateTempSubdirectory("plannior-apphost-e2e-");
    private TestAppHost? _host;

    internal TestAppHost Host => _host ?? throw new InvalidOperationException("The AppHost has not started.");

    public async Task InitializeAsync() =>
        _host = await TestAppHost.StartAsync(_dataDirectory.FullName, StartTimeout, Resources);

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _dataDirectory.Delete(recursive: true);
    }
}

/// <summary>One running system shared by every end-to-end class: starting the AppHost is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class PlanniorSystemCollection : ICollectionFixture<PlanniorSystemFixture>
{
    public const string Name = "Plannior system";
}
