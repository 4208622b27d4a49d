using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Infrastructure;

/// <summary><c>limit</c> and <c>offset</c> of a list endpoint, validated the same way everywhere.</summary>
public sealed record PageRequest(int? Limit, int? Offset)
{
    public int Take => TakeOr(TaskLimits.DefaultPageSize);

    public int TakeOr(int defaultLimit) => Limit ?? defaultLimit;

    public int Skip => Offset ?? 0;

    public bool IsValid(ValidationErrors errors, int maxLimit = TaskLimits.MaxPageSize)
    {
        if (Limit is < 1 || Limit > maxLimit)
        {
            errors.Add("limit", $"Limit must be between 1 and {maxLimit}.");
        }
        if (Offset is < 0)
        {
            errors.Add("offset", "Offset cannot be negative.");
        }
        return errors.IsEmpty;
    }
}
