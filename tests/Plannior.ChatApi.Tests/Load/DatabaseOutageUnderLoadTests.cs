using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Load;

/// <summary>PostgreSQL stopped and started again under load: fast 503s while it is down, recovery with no restart.</summary>
public sealed class DatabaseOutageUnderLoadTests(DatabaseOutageFactory factory) : IClassFixture<DatabaseOutageFactory>
{
    private const int Users = 20;

    [Fact]
    public async Task A_database_outage_under_load_is_503s_then_recovers_and_loses_nothing_acknowledged()
    {
        var users = await LoadRun.SignUpAsync(factory, Users);
        await LoadRun.BeforeAsync(users);

        await LoadRun.InterruptAsync(users, factory.Postgres.StopAsync);
        await Task.WhenAll(users.Select(user => user.RunAsync(LoadRun.DownFrom, LoadRun.DownTo)));

        // While it was down calls were answered 503 (each within the hang guard), never another 5xx.
        LoadRun.AssertNoServerErrors(users, allowUnavailable: true);
        Assert.All(users, user => Assert.All(user.Outcomes, outcome => Assert.Null(outcome.Failure)));
        Assert.All(users, user => Assert.All(user.Outcomes.Skip(user.Outcomes.Count - 2), outcome => Assert.Equal(503, outcome.Status)));

        await factory.Postgres.StartAgainAsync();
        await Eventually.MatchesAsync(() => users[0].Api.GetAsync(users[0].Api.TasksPath()), response => response.Status == HttpStatusCode.OK,
            "the task list once PostgreSQL is back", TimeSpan.FromSeconds(30));
        await LoadRun.AfterAsync(users);

        Assert.Equal([], await LoadChecks.ProblemsAsync(factory.ConnectionString, users));
    }
}
