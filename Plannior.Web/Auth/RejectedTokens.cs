using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using StackExchange.Redis;

namespace Plannior.Web.Auth;

/// <summary>
/// Tokens the API has answered 401 to. An interactive circuit has no HTTP response to clear the cookie with,
/// so it records the token here and the cookie handler signs the user out on their next request.
/// Entries are kept only until the token would have expired anyway.
/// With several Web replicas (Redis configured) the list is shared: the next request may reach another replica.
/// Redis away, each replica still knows what it saw itself, and the API goes on refusing the token either way.
/// </summary>
public sealed class RejectedTokens(TimeProvider time, IConnectionMultiplexer? shared = null)
{
    private const string KeyPrefix = "plannior:web:rejected-token:";

    private readonly ConcurrentDictionary<string, DateTimeOffset> _rejected = new();

    public void Reject(UserSession session)
    {
        var now = time.GetUtcNow();
        foreach (var (key, expiresAt) in _rejected)
        {
            if (expiresAt <= now)
            {
                _rejected.TryRemove(key, out _);
            }
        }

        var fingerprint = Fingerprint(session.Token);
        _rejected[fingerprint] = session.ExpiresAt;
        if (shared is not null && session.ExpiresAt > now)
        {
            Share(() => shared.GetDatabase().StringSet(KeyPrefix + fingerprint, 1, session.ExpiresAt - now, flags: CommandFlags.FireAndForget));
        }
    }

    public bool IsRejected(UserSession session)
    {
        var fingerprint = Fingerprint(session.Token);
        return _rejected.ContainsKey(fingerprint)
            || (shared is not null && Share(() => shared.GetDatabase().KeyExists(KeyPrefix + fingerprint)));
    }

    private static bool Share(Func<bool> call)
    {
        try
        {
            return call();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            return false;
        }
    }

    // the token itself stays out of memory dumps of this table, and out of Redis
    private static string Fingerprint(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
