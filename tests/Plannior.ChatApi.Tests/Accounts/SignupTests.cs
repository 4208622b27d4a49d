using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Accounts;

public sealed class SignupTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    private readonly ApiClient api = factory.CreateApiClient();

    private static string UniqueEmail(string local = "user") => $"{local}-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task Signup_returns_201_with_the_account_and_a_bearer_token()
    {
        var email = UniqueEmail("Mixed.Case");
        var before = DateTimeOffset.UtcNow;

        var response = await api.PostAsync("/api/auth/signup", new { email = $"  {email}  ", password = "12345678", name = "Ayesha" });

        response.AssertStatus(HttpStatusCode.Created);
        var body = response.Body!;
        Assert.Equal(["user_id", "email", "name", "token", "token_type", "expires_at"], body.AsObject().Select(p => p.Key));
        Assert.True(Guid.TryParse(body.Str("user_id"), out _));
        Assert.Equal(email, body.Str("email"));
        Assert.Equal("Ayesha", body.Str("name"));
        Assert.Equal("Bearer", body.Str("token_type"));
        var expiresAt = body.Instant("expires_at");
        Assert.True(expiresAt > before.AddMinutes(1), $"expires_at {expiresAt:O} should be in the future");

        var token = body.Str("token");
        Assert.Equal("HS256", TestTokens.Header(token).Str("alg"));
        var claims = TestTokens.Payload(token);
        Assert.Equal(body.Str("user_id"), claims.Str("sub"));
        Assert.Equal(email, claims.Str("email"));
        Assert.Equal(TestTokens.Issuer, claims.Str("iss"));
        Assert.Equal(TestTokens.Audience, claims.Str("aud"));
        Assert.NotNull(claims["iat"]);
        Assert.Equal(expiresAt.ToUnixTimeSeconds(), claims["exp"]!.GetValue<long>());

        var me = await api.WithToken(token).GetAsync("/api/auth/me");
        me.AssertStatus(HttpStatusCode.OK);
        Assert.Equal(body.Str("user_id"), me.Body!.Str("user_id"));
    }

    [Fact]
    public async Task Email_is_trimmed_and_compared_case_insensitively()
    {
        var id = Guid.NewGuid().ToString("N");
        var first = await api.PostAsync("/api/auth/signup", new { email = $"A{id}@x.com", password = "password-1" });
        first.AssertStatus(HttpStatusCode.Created);

        var duplicate = await api.PostAsync("/api/auth/signup", new { email = $" a{id}@X.com ", password = "password-2" });

        duplicate.AssertProblem(HttpStatusCode.Conflict);
        var login = await api.PostAsync("/api/auth/login", new { email = $"  a{id}@X.COM ", password = "password-1" });
        login.AssertStatus(HttpStatusCode.OK);
        Assert.Equal(first.Body!.Str("user_id"), login.Body!.Str("user_id"));
    }

    [Fact]
    public async Task Concurrent_signups_with_one_email_make_one_account()
    {
        var email = UniqueEmail("race");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            factory.CreateApiClient().PostAsync("/api/auth/signup", new { email, password = "12345678" })));

        Assert.Single(responses, response => response.Status == HttpStatusCode.Created);
        Assert.All(responses.Where(response => response.Status != HttpStatusCode.Created),
            response => response.AssertProblem(HttpStatusCode.Conflict));
    }

    [Theory]
    [InlineData("not-an-email", "12345678", null, "email")]
    [InlineData("", "12345678", null, "email")]
    [InlineData("   ", "12345678", null, "email")]
    [InlineData("two@@example.com", "12345678", null, "email")]
    [InlineData("VALID", "1234567", null, "password")]
    [InlineData("VALID", "", null, "password")]
    [InlineData("VALID", "12345678", "NAME101", "name")]
    public async Task Invalid_signup_is_a_400_naming_the_field(string email, string password, string? name, string field)
    {
        var response = await api.PostAsync("/api/auth/signup", new
        {
            email = email == "VALID" ? UniqueEmail() : email,
            password,
            name = name == "NAME101" ? new string('n', 101) : name,
        });

        response.AssertValidationError(field);
    }

    [Fact]
    public async Task Missing_fields_are_each_named()
    {
        var response = await api.PostAsync("/api/auth/signup", new { });

        response.AssertValidationError("email").AssertValidationError("password");
    }

    [Fact]
    public async Task Limits_are_inclusive_eight_character_password_and_hundred_character_name()
    {
        var response = await api.PostAsync("/api/auth/signup", new { email = UniqueEmail(), password = "8 chars!", name = new string('n', 100) });

        response.AssertStatus(HttpStatusCode.Created);
        Assert.Equal(100, response.Body!.Str("name").Length);
    }

    [Fact]
    public async Task Signup_can_set_the_time_zone_and_rejects_an_unknown_one()
    {
        var good = await api.PostAsync("/api/auth/signup", new { email = UniqueEmail(), password = "12345678", timezone = "Asia/Karachi" });
        good.AssertStatus(HttpStatusCode.Created);
        var me = await factory.CreateApiClient().WithToken(good.Body!.Str("token")).GetAsync("/api/auth/me");
        Assert.Equal("Asia/Karachi", me.Body!.Str("timezone"));

        var bad = await api.PostAsync("/api/auth/signup", new { email = UniqueEmail(), password = "12345678", timezone = "Mars/Olympus_Mons" });
        bad.AssertValidationError("timezone");
    }
}
