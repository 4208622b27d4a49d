using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Tasks;

public sealed class OpenApiDocumentTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    [Fact]
    public async Task The_openapi_document_lists_the_account_and_task_routes()
    {
        var response = await factory.CreateApiClient().GetAsync("/openapi/v1.json");

        response.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("application/json", response.ContentType);
        var paths = response.Body!["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/api/auth/signup", paths);
        Assert.Contains("/api/auth/login", paths);
        Assert.Contains("/api/auth/me", paths);
        Assert.Contains("/api/{user_id}/tasks", paths);
        Assert.Contains("/api/{user_id}/tasks/{id}", paths);
        Assert.Contains("/api/{user_id}/tasks/{id}/complete", paths);
        Assert.Contains("/api/{user_id}/tasks/stats", paths);
        Assert.Contains("/api/auth/password", paths);
        Assert.Contains("/api/auth/export", paths);
        Assert.Contains("/api/{user_id}/reminders", paths);
        Assert.Contains("/api/{user_id}/tasks/{id}/snooze", paths);
        Assert.Equal("ChangePassword", response.Body["paths"]!["/api/auth/password"]!["post"]!["operationId"]!.GetValue<string>());
        Assert.Equal("ListReminders", response.Body["paths"]!["/api/{user_id}/reminders"]!["get"]!["operationId"]!.GetValue<string>());
        Assert.NotNull(response.Body["components"]?["securitySchemes"]?["Bearer"]);
    }
}
