using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;
using Plannior.ChatApi.Tasks;

namespace Plannior.ChatApi.Apis;

public static class RemindersApi
{
    private static readonly TimeSpan DefaultReach = TimeSpan.FromHours(24);

    public static RouteGroupBuilder MapRemindersApi(this RouteGroupBuilder userScope)
    {
        userScope.MapGet("/reminders", ListReminders).WithTags("Reminders")
            .WithName("ListReminders").WithSummary("Pending tasks whose reminder falls in [from, to), earliest first.");
        userScope.MapPost("/tasks/{id}/snooze", SnoozeTask).WithTags("Reminders")
            .WithName("SnoozeTask").WithSummary("Move a task's reminder to now plus 1 to 1440 minutes.");
        return userScope;
    }

    public static async Task<Results<Ok<ReminderList>, ValidationProblem>> ListReminders(
        [FromRoute(Name = "user_id")] Guid userId, string? from, string? to, TaskService tasks, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var now = clock.GetUtcNow().UtcDateTime;
        var start = Instant(errors, "from", from) ?? now - DefaultReach;
        var end = Instant(errors, "to", to) ?? now + DefaultReach;
        if (errors.IsEmpty && end <= start)
        {
            errors.Add("to", "'to' must be later than 'from'.");
        }
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The reminder window is invalid.");
        }

        var due = await tasks.RemindersAsync(userId, start, end, cancellationToken);
        return TypedResults.Ok(new ReminderList(
            [.. due.Select(task => new Reminder(task.Id, task.Title, task.RemindAt!.Value, task.DueAt))]));
    }

    public static async Task<Results<Ok<TaskResponse>, ValidationProblem, ProblemHttpResult>> SnoozeTask(
        [FromRoute(Name = "user_id")] Guid userId, int id, SnoozeRequest request, TaskService tasks,
        CancellationToken cancellationToken)
    {
        if (request.Minutes is not (>= ReminderLimits.MinSnoozeMinutes and <= ReminderLimits.MaxSnoozeMinutes))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["minutes"] = [$"Minutes must be between {ReminderLimits.MinSnoozeMinutes} and {ReminderLimits.MaxSnoozeMinutes}."],
                },
                title: "The snooze is invalid.");
        }

        return await tasks.SnoozeAsync(userId, id, TimeSpan.FromMinutes(request.Minutes.Value), cancellationToken) is { } task
            ? TypedResults.Ok(WireRecords.Task(task))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Task not found.",
                detail: $"There is no task {id}.");
    }

    private static DateTime? Instant(ValidationErrors errors, string field, string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            errors.Add(field, $"'{field}' must be an ISO 8601 instant such as 2026-01-31T09:00:00Z.");
            return null;
        }
        return instant.UtcDateTime;
    }
}

public sealed record SnoozeRequest(int? Minutes);
