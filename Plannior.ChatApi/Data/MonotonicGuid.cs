using System.Security.Cryptography;

namespace Plannior.ChatApi.Data;

/// <summary>
/// Version 7 UUIDs that strictly increase within this process (RFC 9562 §6.2, method 1: the 12 bits after the
/// millisecond timestamp count within that millisecond).
/// </summary>
/// <remarks>
/// Messages are ordered by <c>(created_at, id)</c>. When two share a clock reading (the tests' fixed clock, or two
/// messages of one turn written in the same instant) the id decides, and <see cref="Guid.CreateVersion7()"/> fills the
/// bits below the millisecond at random: two of its ids from one millisecond come out in either order, so a turn's
/// question could be read back before the request it answers. The timestamp is the wall clock on purpose: it only
/// orders, it is never shown.
/// </remarks>
internal static class MonotonicGuid
{
    private const int MaxCounter = 0xFFF;
    private static readonly Lock Gate = new();
    private static long lastMilliseconds;
    private static int counter;

    public static Guid Next()
    {
        long milliseconds;
        int sequence;
        lock (Gate)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            if (now > lastMilliseconds)
            {
                lastMilliseconds = now;
                counter = 0;
            }
            else if (++counter > MaxCounter)
            {
                // 4,096 ids in one millisecond (or the clock stepped back): borrow the next millisecond
                lastMilliseconds++;
                counter = 0;
            }
            milliseconds = lastMilliseconds;
            sequence = counter;
        }

        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes[8..]);
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }
        bytes[6] = (byte)(0x70 | (sequence >> 8));
        bytes[7] = (byte)sequence;
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
