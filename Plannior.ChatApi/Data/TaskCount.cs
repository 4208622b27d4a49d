namespace Plannior.ChatApi.Data;

/// <summary>
/// How many tasks a user has, and how many of them are completed: one row a user, kept exact by triggers on
/// <c>tasks</c> (migration <c>TaskCounts</c>) in the same transaction as every insert, delete and completion, so
/// the list's total reads one row instead of counting up to all of a user's tasks on every page.
/// A user with no tasks may have no row.
/// </summary>
public sealed class TaskCount
{
    public Guid UserId { get; init; }
    public int Total { get; init; }
    public int Completed { get; init; }
}
