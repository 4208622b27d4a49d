using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting.ApplicationModel;
using Plannior.AppHost.Tests.Infrastructure;

namespace Plannior.AppHost.Tests.Replicas;

/// <summary>
/// <c>dotnet run --project Plannior.AppHost -- --Plannior:Replicas=2</c> as a user meets it: every limit and
/// session behaves as with one replica, and losing a ChatApi replica loses nothing that was acknowledged.
/// Requests are sent to each replica's own address, the way a front door spreads them.
/// </summary>
public sealed partial class ReplicaTests(ReplicatedSystemFixture system) : IClassFixture<ReplicatedSystemFixture>
{
    private const int AuthPermits = 10; // API.md: /api/auth/* 10 a minute per address

    [Fact]
    public void Each_replica_is_its_own_healthy_resource_with_its_own_address()
    {
        foreach (var service in ReplicatedSystemFixture.Services)
        {
            var instances = system.Host.Instances(service);
            Assert.Equal(ReplicatedSystemFixture.Replicas, instances.Count);
            Assert.All(instances, instance => Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy, instance.Snapshot.HealthStatus));
            Assert.Equal(ReplicatedSystemFixture.Replicas, system.InstanceAddresses(service).Select(a => a.Address).Distinct().Count());
            // Their telemetry says which replica it came from, so the dashboard shows each one's traces apart.
            Assert.Equal(ReplicatedSystemFixture.Replicas, instances.Select(ServiceInstanceId).Distinct().Count());
        }
    }

    [Fact]
    public async Task The_auth_limit_holds_across_the_gateway_replicas_in_total()
    {
        var gateways = system.InstanceAddresses("gateway").Select(a => NewClient(a.Address)).ToList();
        // web's loopback address is a trusted proxy, so the forwarded address is the client's: a bucket of this test's own.
        var client = $"203.0.113.{Random.Shared.Next(1, 255)}";
        var random = new Random(7);
        var outcomes = new List<(int Gateway, HttpStatusCode Status)>();
        for (var attempt = 0; attempt < AuthPermits * 2; attempt++)
        {
            var gateway = attempt < 2 ? attempt : random.Next(gateways.Count); // both replicas serve some of the first ten
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
            {
                Content = JsonContent.Create(new { email = GatewayClient.NewEmail(), password = "wrong-password-1" }),
            };
            request.Headers.Add("X-Forwarded-For", client);
            using var response = await gateways[gateway].SendAsync(request);
            outcomes.Add((gateway, response.StatusCode));
        }

        Assert.All(outcomes.Take(AuthPermits), outcome => Assert.Equal(HttpStatusCode.Unauthorized, outcome.Status));
        Assert.All(outcomes.Skip(AuthPermits), outcome => Assert.Equal(HttpStatusCode.TooManyRequests, outcome.Status));
        Assert.Equal(gateways.Count, outcomes.Skip(AuthPermits).Select(outcome => outcome.Gateway).Distinct().Count());
    }

    [Fact]
    public async Task A_web_session_signed_in_through_one_replica_is_accepted_by_the_other()
    {
        var email = GatewayClient.NewEmail();
        using (var api = system.Host.CreateHttpClient("gateway"))
        {
            await new GatewayClient(api).SignUpAsync(email);
        }

        var webs = system.InstanceAddresses("web").Select(a => NewClient(a.Address)).ToList();
        var (first, second) = (webs[0], webs[1]);

        // The form and its antiforgery token from one replica, posted to the other.
        using var form = await first.GetAsync("/account/signin");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var antiforgery = Cookies(form);
        var fields = HiddenFields(SignInForm().Match(await form.Content.ReadAsStringAsync()).Value);
        fields["Input.Email"] = email;
        fields["Input.Password"] = GatewayClient.Password;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/signin") { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add("Cookie", antiforgery);
        using var signedIn = await second.SendAsync(post);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"sign-in answered {(int)signedIn.StatusCode}: {await signedIn.Content.ReadAsStringAsync()}");
        var session = Cookies(signedIn);
        Assert.Contains("plannior.session=", session);

        foreach (var web in webs)
        {
            using var anonymous = await web.GetAsync("/tasks");
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.StartsWith("/account/signin", anonymous.Headers.Location!.OriginalString.Replace(web.BaseAddress!.ToString(), "/"));

            using var request = new HttpRequestMessage(HttpMethod.Get, "/tasks");
            request.Headers.Add("Cookie", session);
            using var signedInPage = await web.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, signedInPage.StatusCode);
        }
    }

    [Fact]
    public void Two_chat_api_replicas_starting_together_applied_the_migrations_once()
    {
        var logs = system.Host.Instances("chat-api").Select(instance => system.Host.Log(instance.ResourceId)).ToList();

        Assert.Single(logs, log => log.Any(line => ApplyingMigrations().IsMatch(line)));
        Assert.Single(logs, log => log.Any(line => line.Contains("No migration to apply", StringComparison.Ordinal)));
        Assert.All(logs, log => Assert.Contains(log, line => line.Contains("Database schema is up to date", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_chat_api_replica_killed_under_write_load_loses_no_acknowledged_write_and_the_other_serves_on()
    {
        using var http = system.Host.CreateHttpClient("gateway");
        var gateway = new GatewayClient(http);
        var account = await gateway.SignUpAsync(GatewayClient.NewEmail());
        var acknowledged = new ConcurrentDictionary<string, long>();
        var acknowledgedAfterKill = 0;
        var killed = 0;
        var sequence = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));

        async Task WriteAsync()
        {
            while (!stop.IsCancellationRequested && Volatile.Read(ref acknowledgedAfterKill) < 40)
            {
                var title = $"load {Interlocked.Increment(ref sequence)}";
                using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/{account.UserId}/tasks")
                {
                    Content = JsonContent.Create(new { title }),
                    Headers = { Authorization = new("Bearer", account.Token) },
                };
                try
                {
                    using var response = await http.SendAsync(request, stop.Token);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        var wasKilled = Volatile.Read(ref killed) == 1;
                        acknowledged[title] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
                        if (wasKilled)
                        {
                            Interlocked.Increment(ref acknowledgedAfterKill);
                        }
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // Not acknowledged: the writer may not count on it either way.
                }
            }
        }

        var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(WriteAsync)).ToList();
        await WaitUntilAsync(() => acknowledged.Count >= 20, TimeSpan.FromSeconds(30), "writes to be acknowledged before the kill");
        var victim = system.Host.Instances("chat-api").First();
        using (var process = Process.GetProcessById(int.Parse(Pid(victim))))
        {
            process.Kill(entireProcessTree: true);
            Volatile.Write(ref killed, 1);
        }

        await Task.WhenAll(writers);

        Assert.True(acknowledgedAfterKill >= 40, $"only {acknowledgedAfterKill} writes were acknowledged after the kill");
        var stored = await AllTitlesAsync(http, account);
        Assert.All(acknowledged, write => Assert.Equal(write.Value, Assert.Single(stored, task => task.Title == write.Key).Id));
        Assert.Equal(stored.Count, stored.Select(task => task.Title).Distinct().Count());
    }

    private static async Task<List<(string Title, long Id)>> AllTitlesAsync(HttpClient http, Account account)
    {
        var tasks = new List<(string, long)>();
        for (var offset = 0; ; offset += 100)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/{account.UserId}/tasks?limit=100&offset={offset}")
            {
                Headers = { Authorization = new("Bearer", account.Token) },
            };
            using var response = await http.SendAsync(request);
            var page = await GatewayClient.ExpectAsync(response, HttpStatusCode.OK);
            tasks.AddRange(page.GetProperty("items").EnumerateArray().Select(task => (task.GetProperty("title").GetString()!, task.GetProperty("id").GetInt64())));
            if (!page.GetProperty("has_more").GetBoolean())
            {
                return tasks;
            }
        }
    }

    private static string? ServiceInstanceId(ResourceEvent instance) =>
        instance.Snapshot.EnvironmentVariables.FirstOrDefault(variable => variable.Name == "OTEL_RESOURCE_ATTRIBUTES")?.Value?
            .Split(',').FirstOrDefault(attribute => attribute.StartsWith("service.instance.id=", StringComparison.Ordinal));

    private static string Pid(ResourceEvent instance) =>
        instance.Snapshot.Properties.FirstOrDefault(property => property.Name == "executable.pid")?.Value?.ToString()
        ?? throw new InvalidOperationException($"{instance.ResourceId} has no pid: " +
            string.Join(", ", instance.Snapshot.Properties.Select(property => property.Name)));

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {within} waiting for {what}.");
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
    }

    private static HttpClient NewClient(Uri address) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(cookie => cookie.Split(';', 2)[0]) : []);

    private static Dictionary<string, string> HiddenFields(string html) =>
        HiddenInput().Matches(html).Select(input => (Name: Attribute(input.Value, "name"), Value: Attribute(input.Value, "value")))
            .Where(field => field.Name is not null)
            .ToDictionary(field => field.Name!, field => WebUtility.HtmlDecode(field.Value ?? string.Empty));

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"""\b{name}="([^"]*)" """.TrimEnd()) is { Success: true } match ? match.Groups[1].Value : null;

    // the page has other forms too (the header's language switch, with its own token)
    [GeneratedRegex("""<form[^>]*data-testid="signin-form"[\s\S]*?</form>""")]
    private static partial Regex SignInForm();

    [GeneratedRegex("""<input[^>]*type="hidden"[^>]*>""")]
    private static partial Regex HiddenInput();

    [GeneratedRegex(@"Applying \d+ migrations")]
    private static partial Regex ApplyingMigrations();
}
