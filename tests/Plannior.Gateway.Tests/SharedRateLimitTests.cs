using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Plannior.Gateway.RateLimiting;
using Plannior.Gateway.Tests.Infrastructure;
using Plannior.Testing;

namespace Plannior.Gateway.Tests;

/// <summary>
/// Several Gateway replicas sharing one real Redis (the machine's redis-server), as the AppHost runs them with
/// Plannior:Replicas above one: the limits of API.md hold for all of them together, and a Redis outage leaves
/// each serving with limits of its own, degraded and saying so.
/// </summary>
public sealed class SharedRateLimitTests
{
    private const int AuthPermits = 10; // API.md: 10 sign-in attempts a minute per address, appsettings.json's default

    public static TheoryData<int, int> Spreads => new()
    {
        // replicas, seed of the order the attempts are spread over them
        { 2, 1 },
        { 3, 2 },
        { 3, 3 },
    };

    [Theory]
    [MemberData(nameof(Spreads))]
    public async Task The_auth_limit_holds_for_all_gateway_replicas_together(int replicaCount, int seed)
    {
        var redis = await TestRedis.GetSharedAsync();
        await using var upstream = await TestUpstream.StartAsync();
        var replicas = Enumerable.Range(0, replicaCount).Select(_ => StartReplica(upstream, redis.ConnectionString)).ToList();
        try
        {
            var address = TestAddresses.Next();
            var clients = replicas.Select(replica => replica.CreateClient(address)).ToList();
            var random = new Random(seed);
            var attempts = AuthPermits * 2 + random.Next(1, 5);
            var outcomes = new List<(int Replica, HttpStatusCode Status, string? RetryAfter)>();
            for (var attempt = 0; attempt < attempts; attempt++)
            {
                var replica = random.Next(replicaCount);
                using var response = await clients[replica].PostAsJsonAsync("/api/auth/login", new { email = "a@example.com", password = "password1" });
                outcomes.Add((replica, response.StatusCode, response.Headers.RetryAfter?.Delta?.TotalSeconds.ToString()));
            }

            // The first ten anywhere are let through, then every replica refuses: 10 in total, not 10 each.
            Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, AuthPermits), outcomes.Take(AuthPermits).Select(o => o.Status));
            Assert.All(outcomes.Skip(AuthPermits), outcome =>
            {
                Assert.Equal(HttpStatusCode.TooManyRequests, outcome.Status);
                Assert.True(int.Parse(outcome.RetryAfter!) is >= 1 and <= 60, $"Retry-After {outcome.RetryAfter}");
            });
            Assert.True(outcomes.Skip(AuthPermits).Select(o => o.Replica).Distinct().Count() > 1, "refusals came from more than one replica");
            foreach (var client in clients)
            {
                client.Dispose();
            }
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Each_user_and_policy_has_its_own_shared_window()
    {
        var redis = await TestRedis.GetSharedAsync();
        await using var upstream = await TestUpstream.StartAsync();
        await using var first = StartReplica(upstream, redis.ConnectionString, ("RateLimits:Api:PermitLimit", "4"));
        await using var second = StartReplica(upstream, redis.ConnectionString, ("RateLimits:Api:PermitLimit", "4"));
        var address = TestAddresses.Next();
        var user = TestTokens.NewUserId();
        var other = TestTokens.NewUserId();

        var statuses = new List<HttpStatusCode>();
        foreach (var replica in new[] { first, second, first, second, second })
        {
            using var client = replica.CreateClient(address, TestTokens.Valid(user));
            using var response = await client.GetAsync($"/api/{user}/tasks");
            statuses.Add(response.StatusCode);
        }
        using var otherClient = second.CreateClient(address, TestTokens.Valid(other));
        using var otherUser = await otherClient.GetAsync($"/api/{other}/tasks");
        // Same address, but the auth policy's window is another one.
        using var anonymous = second.CreateClient(address);
        using var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { email = "a@example.com", password = "password1" });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, otherUser.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task With_redis_down_a_gateway_keeps_serving_with_its_own_limits_reports_degraded_logs_it_and_recovers()
    {
        await using var redis = await TestRedis.StartDedicatedAsync();
        await using var upstream = await TestUpstream.StartAsync();
        var logs = new CapturedLogs();
        await using var gateway = StartReplica(upstream, redis.ConnectionString, logs);
        using var probe = gateway.CreateClient();
        Assert.Equal("healthy", await RateLimitCheckAsync(probe));

        await redis.StopAsync();

        var address = TestAddresses.Next();
        using var client = gateway.CreateClient(address);
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= AuthPermits; attempt++)
        {
            using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = "a@example.com", password = "password1" });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, AuthPermits).Append(HttpStatusCode.TooManyRequests), statuses);
        var (status, body) = await HealthAsync(probe);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("degraded", body.GetProperty("status").GetString());
        Assert.Equal("degraded", body.GetProperty("checks").GetProperty(Health.RateLimitStoreHealthCheck.Name).GetString());
        // Said once when it happens, not once a request.
        Assert.Single(logs.Warnings, message => message.StartsWith("Redis is unreachable", StringComparison.Ordinal));

        await redis.StartAgainAsync();

        await Http.EventuallyAsync(() => RateLimitCheckAsync(probe), check => check == "healthy", TimeSpan.FromSeconds(60), "the gateway to reach Redis again");
    }

    [Fact]
    public async Task A_gateway_whose_redis_never_answers_starts_serves_and_reports_degraded()
    {
        await using var upstream = await TestUpstream.StartAsync();
        var logs = new CapturedLogs();
        // A loopback port nothing listens on.
        var nowhere = $"127.0.0.1:{LocalPostgres.LocalDataRoot.FreeLoopbackPort()},password=unused";
        await using var gateway = StartReplica(upstream, nowhere, logs);
        using var client = gateway.CreateClient(TestAddresses.Next());

        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "a@example.com", password = "password1" });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("degraded", await RateLimitCheckAsync(client));
        Assert.Single(logs.Warnings, message => message.StartsWith("Redis is unreachable", StringComparison.Ordinal));
        Assert.True(gateway.Services.GetRequiredService<SharedRateLimitStore>().IsUnreachable);
    }

    private static GatewayHost StartReplica(TestUpstream upstream, string redis, params (string Key, string Value)[] settings) =>
        StartReplica(upstream, redis, logs: null, settings);

    private static GatewayHost StartReplica(TestUpstream upstream, string redis, CapturedLogs? logs, params (string Key, string Value)[] settings)
    {
        var overrides = new Dictionary<string, string?> { ["ConnectionStrings:redis"] = redis };
        foreach (var (key, value) in settings)
        {
            overrides[key] = value;
        }

        return GatewayHost.Start(upstream, overrides, services: logs is null ? null : collection => collection.AddSingleton<ILoggerProvider>(logs));
    }

    private static async Task<string?> RateLimitCheckAsync(HttpClient client) =>
        (await HealthAsync(client)).Body.GetProperty("checks").GetProperty(Health.RateLimitStoreHealthCheck.Name).GetString();

    private static async Task<(HttpStatusCode Status, JsonElement Body)> HealthAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/health");
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    /// <summary>The warnings the Gateway logs, as an operator would read them.</summary>
    private sealed class CapturedLogs : ILoggerProvider
    {
        private readonly ConcurrentQueue<string> _warnings = new();

        public IReadOnlyCollection<string> Warnings => _warnings;

        public ILogger CreateLogger(string categoryName) => new Logger(_warnings);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> warnings) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel == LogLevel.Warning)
                {
                    warnings.Enqueue(formatter(state, exception));
                }
            }
        }
    }
}
