using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Plannior.Web.Auth;

/// <summary>
/// Tokens the API has answered 401 to. An interactive circuit has no HTTP response to clear the cookie with,
/// so it records the token here and the cookie handler signs the user out on their next request.
/// Entries are kept only until the token would have expired anyway.
/// </summary>
public sealed class RejectedTokens(TimeProvider time)
{
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
        _rejected[Fingerprint(session.Token)] = session.ExpiresAt;
    }

    public bool IsRejected(UserSession session) => _rejected.ContainsKey(Fingerprint(session.Token));

    // the token itself stays out of memory dumps of this table
    private static string Fingerprint(string token) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
