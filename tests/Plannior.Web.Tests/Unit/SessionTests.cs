using Microsoft.Extensions.Time.Testing;
using Plannior.Web.Auth;

namespace Plannior.Web.Tests.Unit;

public sealed class SessionTests
{
    private static readonly DateTimeOffset Now = new(2030, 6, 1, 12, 0, 0, TimeSpan.Zero);

    private static UserSession Session(DateTimeOffset expiresAt, string token = "a.b.c") =>
        new("user-1", "nida@example.test", "Nida", token, expiresAt, "Asia/Karachi");

    [Fact]
    public void The_session_survives_the_trip_through_the_cookie_principal()
    {
        var session = Session(Now.AddHours(2));

        var restored = UserSession.FromPrincipal(session.ToPrincipal());

        Assert.Equal(session, restored);
        Assert.Equal("Nida", session.ToPrincipal().Identity!.Name);
    }

    [Fact]
    public void An_anonymous_or_incomplete_principal_has_no_session()
    {
        Assert.Null(UserSession.FromPrincipal(null));
        Assert.Null(UserSession.FromPrincipal(new System.Security.Claims.ClaimsPrincipal()));
    }

    [Fact]
    public void A_session_is_valid_until_its_token_expires_or_is_refused()
    {
        var time = new FakeTimeProvider(Now);
        var rejected = new RejectedTokens(time);
        var validator = new SessionValidator(rejected, time);
        var session = Session(Now.AddMinutes(30));

        Assert.True(validator.IsValid(session));

        time.Advance(TimeSpan.FromMinutes(31));
        Assert.False(validator.IsValid(session));

        var other = Session(Now.AddHours(5), token: "x.y.z");
        Assert.True(validator.IsValid(other));
        rejected.Reject(other);
        Assert.False(validator.IsValid(other));
        Assert.False(validator.IsValid(null));
    }

    [Fact]
    public void An_unknown_time_zone_falls_back_to_utc()
    {
        var session = Session(Now) with { TimeZoneId = "Mars/Olympus_Mons" };

        Assert.Equal(TimeZoneInfo.Utc, session.TimeZone);
    }

    [Theory]
    [InlineData("/chat", "/chat")]
    [InlineData("/tasks?status=pending", "/tasks?status=pending")]
    [InlineData("//evil.example/phish", "/chat")]
    [InlineData("/\\evil.example", "/chat")]
    [InlineData("https://evil.example/", "/chat")]
    [InlineData("/redirect?to=https://evil.example", "/chat")]
    [InlineData(null, "/chat")]
    [InlineData("", "/chat")]
    public void Only_local_return_urls_are_followed(string? requested, string expected) =>
        Assert.Equal(expected, LocalUrl.OrHome(requested));
}
