using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Accounts;

/// <summary>API.md: <c>POST /api/auth/password</c> answers with a fresh token; every token issued before the change gets 401.</summary>
public sealed class PasswordChangeTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    private const string Password = "correct horse battery";
    private const string NewPassword = "staple tuna horizon";

    [Fact]
    public async Task The_answer_is_a_fresh_bearer_token_and_only_the_new_password_logs_in()
    {
        var email = $"change-{Guid.NewGuid():N}@example.com";
        var api = await factory.CreateApiClient().SignUpAsync(email: email, password: Password);

        var response = await api.PostAsync("/api/auth/password", new { current_password = Password, new_password = NewPassword });

        response.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Bearer", response.Body!["token_type"]!.GetValue<string>());
        Assert.True(response.Body["expires_at"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow);
        var fresh = factory.CreateApiClient().ActingAs(api).WithToken(response.Body["token"]!.GetValue<string>());
        (await fresh.GetAsync("/api/auth/me")).AssertStatus(HttpStatusCode.OK);
        (await fresh.GetAsync(fresh.TasksPath())).AssertStatus(HttpStatusCode.OK);
        var anonymous = factory.CreateApiClient();
        (await anonymous.PostAsync("/api/auth/login", new { email, password = Password })).AssertProblem(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsync("/api/auth/login", new { email, password = NewPassword })).AssertStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Every_token_issued_before_the_change_gets_401_on_every_endpoint()
    {
        var email = $"sessions-{Guid.NewGuid():N}@example.com";
        var signupSession = await factory.CreateApiClient().SignUpAsync(email: email, password: Password);
        var otherSessions = new List<ApiClient> { signupSession };
        for (var i = 0; i < 2; i++)
        {
            var login = await factory.CreateApiClient().PostAsync("/api/auth/login", new { email, password = Password });
            otherSessions.Add(factory.CreateApiClient().ActingAs(signupSession).WithToken(login.Body!["token"]!.GetValue<string>()));
        }
        // The last one is issued in the same second as the change: whole-second iat alone could not tell them apart.
        var changing = otherSessions[^1];

        var change = await changing.PostAsync("/api/auth/password", new { current_password = Password, new_password = NewPassword });
        change.AssertStatus(HttpStatusCode.OK);
        var fresh = factory.CreateApiClient().ActingAs(changing).WithToken(change.Body!["token"]!.GetValue<string>());

        var routes = UserRoutes.RequiringToken(factory, signupSession.UserId);
        Assert.Contains(routes, route => route.Path == "/api/auth/export");
        Assert.Contains(routes, route => route.Path == $"/api/{signupSession.UserId}/reminders");
        foreach (var session in otherSessions)
        {
            foreach (var (method, path) in routes)
            {
                var response = await UserRoutes.CallAsync(session, method, path);

                Assert.True(response.Status == HttpStatusCode.Unauthorized, $"{method} {path}: {(int)response.Status} {response.Text}");
                response.AssertProblem(HttpStatusCode.Unauthorized);
                Assert.Contains(response.Headers.WwwAuthenticate, header => header.Scheme == "Bearer");
            }
        }
        (await fresh.GetAsync("/api/auth/me")).AssertStatus(HttpStatusCode.OK);
        (await fresh.GetAsync(fresh.TasksPath())).AssertStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_hand_made_token_without_the_password_stamp_is_refused_after_a_change()
    {
        var api = await factory.CreateApiClient().SignUpAsync(password: Password);
        var forgedBefore = factory.CreateApiClient().WithToken(TestTokens.Sign(factory.JwtSecret, api.UserId));
        (await forgedBefore.GetAsync("/api/auth/me")).AssertStatus(HttpStatusCode.OK);

        (await api.PostAsync("/api/auth/password", new { current_password = Password, new_password = NewPassword }))
            .AssertStatus(HttpStatusCode.OK);

        (await forgedBefore.GetAsync("/api/auth/me")).AssertProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_wrong_current_password_is_a_401_and_changes_nothing()
    {
        var email = $"wrong-{Guid.NewGuid():N}@example.com";
        var api = await factory.CreateApiClient().SignUpAsync(email: email, password: Password);

        (await api.PostAsync("/api/auth/password", new { current_password = "not the password", new_password = NewPassword }))
            .AssertProblem(HttpStatusCode.Unauthorized);

        (await api.GetAsync("/api/auth/me")).AssertStatus(HttpStatusCode.OK);
        (await factory.CreateApiClient().PostAsync("/api/auth/login", new { email, password = Password })).AssertStatus(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("short", "new_password")]
    [InlineData("", "new_password")]
    [InlineData(null, "new_password")]
    public async Task A_new_password_under_8_characters_is_a_400(string? newPassword, string field)
    {
        var email = $"short-{Guid.NewGuid():N}@example.com";
        var api = await factory.CreateApiClient().SignUpAsync(email: email, password: Password);

        (await api.PostAsync("/api/auth/password", new { current_password = Password, new_password = newPassword }))
            .AssertValidationError(field);

        (await api.GetAsync("/api/auth/me")).AssertStatus(HttpStatusCode.OK);
        (await factory.CreateApiClient().PostAsync("/api/auth/login", new { email, password = Password })).AssertStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_missing_current_password_is_a_400()
    {
        var api = await factory.CreateApiClient().SignUpAsync(password: Password);

        (await api.PostAsync("/api/auth/password", new { new_password = NewPassword })).AssertValidationError("current_password");
    }
}
