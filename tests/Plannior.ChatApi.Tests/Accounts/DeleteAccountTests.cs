using System.Net;
using Npgsql;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Accounts;

public sealed class DeleteAccountTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task Wrong_password_is_a_401_and_the_account_stays()
    {
        var email = $"keep-{Guid.NewGuid():N}@example.com";
        var api = await factory.CreateApiClient().SignUpAsync(email: email, password: Password);

        var response = await api.DeleteAsync("/api/auth/me", new { password = "not the password" });

        response.AssertProblem(HttpStatusCode.Unauthorized);
        (await api.GetAsync("/api/auth/me")).AssertStatus(HttpStatusCode.OK);
        (await factory.CreateApiClient().PostAsync("/api/auth/login", new { email, password = Password })).AssertStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Missing_password_is_a_400()
    {
        var api = await factory.NewUserAsync();

        (await api.DeleteAsync("/api/auth/me", new { })).AssertValidationError("password");
        (await api.DeleteAsync("/api/auth/me")).AssertProblem(HttpStatusCode.BadRequest);
        (await api.GetAsync("/api/auth/me")).AssertStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Right_password_deletes_the_account_and_everything_it_owns()
    {
        var email = $"gone-{Guid.NewGuid():N}@example.com";
        var api = await factory.CreateApiClient().SignUpAsync(email: email, password: Password);
        await api.NewTaskAsync(new { title = "One" });
        await api.NewTaskAsync(new { title = "Two", recurrence = "FREQ=DAILY", due_at = DateTimeOffset.UtcNow.AddDays(1).Iso() });
        await InsertConversationAsync(api.UserId);
        var bystander = await factory.NewUserAsync();
        await bystander.NewTaskAsync(new { title = "Not theirs" });
        await InsertConversationAsync(bystander.UserId);
        Assert.Equal(2, await CountAsync("tasks", api.UserId));
        Assert.Equal(1, await CountAsync("conversations", api.UserId));
        Assert.Equal(1, await CountAsync("messages", api.UserId));

        var response = await api.DeleteAsync("/api/auth/me", new { password = Password });

        response.AssertStatus(HttpStatusCode.NoContent);
        var login = await factory.CreateApiClient().PostAsync("/api/auth/login", new { email, password = Password });
        login.AssertProblem(HttpStatusCode.Unauthorized);
        Assert.Equal(0, await CountAsync("users", api.UserId, column: "id"));
        Assert.Equal(0, await CountAsync("tasks", api.UserId));
        Assert.Equal(0, await CountAsync("conversations", api.UserId));
        Assert.Equal(0, await CountAsync("messages", api.UserId));
        Assert.Equal(1, await CountAsync("tasks", bystander.UserId));
        Assert.Equal(1, await CountAsync("messages", bystander.UserId));
    }

    [Fact]
    public async Task The_token_of_a_deleted_account_no_longer_works()
    {
        var api = await factory.CreateApiClient().SignUpAsync(password: Password);
        (await api.DeleteAsync("/api/auth/me", new { password = Password })).AssertStatus(HttpStatusCode.NoContent);

        (await api.GetAsync("/api/auth/me")).AssertProblem(HttpStatusCode.Unauthorized);
        (await api.PatchAsync("/api/auth/me", new { name = "Ghost" })).AssertProblem(HttpStatusCode.Unauthorized);
        (await api.CreateTaskAsync(new { title = "Haunt the database" })).AssertProblem(HttpStatusCode.Unauthorized);
        (await api.GetAsync(api.TasksPath())).AssertProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Email_can_be_registered_again_after_deletion()
    {
        var email = $"again-{Guid.NewGuid():N}@example.com";
        var first = await factory.CreateApiClient().SignUpAsync(email: email, password: Password);
        (await first.DeleteAsync("/api/auth/me", new { password = Password })).AssertStatus(HttpStatusCode.NoContent);

        var second = await factory.CreateApiClient().SignUpAsync(email: email, password: "another password");

        Assert.NotEqual(first.UserId, second.UserId);
        Assert.Empty((await second.ListTasksAsync()).Ids());
    }

    private async Task InsertConversationAsync(string userId)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            WITH c AS (
                INSERT INTO conversations (id, user_id, title, language_preference, summarized_message_count)
                VALUES (gen_random_uuid(), @user, 'Groceries', 'en', 0) RETURNING id)
            INSERT INTO messages (id, conversation_id, user_id, role, content)
            SELECT gen_random_uuid(), c.id, @user, 'user', 'add milk' FROM c
            """, connection);
        command.Parameters.AddWithValue("user", Guid.Parse(userId));
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> CountAsync(string table, string userId, string column = "user_id")
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"select count(*) from {table} where {column} = @user", connection);
        command.Parameters.AddWithValue("user", Guid.Parse(userId));
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
