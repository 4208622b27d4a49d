using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Plannior.LocalPostgres;

/// <summary>
/// One owner per data root: an exclusive OS lock (flock, through FileShare.None) on <c>owner.lock</c>, held for
/// the owner's life and released by the kernel when the owner dies however it dies, so "is the owner alive" has
/// a race-free answer. <c>owner.json</c> beside it records who holds it, for messages.
/// </summary>
public sealed class DataRootLease : IDisposable
{
    public const string LockFileName = "owner.lock";
    public const string OwnerFileName = "owner.json";

    private readonly FileStream _lock;

    private DataRootLease(string dataRoot, DataRootOwner owner, FileStream lockStream)
    {
        DataRoot = dataRoot;
        Owner = owner;
        _lock = lockStream;
    }

    public string DataRoot { get; }

    public DataRootOwner Owner { get; }

    /// <summary>Takes the data root for <paramref name="self"/> unless a live process holds it.</summary>
    /// <param name="recorded">
    /// The owner record found: the holder when this returns false (null if it has not written its record yet),
    /// or the previous, gone owner when it returns true (null on a data root never owned).
    /// </param>
    public static bool TryTake(
        string dataRoot,
        DataRootOwner self,
        [NotNullWhen(true)] out DataRootLease? lease,
        out DataRootOwner? recorded)
    {
        lease = null;
        FileStream lockStream;
        try
        {
            lockStream = new FileStream(Path.Combine(dataRoot, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException)
        {
            // EWOULDBLOCK from flock: another open file holds it, in a live process (this one included).
            recorded = ReadOwner(dataRoot);
            return false;
        }

        try
        {
            recorded = ReadOwner(dataRoot);
            WriteOwner(dataRoot, self);
        }
        catch
        {
            lockStream.Dispose();
            throw;
        }

        lease = new DataRootLease(dataRoot, self, lockStream);
        return true;
    }

    /// <summary>The owner recorded in a data root, live or not; null when none is recorded or it is unreadable.</summary>
    public static DataRootOwner? ReadOwner(string dataRoot)
    {
        try
        {
            return JsonSerializer.Deserialize<DataRootOwner>(File.ReadAllText(Path.Combine(dataRoot, OwnerFileName)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Releases the lock; the record stays, naming the last owner.</summary>
    public void Dispose() => _lock.Dispose();

    private static void WriteOwner(string dataRoot, DataRootOwner owner)
    {
        // Written aside and renamed over, so a reader sees the old record or the new one, never half of one.
        var path = Path.Combine(dataRoot, OwnerFileName);
        var staging = $"{path}.{owner.ProcessId}.tmp";
        File.WriteAllText(staging, JsonSerializer.Serialize(owner));
        File.Move(staging, path, overwrite: true);
    }
}
