using System.Net;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Accounts;

public sealed class ProfileTests(ChatApiFactory factory) : IClassFixture<ChatApiFactory>
{
    private const string Me = "/api/auth/me";

    [Fact]
    public async Task Me_returns_the_profile_with_defaults()
    {
        var api = await factory.NewUserAsync();

        var response = await api.GetAsync(Me);

        response.AssertStatus(HttpStatusCode.OK);
        var profile = response.Body!;
        Assert.Equal(["user_id", "email", "name", "language_preference", "timezone"], profile.AsObject().Select(p => p.Key));
        Assert.Equal(api.UserId, profile.Str("user_id"));
        Assert.EndsWith("@example.com", profile.Str("email"));
        Assert.Equal("Test User", profile.Str("name"));
        Assert.Equal("en", profile.Str("language_preference"));
        Assert.Equal("UTC", profile.Str("timezone"));
    }

    [Fact]
    public async Task Patch_updates_name_language_and_time_zone()
    {
        var api = await factory.NewUserAsync();

        var response = await api.PatchAsync(Me, new { name = "  Bilal  ", language_preference = "ur", timezone = "Asia/Karachi" });

        response.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Bilal", response.Body!.Str("name"));
        Assert.Equal("ur", response.Body.Str("language_preference"));
        Assert.Equal("Asia/Karachi", response.Body.Str("timezone"));
        var stored = (await api.GetAsync(Me)).Body!;
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(response.Body, stored), $"{response.Text} vs {stored.ToJsonString()}");
    }

    [Fact]
    public async Task Patch_leaves_absent_fields_alone()
    {
        var api = await factory.NewUserAsync();
        await api.PatchAsync(Me, new { timezone = "Europe/London" });

        var response = await api.PatchAsync(Me, new { language_preference = "ur" });

        response.AssertStatus(HttpStatusCode.OK);
        Assert.Equal("Test User", response.Body!.Str("name"));
        Assert.Equal("Europe/London", response.Body.Str("timezone"));
        Assert.Equal("ur", response.Body.Str("language_preference"));
    }

    [Fact]
    public async Task Explicit_null_name_clears_it()
    {
        var api = await factory.NewUserAsync();

        var response = await api.PatchAsync(Me, """{"name": null}""");

        response.AssertStatus(HttpStatusCode.OK);
        Assert.True(response.Body!.IsNull("name"), response.Text);
        Assert.True((await api.GetAsync(Me)).Body!.IsNull("name"));
    }

    [Theory]
    [InlineData("""{"language_preference": "fr"}""", "language_preference")]
    [InlineData("""{"language_preference": "EN"}""", "language_preference")]
    [InlineData("""{"language_preference": null}""", "language_preference")]
    [InlineData("""{"timezone": "Mars/Olympus_Mons"}""", "timezone")]
    [InlineData("""{"timezone": ""}""", "timezone")]
    [InlineData("""{"timezone": null}""", "timezone")]
    [InlineData("""{"timezone": "+05:00"}""", "timezone")]
    public async Task Invalid_profile_values_are_a_400_naming_the_field(string body, string field)
    {
        var api = await factory.NewUserAsync();

        var response = await api.PatchAsync(Me, body);

        response.AssertValidationError(field);
        var profile = (await api.GetAsync(Me)).Body!;
        Assert.Equal("en", profile.Str("language_preference"));
        Assert.Equal("UTC", profile.Str("timezone"));
    }

    [Fact]
    public async Task Oversized_name_is_rejected_with_the_other_invalid_fields()
    {
        var api = await factory.NewUserAsync();

        var response = await api.PatchAsync(Me, new { name = new string('x', 101), language_preference = "de", timezone = "Nowhere/City" });

        response.AssertValidationError("name").AssertValidationError("language_preference").AssertValidationError("timezone");
        Assert.Equal("Test User", (await api.GetAsync(Me)).Body!.Str("name"));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task Me_requires_a_token(string method)
    {
        var response = await factory.CreateApiClient().SendAsync(new HttpMethod(method), Me, method == "GET" ? null : new { password = "whatever1" });

        response.AssertProblem(HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, header => header.Scheme == "Bearer");
    }
}
