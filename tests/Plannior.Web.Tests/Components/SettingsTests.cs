using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Plannior.Web.Components.Pages;
using Plannior.Web.Components.Settings;

namespace Plannior.Web.Tests.Components;

public sealed class SettingsTests : SignedInPageTest
{
    private const string Profile = """
        {"user_id":"6f1c2f9e-2c39-4a8e-9d53-0b0c7b0f1a11","email":"sara@example.test","name":"Sara","language_preference":"en","timezone":"Asia/Karachi"}
        """;

    public SettingsTests()
    {
        Gateway.On(HttpMethod.Get, "/api/auth/me", HttpStatusCode.OK, Profile);
        Gateway.On(HttpMethod.Patch, "/api/auth/me", HttpStatusCode.OK, Profile);
    }

    private IRenderedComponent<Settings> RenderSettings(string query = "")
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("settings" + query);
        var cut = RenderSignedIn<Settings>();
        cut.WaitForAssertion(() => Assert.Equal("Asia/Karachi", cut.Find("[data-testid=settings-zone]").GetAttribute("value")));
        return cut;
    }

    [Fact]
    public void The_profile_is_shown_as_saved()
    {
        var cut = RenderSettings();

        Assert.Equal("Sara", cut.Find("[data-testid=settings-name]").GetAttribute("value"));
        Assert.Equal("en", cut.Find("[data-testid=settings-language]").GetAttribute("value"));
        Assert.Equal("sara@example.test", cut.Find("[data-testid=settings-email]").TextContent);
    }

    [Theory]
    [InlineData("Europe/London")]
    [InlineData("America/Argentina/Buenos_Aires")]
    [InlineData("UTC")]
    public void A_known_zone_is_saved_to_the_profile(string zone)
    {
        var cut = RenderSettings();

        cut.Find("[data-testid=settings-zone]").Input(zone);
        cut.Find("[data-testid=zone-settings] form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("Saved.", cut.Find("[data-testid=zone-saved]").TextContent));
        var patch = Assert.Single(Gateway.Sent(HttpMethod.Patch, "/api/auth/me"));
        Assert.Equal($$"""{"timezone":"{{zone}}"}""", patch.Body);
    }

    [Theory]
    [InlineData("Karachi")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    public void An_unknown_zone_is_refused_without_asking_the_api(string zone)
    {
        var cut = RenderSettings();

        cut.Find("[data-testid=settings-zone]").Input(zone);
        cut.Find("[data-testid=zone-settings] form").Submit();

        Assert.Equal("Choose a time zone from the list.", cut.Find("[data-testid=settings-zone-error]").TextContent);
        Assert.Empty(Gateway.Sent(HttpMethod.Patch, "/api/auth/me"));
    }

    [Fact]
    public void Every_offered_zone_is_one_the_profile_accepts()
    {
        var zones = TimeZones.All(Clock.GetUtcNow());

        Assert.Contains(zones, zone => zone.Id == "Asia/Karachi" && zone.Label == "Asia/Karachi (UTC+05:00)");
        Assert.All(zones, zone => Assert.True(TimeZones.IsKnown(zone.Id), zone.Id));
        Assert.Equal(zones.Count, zones.Select(zone => zone.Id).Distinct().Count());
    }

    [Fact]
    public void Switching_the_language_saves_it_and_reloads_through_the_cookie_refresh()
    {
        var cut = RenderSettings();

        cut.Find("[data-testid=settings-language]").Change("ur");
        cut.Find("[data-testid=profile-settings] form").Submit();

        cut.WaitForAssertion(() => Assert.Single(Gateway.Sent(HttpMethod.Patch, "/api/auth/me")));
        Assert.Equal("""{"language_preference":"ur"}""", Gateway.Sent(HttpMethod.Patch, "/api/auth/me").Single().Body);
        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.EndsWith("account/refresh?returnUrl=%2Fsettings", navigation.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void A_blank_name_is_refused_at_the_field()
    {
        var cut = RenderSettings();

        cut.Find("[data-testid=settings-name]").Change("   ");
        cut.Find("[data-testid=profile-settings] form").Submit();

        Assert.Equal("Enter your name.", cut.Find("#settings-name-error").TextContent);
        Assert.Equal("true", cut.Find("[data-testid=settings-name]").GetAttribute("aria-invalid"));
        Assert.Empty(Gateway.Sent(HttpMethod.Patch, "/api/auth/me"));
    }

    [Theory]
    [InlineData("en", "Name must be 1-100 characters.")]
    [InlineData("ur", "نام دوبارہ دیکھیں۔")]
    public void The_apis_english_field_problem_is_shown_in_the_ui_language(string language, string shown)
    {
        UseCulture(language);
        Gateway.On(HttpMethod.Patch, "/api/auth/me", HttpStatusCode.BadRequest, """
            {"title":"The profile changes are invalid.","status":400,"errors":{"name":["Name must be 1-100 characters."]}}
            """, "application/problem+json");
        var cut = RenderSettings();

        cut.Find("[data-testid=settings-name]").Change("Sara Khan");
        cut.Find("[data-testid=profile-settings] form").Submit();

        cut.WaitForAssertion(() => Assert.Equal(shown, cut.Find("#settings-name-error").TextContent));
    }

    [Fact]
    public void An_api_problem_without_fields_is_shown_in_urdu_on_the_urdu_page()
    {
        UseCulture("ur");
        Gateway.On(HttpMethod.Patch, "/api/auth/me", HttpStatusCode.Conflict, """
            {"title":"Conflict","status":409,"detail":"The profile was changed elsewhere."}
            """, "application/problem+json");
        var cut = RenderSettings();

        cut.Find("[data-testid=settings-name]").Change("Sara Khan");
        cut.Find("[data-testid=profile-settings] form").Submit();

        cut.WaitForAssertion(() => Assert.Equal("یہ پہلے سے موجود ہے۔", cut.Find("[data-testid=profile-error]").TextContent.Trim()));
    }

    [Theory]
    [InlineData("changed", "password-changed", "Your password is changed. Other devices have been signed out.")]
    [InlineData("wrong", "password-error", "The current password is not right.")]
    [InlineData("invalid", "password-error", "The new password needs at least 8 characters.")]
    public void The_password_forms_outcome_is_shown(string outcome, string testId, string message)
    {
        var cut = RenderSettings($"?password={outcome}");

        Assert.Equal(message, cut.Find($"[data-testid={testId}]").TextContent.Trim());
    }

    [Fact]
    public void Password_and_deletion_post_to_the_web_server_which_keeps_the_cookie_and_export_is_a_download()
    {
        var cut = RenderSettings("?delete=wrong");

        var password = cut.Find("[data-testid=password-form]");
        Assert.Equal(("post", "account/password"), (password.GetAttribute("method"), password.GetAttribute("action")));
        Assert.Equal(["current_password", "new_password"],
            password.QuerySelectorAll("input[type=password]").Select(input => input.GetAttribute("name")));
        Assert.Equal("8", cut.Find("[data-testid=new-password]").GetAttribute("minlength"));
        Assert.Equal("account/delete", cut.Find("[data-testid=delete-form]").GetAttribute("action"));
        Assert.Equal("That password is not right. Nothing was deleted.", cut.Find("[data-testid=delete-error]").TextContent.Trim());
        Assert.True(cut.Find("[data-testid=export]").HasAttribute("download"));
        Assert.Equal("account/export", cut.Find("[data-testid=export]").GetAttribute("href"));
    }
}
