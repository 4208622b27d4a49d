using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Load;

/// <summary>
/// 50 users at once, each editing tasks and chatting (offline assistant) through a fixed script: every
/// acknowledged write is stored exactly once, nothing is stored twice, and nothing is a 5xx. On a PostgreSQL
/// server of its own, so its connections never starve the classes sharing the common one.
/// </summary>
public sealed class LoadTests(DatabaseOutageFactory factory) : IClassFixture<DatabaseOutageFactory>
{
    public const int Users = 50;

    [Fact]
    public async Task Fifty_users_at_once_lose_nothing_and_duplicate_nothing()
    {
        var users = await LoadRun.SignUpAsync(factory, Users);

        await Task.WhenAll(users.Select(user => user.RunAsync(0, LoadUser.Steps)));

        LoadRun.AssertNoServerErrors(users);
        Assert.All(users, user => Assert.All(user.Outcomes, outcome => Assert.Null(outcome.Failure)));
        Assert.Equal(Users * 3, users.Sum(user => user.AckedTitles.Count));
        Assert.Equal(Users * 3, users.Sum(user => user.AckedChats.Count));
        Assert.Equal([], await LoadChecks.ProblemsAsync(factory.ConnectionString, users));
    }
}

/// <summary>Signing users up and judging what they saw.</summary>
public static class LoadRun
{
    // A hang guard per request: under load on a small machine a request may queue, but it must end.
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Signs the users up, a few at a time: that is the setting, not the load under test, and 50 password hashes
    /// and new connections at once on a busy two-core machine can outlast the database's 2 s connect budget.
    /// </summary>
    public static async Task<List<LoadUser>> SignUpAsync(ChatApiFactory factory, int count)
    {
        using var gate = new SemaphoreSlim(8);
        return [.. await Task.WhenAll(Enumerable.Range(0, count).Select(async number =>
        {
            await gate.WaitAsync();
            try
            {
                return new LoadUser(number, await Client(factory).SignUpAsync());
            }
            finally
            {
                gate.Release();
            }
        }))];
    }

    /// <summary>A client of its own, not the factory's: it outlives a factory stopped under it, as a browser would.</summary>
    public static ApiClient Client(ChatApiFactory factory)
    {
        using var probe = factory.CreateClient();
        return new ApiClient(new HttpClient { BaseAddress = probe.BaseAddress, Timeout = HangGuard });
    }

    // The outage tests' script: steps before the outage, steps it interrupts, steps sent while it lasts, steps after.
    public const int InterruptedFrom = 4;
    public const int DownFrom = 8;
    public const int DownTo = 10;

    /// <summary>The first steps, all answered.</summary>
    public static async Task BeforeAsync(List<LoadUser> users)
    {
        await Task.WhenAll(users.Select(user => user.RunAsync(0, InterruptedFrom)));
        Assert.All(users, user => Assert.All(user.Outcomes, outcome => Assert.True(outcome.Status < 300, outcome.ToString())));
    }

    /// <summary>Runs the next steps for every user and calls <paramref name="stop"/> while they are under way.</summary>
    public static async Task InterruptAsync(List<LoadUser> users, Func<Task> stop)
    {
        var sent = users.Sum(user => user.Outcomes.Count);
        var load = Task.WhenAll(users.Select(user => user.RunAsync(InterruptedFrom, DownFrom)));
        await Eventually.TrueAsync(() => Task.FromResult(users.Sum(user => user.Outcomes.Count) >= sent + users.Count), "the load under way", HangGuard);
        await stop();
        await load;
    }

    /// <summary>Once it is back: the unanswered chat turns retried with their client_message_id, then the last steps, all answered.</summary>
    public static async Task AfterAsync(List<LoadUser> users)
    {
        foreach (var user in users)
        {
            user.Outcomes.Clear();
        }
        await Task.WhenAll(users.Select(async user =>
        {
            await user.RetryUnansweredAsync();
            await user.RunAsync(DownTo, LoadUser.Steps);
        }));
        Assert.All(users, user => Assert.All(user.Outcomes, outcome => Assert.True(outcome.Status < 300 && outcome.Failure is null, outcome.ToString())));
        Assert.All(users, user => Assert.Empty(user.UnansweredChats));
    }

    public static void AssertNoServerErrors(IEnumerable<LoadUser> users, bool allowUnavailable = false)
    {
        var errors = users.SelectMany(user => user.Outcomes.Select(outcome => (user.Number, outcome)))
            .Where(entry => entry.outcome.Status >= 500 && !(allowUnavailable && entry.outcome.Status == 503)
                || entry.outcome.Failure?.StartsWith(nameof(TaskCanceledException), StringComparison.Ordinal) == true)
            .Select(entry => $"user {entry.Number}: {entry.outcome}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }
}
