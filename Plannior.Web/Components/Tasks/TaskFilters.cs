using Microsoft.AspNetCore.WebUtilities;

namespace Plannior.Web.Components.Tasks;

/// <summary>What the task panel shows: the API's filters, order and search, in one value.</summary>
public sealed record TaskFilters(
    TaskStatusFilter Status = TaskStatusFilter.All,
    TaskPriority? Priority = null,
    DueWindow? Due = null,
    string Tag = "",
    string Search = "",
    TaskSort Sort = TaskSort.Created)
{
    public bool IsDefault => this == new TaskFilters();

    public TaskQuery ToQuery(PageRequest page) => new(
        Status, Search, Priority, Tag, Due, Sort,
        // soonest due and highest priority first read best; newest first for the rest
        Sort is TaskSort.Due or TaskSort.Title ? SortOrder.Asc : SortOrder.Desc,
        page);

    /// <summary>
    /// The task page showing these filters, as a link (<c>tasks?status=pending&amp;due=overdue&amp;sort=due</c>); the
    /// query names and values are the API's, and <see cref="FromQuery"/> reads them back.
    /// </summary>
    public string ToTasksUrl()
    {
        var query = new Dictionary<string, string?>();
        if (Status != TaskStatusFilter.All) query["status"] = Lower(Status);
        if (Priority is { } priority) query["priority"] = Lower(priority);
        if (Due is { } due) query["due"] = Lower(due);
        if (Tag.Length > 0) query["tag"] = Tag;
        if (Search.Length > 0) query["q"] = Search;
        if (Sort != TaskSort.Created) query["sort"] = Lower(Sort);
        return QueryHelpers.AddQueryString("tasks", query);

        static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
    }

    /// <summary>Filters from a link's query; a value that names nothing is left at its default.</summary>
    public static TaskFilters FromQuery(string? status, string? priority, string? due, string? tag, string? search, string? sort) => new(
        Parse<TaskStatusFilter>(status) ?? TaskStatusFilter.All,
        Parse<TaskPriority>(priority),
        Parse<DueWindow>(due),
        tag?.Trim().TrimStart('#') ?? string.Empty,
        search?.Trim() ?? string.Empty,
        Parse<TaskSort>(sort) ?? TaskSort.Created);

    // names only: Enum.TryParse would also take "7" as a value no member has
    private static T? Parse<T>(string? value) where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(member => string.Equals(member.ToString(), value, StringComparison.OrdinalIgnoreCase));
}
