using Microsoft.EntityFrameworkCore;
using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;
using Page = Plannior.Contracts.Page<Plannior.Contracts.TaskChange>;

namespace Plannior.ChatApi.Tasks;

/// <summary>
/// The change feed and its undo, for REST, chat and MCP alike. A change is undone by putting back the task it
/// recorded; only a task's latest change that is not undone yet can be, so undoing never overwrites a later edit.
/// </summary>
public sealed class TaskUndo(PlanniorDbContext db, TimeProvider clock)
{
    public async Task<Page> ListAsync(Guid userId, PageRequest page, CancellationToken cancellationToken)
    {
        var query = db.TaskChanges.AsNoTracking().Where(c => c.UserId == userId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(c => c.Id).Skip(page.Skip).Take(page.Take).ToListAsync(cancellationToken);
        return new Page([.. items.Select(WireRecords.Change)], total, page.Take, page.Skip,
            HasMore: page.Skip + items.Count < total);
    }

    public Task<UndoOutcome> UndoAsync(Guid userId, long changeId, CancellationToken cancellationToken) =>
        UndoWhereAsync(userId, c => c.Id == changeId, cancellationToken);

    /// <summary>The latest change not yet undone that this conversation (or, with none, this source) made.</summary>
    public Task<UndoOutcome> UndoLatestAsync(Guid userId, ChangeSource source, Guid? conversationId, CancellationToken cancellationToken) =>
        UndoWhereAsync(userId, conversationId is { } id
            ? c => c.ConversationId == id && c.UndoneAt == null
            : c => c.Source == source && c.UndoneAt == null, cancellationToken);

    private async Task<UndoOutcome> UndoWhereAsync(
        Guid userId, System.Linq.Expressions.Expression<Func<TaskChange, bool>> which, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var candidate = await db.TaskChanges.AsNoTracking().Where(c => c.UserId == userId).Where(which)
                .OrderByDescending(c => c.Id).Select(c => (long?)c.Id).FirstOrDefaultAsync(cancellationToken);
            // Row lock: two undos of the same change at once must not both apply.
            var change = candidate is { } id
                ? await db.TaskChanges.FromSql($"SELECT * FROM task_changes WHERE id = {id} AND user_id = {userId} FOR UPDATE")
                    .SingleOrDefaultAsync(cancellationToken)
                : null;
            if (change is null)
            {
                return new UndoOutcome.NotFound();
            }

            var outcome = await RevertAsync(change, cancellationToken);
            if (outcome is UndoOutcome.Undone)
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            return outcome;
        });
    }

    private async Task<UndoOutcome> RevertAsync(TaskChange change, CancellationToken cancellationToken)
    {
        if (change.UndoneAt is not null)
        {
            return new UndoOutcome.Refused("This change has already been undone.");
        }
        var latest = await db.TaskChanges
            .Where(c => c.UserId == change.UserId && c.TaskId == change.TaskId && c.UndoneAt == null)
            .MaxAsync(c => c.Id, cancellationToken);
        if (latest != change.Id)
        {
            return new UndoOutcome.Refused("The task has changed since; only its latest change can be undone.");
        }

        var now = TaskRules.StoredPrecision(clock.GetUtcNow().UtcDateTime);
        var before = TaskState.Parse(change.Before);
        var after = TaskState.Parse(change.After);
        var task = await db.Tasks
            .FromSql($"SELECT * FROM tasks WHERE id = {change.TaskId} AND user_id = {change.UserId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        switch (change.Action)
        {
            case ChangeAction.Created when task is not null:
                db.Tasks.Remove(task);
                task = null;
                break;
            case ChangeAction.Deleted when task is null && before is not null:
                var next = before.NextOccurrenceId is { } nextId && await db.Tasks.AnyAsync(t => t.Id == nextId, cancellationToken) ? nextId : (int?)null;
                task = before.ToTask(change.UserId, now, next);
                db.Tasks.Add(task);
                break;
            case ChangeAction.Completed when task is not null && before is not null:
                if (after?.NextOccurrenceId is { } madeId && madeId != before.NextOccurrenceId
                    && await RemoveOccurrenceAsync(change.UserId, madeId, cancellationToken) is { } refusal)
                {
                    return refusal;
                }
                before.ApplyTo(task, now);
                break;
            case ChangeAction.Updated or ChangeAction.Reopened when task is not null && before is not null:
                before.ApplyTo(task, now);
                break;
            default:
                return new UndoOutcome.Refused("The task this change was made to is gone, so it cannot be undone.");
        }
        change.UndoneAt = now;
        return new UndoOutcome.Undone(change, task);
    }

    // The occurrence a completion created goes with the completion, unless it has a life of its own by now.
    private async Task<UndoOutcome.Refused?> RemoveOccurrenceAsync(Guid userId, int occurrenceId, CancellationToken cancellationToken)
    {
        if (await db.TaskChanges.AnyAsync(c => c.UserId == userId && c.TaskId == occurrenceId && c.UndoneAt == null, cancellationToken))
        {
            return new UndoOutcome.Refused("The next occurrence this completion created has been changed since; undo that first.");
        }
        if (await db.Tasks.SingleOrDefaultAsync(t => t.Id == occurrenceId && t.UserId == userId, cancellationToken) is { } occurrence)
        {
            db.Tasks.Remove(occurrence);
        }
        return null;
    }
}
