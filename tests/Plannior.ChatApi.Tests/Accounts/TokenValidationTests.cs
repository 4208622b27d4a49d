using System.Net;
using Microsoft.IdentityModel.Tokens;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Accounts;

/// <summary>API.md: a missing, malformed, tampered, wrong-algorithm or expired token is a 401 with <c>WWW-Authenticate: Bearer</c>.</summary>
public sealed class TokenValidationTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    [Fact]
    public async Task A_token_made_the_way_the_api_makes_them_is_accepted()
    {
        // The control for the rejections below: same key, issuer, audience and algorithm, and it works.
        var user = await factory.NewUserAsync();
        var api = factory.CreateApiClient().WithToken(TestTokens.Sign(factory.JwtSecret, user.UserId));

        (await api.GetAsync($"/api/{user.UserId}/tasks")).AssertStatus(HttpStatusCode.OK);
        (await api.GetAsync("/api/auth/me")).AssertStatus(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("empty")]
    [InlineData("garbage")]
    [InlineData("two-parts")]
    [InlineData("not-bearer")]
    [InlineData("tampered-subject")]
    [InlineData("tampered-expiry")]
    [InlineData("alg-none")]
    [InlineData("wrong-key")]
    [InlineData("wrong-algorithm")]
    [InlineData("expired")]
    [InlineData("no-expiry")]
    [InlineData("wrong-issuer")]
    [InlineData("wrong-audience")]
    public async Task Bad_tokens_are_a_401_with_a_bearer_challenge(string kind)
    {
        var victim = await factory.NewUserAsync();
        var attacker = await factory.NewUserAsync();
        var client = factory.CreateApiClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/{victim.UserId}/tasks");
        var authorization = kind switch
        {
            "missing" => null,
            "empty" => "Bearer ",
            "garbage" => "Bearer not.a.jwt",
            "two-parts" => "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0",
            "not-bearer" => $"Basic {victim.Token}",
            "tampered-subject" => $"Bearer {TestTokens.WithPayloadClaim(attacker.Token!, "sub", victim.UserId)}",
            "tampered-expiry" => $"Bearer {TestTokens.WithPayloadClaim(Sign(victim, DateTime.UtcNow.AddMinutes(-5)), "exp", DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds())}",
            "alg-none" => $"Bearer {TestTokens.Unsigned(victim.Token!)}",
            "wrong-key" => $"Bearer {TestTokens.Sign(Convert.ToBase64String(new byte[48]), victim.UserId)}",
            "wrong-algorithm" => $"Bearer {TestTokens.Sign(factory.JwtSecret, victim.UserId, algorithm: SecurityAlgorithms.HmacSha384)}",
            "expired" => $"Bearer {Sign(victim, DateTime.UtcNow.AddMinutes(-2))}",
            "no-expiry" => $"Bearer {TestTokens.Sign(factory.JwtSecret, victim.UserId, withExpiry: false)}",
            "wrong-issuer" => $"Bearer {TestTokens.Sign(factory.JwtSecret, victim.UserId, issuer: "someone-else")}",
            "wrong-audience" => $"Bearer {TestTokens.Sign(factory.JwtSecret, victim.UserId, audience: "another-api")}",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await client.SendAsync(request);

        response.AssertProblem(HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, header => header.Scheme == "Bearer");
    }

    [Fact]
    public async Task Every_user_route_requires_a_token()
    {
        var user = await factory.NewUserAsync();
        var anonymous = factory.CreateApiClient();
        var routes = UserRoutes.All(factory, user.UserId);
        Assert.Contains(routes, route => route.Path == $"/api/{user.UserId}/tasks/1/complete");

        foreach (var (method, path) in routes)
        {
            var response = await UserRoutes.CallAsync(anonymous, method, path);

            Assert.True(response.Status == HttpStatusCode.Unauthorized, $"{method} {path}: {(int)response.Status} {response.Text}");
            response.AssertProblem(HttpStatusCode.Unauthorized);
            Assert.Contains(response.Headers.WwwAuthenticate, header => header.Scheme == "Bearer");
        }
    }

    private string Sign(ApiClient user, DateTime expires) => TestTokens.Sign(factory.JwtSecret, user.UserId, expires: expires);
}
