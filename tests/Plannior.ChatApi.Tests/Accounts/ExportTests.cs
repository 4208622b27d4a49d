using System.Net;
using System.Text.Json.Nodes;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Accounts;

/// <summary>API.md: <c>GET /api/auth/export</c> is a JSON attachment of everything the account owns.</summary>
public sealed class ExportTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    [Fact]
    public async Task The_export_is_a_json_attachment_with_the_profile_tasks_and_conversations_with_their_messages()
    {
        var api = await factory.NewUserAsync(timezone: "Asia/Karachi");
        await api.NewTaskAsync(new { title = "Renew passport", priority = "high", tags = new[] { "admin" } });
        var done = await api.NewTaskAsync(new { title = "Pay rent" });
        await api.CompleteTaskAsync(done["id"]!.GetValue<int>());
        var chat = await api.PostAsync($"/api/{api.UserId}/chat", new { message = "add buy milk tomorrow" });
        chat.AssertStatus(HttpStatusCode.OK);
        var bystander = await factory.NewUserAsync();
        await bystander.NewTaskAsync(new { title = "Not theirs" });

        var response = await api.GetAsync("/api/auth/export");

        response.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("attachment", response.ContentHeaders.ContentDisposition?.DispositionType);
        Assert.EndsWith(".json", response.ContentHeaders.ContentDisposition?.FileName?.Trim('"'));
        var export = response.Body!;
        Assert.Equal(api.UserId, export["profile"]!["user_id"]!.GetValue<string>());
        Assert.Equal("Asia/Karachi", export["profile"]!["timezone"]!.GetValue<string>());
        var titles = export["tasks"]!.AsArray().Select(t => t!["title"]!.GetValue<string>()).ToList();
        Assert.Equal(3, titles.Count);
        Assert.Contains("Renew passport", titles);
        Assert.Contains("Pay rent", titles);
        Assert.DoesNotContain("Not theirs", titles);
        Assert.Contains(export["tasks"]!.AsArray(), t => t!["completed"]!.GetValue<bool>() && t["completed_at"] is not null);

        var conversation = Assert.Single(export["conversations"]!.AsArray())!;
        Assert.Equal(chat.Body!["conversation_id"]!.GetValue<string>(), conversation["id"]!.GetValue<string>());
        var messages = conversation["messages"]!.AsArray();
        Assert.Equal(conversation["message_count"]!.GetValue<int>(), messages.Count);
        Assert.Equal(["user", "assistant"], messages.Select(m => m!["role"]!.GetValue<string>()));
        Assert.Equal("add buy milk tomorrow", messages[0]!["content"]!.GetValue<string>());
        Assert.Contains(messages[1]!["tool_calls"]!.AsArray(), call => call!["name"]!.GetValue<string>() == "add_task");
    }

    [Fact]
    public async Task A_new_account_exports_its_profile_and_empty_lists()
    {
        var api = await factory.NewUserAsync();

        var export = (await api.GetAsync("/api/auth/export")).AssertStatus(HttpStatusCode.OK).Body!;

        Assert.Equal(api.UserId, export["profile"]!["user_id"]!.GetValue<string>());
        Assert.Empty(export["tasks"]!.AsArray());
        Assert.Empty(export["conversations"]!.AsArray());
    }

    [Fact]
    public async Task The_export_requires_a_token()
    {
        (await factory.CreateApiClient().GetAsync("/api/auth/export")).AssertProblem(HttpStatusCode.Unauthorized);
    }
}
