using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Plannior.Web.Components.Layout;
using Plannior.Web.Services;
using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.Components;

/// <summary>
/// The header's switch offers the other language in that language, and the switch settings calls saves the choice to
/// the profile before reloading through the endpoint that sets the culture cookie.
/// </summary>
public sealed class LanguageSwitchTests : ComponentTest
{
    [Theory]
    [InlineData("en", "ur", "اردو", "rtl")]
    [InlineData("ur", "en", "English", "ltr")]
    public void The_header_switch_offers_the_other_language_written_in_it(string current, string other, string name, string direction)
    {
        using var culture = UiCulture.Use(current);

        var cut = Render<LanguageSwitch>(p => p.Add(c => c.ReturnUrl, "/tasks?status=pending"));

        var button = cut.Find("[data-testid=language-switch]");
        Assert.Equal(other, button.GetAttribute("value"));
        Assert.Equal("language", button.GetAttribute("name"));
        Assert.Equal(other, button.GetAttribute("lang"));
        Assert.Equal(direction, button.GetAttribute("dir"));
        Assert.Equal(name, button.TextContent.Trim());
        Assert.Equal("account/language", cut.Find("form").GetAttribute("action"));
        Assert.Equal("post", cut.Find("form").GetAttribute("method"));
        Assert.Equal("/tasks?status=pending", cut.Find("input[name=returnUrl]").GetAttribute("value"));
    }

    [Fact]
    public async Task Switching_saves_the_language_to_the_profile_then_reloads_the_page_in_it()
    {
        Gateway.On(HttpMethod.Patch, "/api/auth/me", HttpStatusCode.OK, ProfileJson("ur"));
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/settings");

        var failure = await new LanguageSwitcher(navigation).SwitchAsync(SignedIn, "ur");

        Assert.Null(failure);
        var patch = Assert.Single(Gateway.Sent(HttpMethod.Patch, "/api/auth/me"));
        Assert.Contains("\"language_preference\":\"ur\"", patch.Body, StringComparison.Ordinal);
        Assert.EndsWith("/account/language?language=ur&returnUrl=%2Fsettings", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_save_leaves_the_page_as_it_is_and_says_why()
    {
        Gateway.On(HttpMethod.Patch, "/api/auth/me", HttpStatusCode.BadRequest,
            """{"type":"about:blank","title":"Invalid","status":400,"detail":"language_preference must be en or ur"}""", "application/problem+json");
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/settings");

        var failure = await new LanguageSwitcher(navigation).SwitchAsync(SignedIn, "ur");

        Assert.NotNull(failure);
        Assert.EndsWith("/settings", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_language_is_applied_as_english_and_the_return_address_stays_on_the_site()
    {
        Assert.Equal("account/language?language=en&returnUrl=%2Fchat", LanguageSwitcher.ApplyUrl("fr", "/chat"));
    }

    private static string ProfileJson(string language) => $$"""
        {"user_id":"{{UserId}}","email":"sara@example.test","name":"Sara","language_preference":"{{language}}","timezone":"Asia/Karachi"}
        """;
}
