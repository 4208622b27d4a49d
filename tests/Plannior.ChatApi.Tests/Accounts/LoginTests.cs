using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Accounts;

public sealed class LoginTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    private const string Password = "correct horse battery";

    private readonly ApiClient anonymous = factory.CreateApiClient();

    private async Task<(string Email, string UserId)> SignUpAsync()
    {
        var email = $"login-{Guid.NewGuid():N}@example.com";
        var user = await factory.CreateApiClient().SignUpAsync(email: email, password: Password);
        return (email, user.UserId);
    }

    [Fact]
    public async Task Login_returns_200_with_the_signup_shape_and_a_working_token()
    {
        var (email, userId) = await SignUpAsync();

        var response = await anonymous.PostAsync("/api/auth/login", new { email, password = Password });

        response.AssertStatus(HttpStatusCode.OK);
        var body = response.Body!;
        Assert.Equal(["user_id", "email", "name", "token", "token_type", "expires_at"], body.AsObject().Select(p => p.Key));
        Assert.Equal(userId, body.Str("user_id"));
        Assert.Equal(email, body.Str("email"));
        Assert.Equal("Test User", body.Str("name"));
        Assert.Equal("Bearer", body.Str("token_type"));
        Assert.True(body.Instant("expires_at") > DateTimeOffset.UtcNow);

        var tasks = await anonymous.WithToken(body.Str("token")).GetAsync($"/api/{userId}/tasks");
        tasks.AssertStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Wrong_password_and_unknown_email_get_the_same_generic_401()
    {
        var (email, _) = await SignUpAsync();

        var wrongPassword = await anonymous.PostAsync("/api/auth/login", new { email, password = Password + "!" });
        var unknownEmail = await anonymous.PostAsync("/api/auth/login", new { email = $"nobody-{Guid.NewGuid():N}@example.com", password = Password });

        wrongPassword.AssertProblem(HttpStatusCode.Unauthorized);
        unknownEmail.AssertProblem(HttpStatusCode.Unauthorized);
        Assert.Equal(wrongPassword.Body!.Str("title"), unknownEmail.Body!.Str("title"));
        Assert.Equal(wrongPassword.Body.Str("detail"), unknownEmail.Body.Str("detail"));
    }

    [Fact]
    public async Task Password_is_case_sensitive()
    {
        var (email, _) = await SignUpAsync();

        var response = await anonymous.PostAsync("/api/auth/login", new { email, password = Password.ToUpperInvariant() });

        response.AssertProblem(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(null, "something", "email")]
    [InlineData("someone@example.com", null, "password")]
    [InlineData("  ", "something", "email")]
    public async Task Missing_credentials_are_a_400_not_a_401(string? email, string? password, string field)
    {
        var response = await anonymous.PostAsync("/api/auth/login", new { email, password });

        response.AssertValidationError(field);
    }
}
