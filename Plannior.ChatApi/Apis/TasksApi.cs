using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plannior.ChatApi.Infrastructure;
using Plannior.ChatApi.Tasks;

namespace Plannior.ChatApi.Apis;

public static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this RouteGroupBuilder userScope)
    {
        var api = userScope.MapGroup("/tasks").WithTags("Tasks");

        api.MapGet("/", ListTasks);
        api.MapPost("/", CreateTask);
        api.MapGet("/stats", GetStats);
        api.MapGet("/{id}", GetTask);
        api.MapPatch("/{id}", UpdateTask);
        api.MapPost("/{id}/complete", CompleteTask);
        api.MapPost("/{id}/reopen", ReopenTask);
        api.MapDelete("/{id}", DeleteTask);
        return api;
    }

    public static async Task<Results<Ok<TaskPage>, ValidationProblem>> ListTasks(
        [FromRoute(Name = "user_id")] Guid userId, [AsParameters] TaskListQuery query, TaskService tasks,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var filter = query.ToFilter(errors);
        if (filter is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The task query is invalid.");
        }

        var page = await tasks.ListAsync(userId, filter, cancellationToken);
        return TypedResults.Ok(new TaskPage(
            [.. page.Items.Select(WireRecords.Task)], page.TotalCount, page.Limit, page.Offset, page.HasMore));
    }

    public static async Task<Results<Created<TaskResponse>, ValidationProblem>> CreateTask(
        [FromRoute(Name = "user_id")] Guid userId, CreateTaskRequest request, TaskService tasks,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var draft = TaskRules.Draft(errors, request);
        if (draft is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The task is invalid.");
        }

        var task = await tasks.CreateAsync(userId, draft, cancellationToken);
        return TypedResults.Created($"/api/{userId}/tasks/{task.Id}", WireRecords.Task(task));
    }

    public static async Task<Results<Ok<TaskResponse>, ProblemHttpResult>> GetTask(
        [FromRoute(Name = "user_id")] Guid userId, int id, TaskService tasks, CancellationToken cancellationToken) =>
        await tasks.GetAsync(userId, id, cancellationToken) is { } task
            ? TypedResults.Ok(WireRecords.Task(task))
            : TaskNotFound(id);

    public static async Task<Results<Ok<TaskResponse>, ValidationProblem, ProblemHttpResult>> UpdateTask(
        [FromRoute(Name = "user_id")] Guid userId, int id, UpdateTaskRequest request, TaskService tasks,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var changes = TaskRules.Changes(errors, request);
        if (changes is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The task changes are invalid.");
        }

        return await tasks.UpdateAsync(userId, id, changes, cancellationToken) is { } task
            ? TypedResults.Ok(WireRecords.Task(task))
            : TaskNotFound(id);
    }

    public static async Task<Results<Ok<CompletedTask>, ProblemHttpResult>> CompleteTask(
        [FromRoute(Name = "user_id")] Guid userId, int id, TaskService tasks, CancellationToken cancellationToken) =>
        await tasks.CompleteAsync(userId, id, cancellationToken) is { } result
            ? TypedResults.Ok(new CompletedTask(
                WireRecords.Task(result.Task), result.NextTask is null ? null : WireRecords.Task(result.NextTask)))
            : TaskNotFound(id);

    public static async Task<Results<Ok<TaskResponse>, ProblemHttpResult>> ReopenTask(
        [FromRoute(Name = "user_id")] Guid userId, int id, TaskService tasks, CancellationToken cancellationToken) =>
        await tasks.ReopenAsync(userId, id, cancellationToken) is { } task
            ? TypedResults.Ok(WireRecords.Task(task))
            : TaskNotFound(id);

    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteTask(
        [FromRoute(Name = "user_id")] Guid userId, int id, TaskService tasks, CancellationToken cancellationToken) =>
        await tasks.DeleteAsync(userId, id, cancellationToken) is not null
            ? TypedResults.NoContent()
            : TaskNotFound(id);

    public static async Task<Ok<TaskStats>> GetStats(
        [FromRoute(Name = "user_id")] Guid userId, TaskService tasks, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tasks.StatsAsync(userId, cancellationToken));

    private static ProblemHttpResult TaskNotFound(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Task not found.",
            detail: $"There is no task {id}.");
}
