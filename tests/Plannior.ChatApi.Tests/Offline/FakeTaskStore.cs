namespace Plannior.ChatApi.Tests.Offline;

using System.Globalization;
using Microsoft.Extensions.AI;

// An in-memory stand-in for the five task tools, shaped like the real results in API.md.
internal sealed class FakeTaskStore
{
    private int _nextId = 1;

    public List<FakeTask> Tasks { get; } = [];

    public FakeTask Seed(string title, string priority = "medium", string? dueAt = null, string? recurrence = null, bool completed = false)
    {
        var task = new FakeTask { Id = _nextId++, Title = title, Priority = priority, DueAt = dueAt, Recurrence = recurrence, Completed = completed };
        Tasks.Add(task);
        return task;
    }

    public IList<AITool> Tools() =>
    [
        AIFunctionFactory.Create(Add, "add_task", "Create a task."),
        AIFunctionFactory.Create(List, "list_tasks", "List tasks."),
        AIFunctionFactory.Create(Complete, "complete_task", "Complete a task."),
        AIFunctionFactory.Create(Delete, "delete_task", "Delete a task."),
        AIFunctionFactory.Create(Update, "update_task", "Update a task."),
    ];

    private object Add(string title, string? description = null, string? priority = null, string[]? tags = null,
        string? due_at = null, string? remind_at = null, string? recurrence = null)
    {
        var task = Seed(title, priority ?? "medium", due_at, recurrence);
        task.Tags = tags ?? [];
        return new { task_id = task.Id, status = "created", title, priority = task.Priority, due_at, tags = task.Tags, recurrence };
    }

    private object List(string? status = null, string? priority = null, string? tag = null, string? query = null, string? due = null)
    {
        var tasks = Tasks.Where(t => status switch { "pending" => !t.Completed, "completed" => t.Completed, _ => true })
            .Where(t => priority is null || t.Priority == priority)
            .Where(t => tag is null || t.Tags.Contains(tag))
            .Where(t => query is null || t.Title.Contains(query, StringComparison.OrdinalIgnoreCase))
            .Select(t => new { id = t.Id, title = t.Title, completed = t.Completed, priority = t.Priority, due_at = t.DueAt, tags = t.Tags, recurrence = t.Recurrence })
            .ToList();
        return new { tasks, total_count = tasks.Count };
    }

    // task_ids as the real tool takes them: each task's outcome in "results"
    private object Complete(int task_id = 0, int[]? task_ids = null) =>
        task_ids is null ? CompleteOne(task_id) : new { status = "completed", results = task_ids.Select(CompleteOne).ToList() };

    private object CompleteOne(int task_id)
    {
        if (Find(task_id) is not { } task) return NotFound(task_id);
        task.Completed = true;
        if (task.Recurrence is null) return new { task_id, status = "completed", title = task.Title };
        var due = DateTimeOffset.Parse(task.DueAt!, CultureInfo.InvariantCulture).AddDays(7).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        var next = Seed(task.Title, task.Priority, due, task.Recurrence);
        return new { task_id, status = "completed", title = task.Title, next_task_id = next.Id, next_due_at = due };
    }

    private object Delete(int task_id = 0, int[]? task_ids = null) =>
        task_ids is null ? DeleteOne(task_id) : new { status = "deleted", results = task_ids.Select(DeleteOne).ToList() };

    private object DeleteOne(int task_id)
    {
        if (Find(task_id) is not { } task) return NotFound(task_id);
        Tasks.Remove(task);
        return new { task_id, status = "deleted", title = task.Title };
    }

    private object Update(int task_id, string? title = null, string? priority = null, string? due_at = null, bool? completed = null)
    {
        if (Find(task_id) is not { } task) return NotFound(task_id);
        task.Title = title ?? task.Title;
        task.Priority = priority ?? task.Priority;
        task.DueAt = due_at ?? task.DueAt;
        task.Completed = completed ?? task.Completed;
        return new { task_id, status = "updated", title = task.Title, priority = task.Priority, due_at = task.DueAt };
    }

    private FakeTask? Find(int id) => Tasks.FirstOrDefault(t => t.Id == id);

    private static object NotFound(int id) => new { error = $"Task {id} was not found", task_id = id };
}

internal sealed class FakeTask
{
    public int Id { get; init; }
    public required string Title { get; set; }
    public bool Completed { get; set; }
    public string Priority { get; set; } = "medium";
    public string? DueAt { get; set; }
    public string[] Tags { get; set; } = [];
    public string? Recurrence { get; init; }
}
