using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Accounts;

/// <summary>API.md: the token's subject must equal <c>{user_id}</c>; otherwise 403, and a path id that is not a UUID is a 400.</summary>
public sealed class UserScopeTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    [Fact]
    public async Task A_valid_token_on_another_users_path_is_a_403_on_every_route()
    {
        var alice = await factory.NewUserAsync();
        var bob = await factory.NewUserAsync();
        var task = await bob.NewTaskAsync(new { title = "Bob's task" });
        var routes = UserRoutes.All(factory, bob.UserId);
        Assert.NotEmpty(routes);

        foreach (var (method, path) in routes)
        {
            var response = await UserRoutes.CallAsync(alice, method, path);

            Assert.True(response.Status == HttpStatusCode.Forbidden, $"{method} {path}: {(int)response.Status} {response.Text}");
            response.AssertProblem(HttpStatusCode.Forbidden);
        }
        var unchanged = await bob.GetTaskAsync(task.Id());
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(task, unchanged), $"{task.ToJsonString()} vs {unchanged.ToJsonString()}");
    }

    [Fact]
    public async Task Another_users_task_id_through_that_users_own_path_is_still_a_403()
    {
        var alice = await factory.NewUserAsync();
        var bob = await factory.NewUserAsync();
        var task = await bob.NewTaskAsync(new { title = "Bob's task" });

        var response = await alice.GetAsync(bob.TaskPath(task.Id()));

        response.AssertProblem(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("12345")]
    [InlineData("00000000-0000-0000-0000-00000000000g")]
    public async Task A_path_user_id_that_is_not_a_uuid_is_a_400(string userId)
    {
        var api = await factory.NewUserAsync();

        (await api.GetAsync($"/api/{userId}/tasks")).AssertProblem(HttpStatusCode.BadRequest);
        (await api.PostAsync($"/api/{userId}/tasks", new { title = "x" })).AssertProblem(HttpStatusCode.BadRequest);
        (await api.GetAsync($"/api/{userId}/tasks/stats")).AssertProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_path_user_id_is_compared_as_a_uuid_not_as_text()
    {
        var api = await factory.NewUserAsync();

        var response = await api.GetAsync($"/api/{api.UserId.ToUpperInvariant()}/tasks");

        response.AssertStatus(HttpStatusCode.OK);
    }
}
