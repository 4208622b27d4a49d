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
}
