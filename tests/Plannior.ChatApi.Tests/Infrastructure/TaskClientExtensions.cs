using System.Net;
using System.Text.Json.Nodes;

namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>The task calls most tests make, asserting success so a test reads as the behaviour it checks.</summary>
public static class TaskClientExtensions
{
    public static string TasksPath(this ApiClient api) => $"/api/{api.UserId}/tasks";

    public static string TaskPath(this ApiClient api, int id) => $"/api/{api.UserId}/tasks/{id}";

    public static async Task<JsonNode> NewTaskAsync(this ApiClient api, object task)
    {
        var response = await api.CreateTaskAsync(task);
        response.AssertStatus(HttpStatusCode.Created);
        return response.Body!;
    }

    public static async Task<JsonNode> GetTaskAsync(this ApiClient api, int id)
    {
        var response = await api.GetAsync(api.TaskPath(id));
        response.AssertStatus(HttpStatusCode.OK);
        return response.Body!;
    }

    /// <summary>POST /complete; the answer is <c>{task, next_task}</c>.</summary>
    public static async Task<JsonNode> CompleteTaskAsync(this ApiClient api, int id)
    {
        var response = await api.PostAsync($"{api.TaskPath(id)}/complete");
        response.AssertStatus(HttpStatusCode.OK);
        return response.Body!;
    }

    /// <summary>GET /tasks with a query string such as <c>status=pending&amp;limit=5</c>.</summary>
    public static async Task<JsonNode> ListTasksAsync(this ApiClient api, string query = "")
    {
        var response = await api.GetAsync($"{api.TasksPath()}?{query}");
        response.AssertStatus(HttpStatusCode.OK);
        return response.Body!;
    }

    /// <summary>A second client for the same server, signed up as another fresh user.</summary>
    public static Task<ApiClient> NewUserAsync(this ChatApiFactory factory, string? timezone = null) =>
        factory.CreateApiClient().SignUpAsync(timezone);
}
