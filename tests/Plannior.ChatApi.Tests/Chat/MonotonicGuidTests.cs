using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>
/// Message ids decide the order of messages written under one clock reading, so each id must sort after the one
/// before it the way PostgreSQL sorts uuids: byte by byte, which is the ordinal order of their text.
/// </summary>
public sealed class MonotonicGuidTests
{
    [Fact]
    public void Ids_taken_in_one_burst_sort_in_the_order_they_were_taken()
    {
        // far more than 4,096 ids, so several land in one millisecond and some borrow the next
        var ids = Enumerable.Range(0, 20_000).Select(_ => MonotonicGuid.Next().ToString()).ToList();

        for (var i = 1; i < ids.Count; i++)
        {
            Assert.True(string.CompareOrdinal(ids[i - 1], ids[i]) < 0, $"id {i} ({ids[i]}) sorts before id {i - 1} ({ids[i - 1]})");
        }
    }

    [Fact]
    public async Task Ids_taken_on_several_threads_are_unique_and_each_thread_sees_them_rise()
    {
        var perThread = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 5_000).Select(_ => MonotonicGuid.Next().ToString()).ToList())));

        Assert.Equal(20_000, perThread.SelectMany(ids => ids).Distinct().Count());
        Assert.All(perThread, ids => Assert.Equal(ids.Order(StringComparer.Ordinal), ids));
    }

    [Fact]
    public void Ids_are_version_7_with_the_rfc_variant_and_the_current_time()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var id = MonotonicGuid.Next();
        var bytes = id.ToByteArray(bigEndian: true);

        Assert.Equal(7, id.Version);
        Assert.Equal(0b10, bytes[8] >> 6);
        var milliseconds = bytes.Take(6).Aggregate(0L, (value, b) => (value << 8) | b);
        Assert.InRange(milliseconds, before, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + 4096);
    }
}
