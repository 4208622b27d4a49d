namespace Plannior.LocalPostgres;

/// <summary>What a stop of a local server found and did.</summary>
public enum ServerStop
{
    NotRunning,
    Stopped,
    StillRunning,
}

/// <summary>
/// A prepared local server (PostgreSQL, Redis) the AppHost runs from the machine's own binaries: it can be stopped
/// the way that server wants, and disposing it releases its data root for the next owner.
/// </summary>
public interface ILocalServer : IDisposable
{
    LocalServerKind Kind { get; }

    /// <summary>Where its data lives, for messages.</summary>
    string Location { get; }

    /// <summary>Stops a server still running on this data (left by a killed AppHost, or at shutdown).</summary>
    ServerStop Stop(TimeSpan timeout);
}
