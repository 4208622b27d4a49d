using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Load;

/// <summary>
/// ChatApi stopped in the middle of a load and a new instance started on the same database: what was acknowledged
/// before the stop is stored once, clients failed fast meanwhile (no request hung), and conversations resume.
/// </summary>
public sealed class ChatApiRestartUnderLoadTests
{
    private const int Users = 30;

    [Fact]
    public async Task A_chat_api_stopped_under_load_loses_nothing_it_acknowledged_and_conversations_resume()
    {
        await using var postgres = await Plannior.Testing.TestPostgres.StartDedicatedAsync();
        // Disposed twice when all goes well (mid-test, then here): harmless, and it never outlives a failed test.
        await using var first = new OwnServerChatApiFactory(postgres);
        await first.InitializeAsync();
        var users = await LoadRun.SignUpAsync(first, Users);
        await LoadRun.BeforeAsync(users);

        // Stopped while every user is sending; then each sends more while it is down.
        await LoadRun.InterruptAsync(users, () => first.DisposeAsync().AsTask());
        await Task.WhenAll(users.Select(user => user.RunAsync(LoadRun.DownFrom, LoadRun.DownTo)));

        LoadRun.AssertNoServerErrors(users, allowUnavailable: true);
        // Calls made while it was down failed at once (connection refused): none waited out the hang guard.
        Assert.All(users, user => Assert.All(user.Outcomes.Skip(user.Outcomes.Count - 2), outcome =>
            Assert.True(outcome.Failure?.StartsWith(nameof(HttpRequestException), StringComparison.Ordinal) == true, outcome.ToString())));

        await using var second = RestartedChatApiFactory.Start(first, []);
        foreach (var user in users)
        {
            user.Api = LoadRun.Client(second).ActingAs(user.Api);
        }
        await LoadRun.AfterAsync(users);

        Assert.Equal([], await LoadChecks.ProblemsAsync(first.ConnectionString, users));
        // Each conversation carried on where it was: one conversation per user, every turn in it once, answered.
        foreach (var user in users)
        {
            var history = await user.Api.HistoryAsync(user.ConversationId!, "limit=100");
            Assert.Equal(2 * user.AckedChats.Count, history.Int("total_count"));
            Assert.Equal(1, (await user.Api.ConversationsAsync()).Int("total_count"));
        }
    }
}
