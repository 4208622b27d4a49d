using System.Globalization;

namespace Plannior.Contracts;

/// <summary>The one paging request of every list: <c>limit</c> and <c>offset</c>.</summary>
public sealed record PageRequest(int Limit = Limits.DefaultPageSize, int Offset = 0)
{
    public string ToQueryString() =>
        string.Create(CultureInfo.InvariantCulture, $"limit={Math.Clamp(Limit, Limits.MinPageSize, Limits.MaxPageSize)}&offset={Math.Max(0, Offset)}");
}

/// <summary>The one paged answer of tasks and conversations: <c>{items, total_count, limit, offset, has_more}</c>.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, int Limit, int Offset, bool HasMore)
{
    public static Page<T> Empty { get; } = new([], 0, Limits.DefaultPageSize, 0, false);
}
