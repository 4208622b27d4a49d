using System.Net;
using System.Net.Http.Json;
using Plannior.Gateway.Tests.Infrastructure;

namespace Plannior.Gateway.Tests;

public sealed class RateLimitTests(TightLimitsFixture fixture) : IClassFixture<TightLimitsFixture>
{
    [Fact]
    public async Task Past_the_chat_limit_a_user_gets_429_problem_with_retry_after_and_the_bucket_refills()
    {
        var user = TestTokens.NewUserId();
        using var client = fixture.Gateway.CreateClient(TestAddresses.Next(), TestTokens.Valid(user));
        Task<HttpResponseMessage> Chat() => client.PostAsJsonAsync($"/api/{user}/chat", new { message = "hi" });

        // The one-second window can roll over while we spend the permits, so send until refused.
        HttpResponseMessage rejected = null!;
        for (var sent = 0; sent < 100; sent++)
        {
            var response = await Chat();
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                rejected = response;
                break;
            }
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }
        Assert.NotNull(rejected);

        using (rejected)
        {
            await rejected.ReadProblemAsync(HttpStatusCode.TooManyRequests);
            var retryAfter = int.Parse(rejected.Headers.Value("Retry-After")!);
            Assert.Equal(1, retryAfter);

            using var refilled = await Http.EventuallyAsync(Chat, response => response.StatusCode == HttpStatusCode.OK,
                TimeSpan.FromSeconds(retryAfter + 2), "the chat bucket to refill");
        }
    }

    [Fact]
    public async Task A_user_flooding_the_api_never_limits_another_user()
    {
        var flooder = TestTokens.NewUserId();
        var bystander = TestTokens.NewUserId();
        // Same address for both: only the validated token tells them apart.
        var source = TestAddresses.Next();
        using var flooderClient = fixture.Gateway.CreateClient(source, TestTokens.Valid(flooder));
        using var bystanderClient = fixture.Gateway.CreateClient(source, TestTokens.Valid(bystander));

        var flood = Enumerable.Range(0, 40).Select(_ => flooderClient.GetAsync($"/api/{flooder}/tasks")).ToArray();
        var calm = Enumerable.Range(0, TightLimitsFixture.ApiPermits).Select(_ => bystanderClient.GetAsync($"/api/{bystander}/tasks")).ToArray();
        var flooded = await Task.WhenAll(flood);
        var served = await Task.WhenAll(calm);

        Assert.Equal(TightLimitsFixture.ApiPermits, flooded.Count(response => response.StatusCode == HttpStatusCode.OK));
        Assert.Equal(40 - TightLimitsFixture.ApiPermits, flooded.Count(response => response.StatusCode == HttpStatusCode.TooManyRequests));
        Assert.All(served, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
    }

    public static TheoryData<string> Forgeries => new() { "wrong-key", "alg-none", "expired" };

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task A_token_the_gateway_cannot_verify_is_counted_against_the_client_address_not_its_subject(string forgery)
    {
        var source = TestAddresses.Next();
        using var anonymous = fixture.Gateway.CreateClient(source);
        for (var i = 0; i < TightLimitsFixture.ApiPermits; i++)
        {
            using var spent = await anonymous.GetAsync("/api/auth-free/tasks");
            Assert.Equal(HttpStatusCode.OK, spent.StatusCode);
        }

        var claimed = TestTokens.NewUserId();
        var token = forgery switch
        {
            "wrong-key" => TestTokens.SignedWithWrongKey(claimed),
            "alg-none" => TestTokens.Unsigned(claimed),
            _ => TestTokens.Expired(claimed),
        };
        using var forger = fixture.Gateway.CreateClient(source, token);
        using var forged = await forger.GetAsync($"/api/{claimed}/tasks");
        using var genuine = fixture.Gateway.CreateClient(source, TestTokens.Valid(claimed));
        using var verified = await genuine.GetAsync($"/api/{claimed}/tasks");
        using var elsewhere = fixture.Gateway.CreateClient(TestAddresses.Next(), token);
        using var fromAnotherAddress = await elsewhere.GetAsync($"/api/{claimed}/tasks");

        await forged.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fromAnotherAddress.StatusCode);
    }

    [Fact]
    public async Task Auth_endpoints_are_limited_per_address_whoever_the_caller_is()
    {
        var source = TestAddresses.Next();
        var tokens = Enumerable.Range(0, TightLimitsFixture.AuthPermits + 1).Select(_ => TestTokens.Valid(TestTokens.NewUserId())).ToArray();

        var statuses = new List<HttpStatusCode>();
        foreach (var token in tokens)
        {
            using var client = fixture.Gateway.CreateClient(source, token);
            using var response = await client.PostAsJsonAsync("/api/auth/login", new { email = "a@example.com", password = "password1" });
            statuses.Add(response.StatusCode);
        }
        using var neighbour = fixture.Gateway.CreateClient(TestAddresses.Next());
        using var fromElsewhere = await neighbour.PostAsJsonAsync("/api/auth/login", new { email = "a@example.com", password = "password1" });

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.OK, TightLimitsFixture.AuthPermits).Append(HttpStatusCode.TooManyRequests), statuses);
        Assert.Equal(HttpStatusCode.OK, fromElsewhere.StatusCode);
    }

    [Fact]
    public async Task A_listed_origin_can_read_a_429_and_its_retry_after()
    {
        using var client = fixture.Gateway.CreateClient(TestAddresses.Next());
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt <= TightLimitsFixture.AuthPermits; attempt++)
        {
            last?.Dispose();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login") { Content = JsonContent.Create(new { email = "a@example.com" }) };
            request.Headers.Add("Origin", "https://app.plannior.test");
            last = await client.SendAsync(request);
        }

        using (last)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
            Assert.Equal("https://app.plannior.test", last.Headers.Value("Access-Control-Allow-Origin"));
            Assert.Contains("Retry-After", last.Headers.Value("Access-Control-Expose-Headers")!.Split(','));
            Assert.NotNull(last.Headers.RetryAfter?.Delta);
        }
    }

    [Fact]
    public async Task Preflights_and_health_probes_spend_no_permits()
    {
        var source = TestAddresses.Next();
        using var client = fixture.Gateway.CreateClient(source);
        for (var i = 0; i < TightLimitsFixture.AuthPermits * 3; i++)
        {
            using var preflight = await client.SendAsync(CorsTests.Preflight("/api/auth/login", "https://app.plannior.test", "POST", "content-type"));
            Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
            using var alive = await client.GetAsync("/alive");
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        }

        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email = "a@example.com", password = "password1" });

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_each_forwarded_client_has_its_own_auth_bucket_while_others_cannot_claim_one()
    {
        using var proxy = fixture.Gateway.CreateClient(TightLimitsFixture.TrustedProxy);
        using var spoofer = fixture.Gateway.CreateClient(TestAddresses.Next());

        var first = await LoginStatusesAsync(proxy, _ => "198.51.100.1");
        using var second = await LoginAsync(proxy, "198.51.100.2");
        var spoofed = await LoginStatusesAsync(spoofer, attempt => $"198.51.100.{10 + attempt}");

        var spentBucket = Enumerable.Repeat(HttpStatusCode.OK, TightLimitsFixture.AuthPermits).Append(HttpStatusCode.TooManyRequests);
        Assert.Equal(spentBucket, first);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("198.51.100.2", (await EchoResponse.ReadAsync(second)).Header("X-Forwarded-For"));
        Assert.Equal(spentBucket, spoofed);
    }

    private static async Task<List<HttpStatusCode>> LoginStatusesAsync(HttpClient client, Func<int, string> forwardedFor)
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt <= TightLimitsFixture.AuthPermits; attempt++)
        {
            using var response = await LoginAsync(client, forwardedFor(attempt));
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/login")
        {
            Content = JsonContent.Create(new { email = "a@example.com", password = "password1" }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }
}
