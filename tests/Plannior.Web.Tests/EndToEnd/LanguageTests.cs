using System.Text.RegularExpressions;
using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.EndToEnd;

/// <summary>
/// The header's language switch in a real browser without Urdu system fonts: Urdu turns the whole page right to
/// left, with Urdu navigation in the shipped Urdu font, fits every width, stays accessible, and follows the profile.
/// </summary>
[Collection(PlanniorAppCollection.Name)]
public sealed partial class LanguageTests(PlanniorAppFixture system)
{
    private static readonly LocatorAssertionsToBeVisibleOptions AssistantReply = new() { Timeout = 90_000 };

    // the font face the page asked for, loaded from the web app: not a system font that happens to be there
    private const string UrduFontLoaded = """
        async () => {
            await document.fonts.ready;
            return document.fonts.check('16px "Plannior Urdu"', 'اردو')
                && [...document.fonts].some(font => font.family.includes('Plannior Urdu') && font.status === 'loaded');
        }
        """;

    [Fact]
    public async Task Switching_to_urdu_makes_the_page_rtl_with_urdu_navigation_in_the_urdu_font_and_it_follows_the_profile()
    {
        var email = Ui.NewEmail("zainab");
        var page = await system.NewPageAsync();
        await Ui.SignUpAsync(page, email, "Zainab Ali");
        await Ui.OpenWorkspaceAsync(page);
        var html = page.Locator("html");
        await Expect(html).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.GetByTestId("language-switch")).ToHaveTextAsync("اردو");

        await page.GetByTestId("language-switch").ClickAsync();

        await Expect(html).ToHaveAttributeAsync("lang", "ur");
        await Expect(html).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page).ToHaveURLAsync(Ui.ChatUrl());
        await Expect(page.GetByTestId("nav-chat")).ToHaveTextAsync("ورک اسپیس");
        await Expect(page.GetByTestId("nav-tasks")).ToHaveTextAsync("تمام کام");
        await Expect(page.GetByTestId("nav-dashboard")).ToHaveTextAsync("ڈیش بورڈ");
        await Expect(page.GetByTestId("nav-settings")).ToHaveTextAsync("ترتیبات");
        await Expect(page.GetByTestId("signout")).ToHaveTextAsync("سائن آؤٹ");
        await Expect(page.GetByTestId("chat-input")).ToHaveAttributeAsync("placeholder", "یہاں Plannior کے لیے پیغام لکھیں…");
        await Ui.WaitInteractiveAsync(page, "workspace");
        Assert.True(await page.EvaluateAsync<bool>(UrduFontLoaded), "The Urdu web font did not load.");
        // the header starts on the right: the brand sits right of the navigation, the user menu left of it
        var brand = (await page.Locator(".brand").BoundingBoxAsync())!;
        var nav = (await page.GetByTestId("nav-chat").BoundingBoxAsync())!;
        var signOut = (await page.GetByTestId("signout").BoundingBoxAsync())!;
        Assert.True(brand.X > nav.X && nav.X > signOut.X, $"brand at {brand.X}, navigation at {nav.X}, sign out at {signOut.X}");

        // a chat in Urdu, and English content that keeps its own direction inside the Urdu page
        await Ui.AddTaskAsync(page, "Renew the car insurance", "زیادہ", dueLocal: "2030-03-01T10:00", tags: "car");
        await Ui.SendChatAsync(page, "کل صبح دس بجے ڈاکٹر کے پاس جانا ہے");
        await Expect(Ui.FinishedReply(page)).ToBeVisibleAsync(AssistantReply);
        await Expect(page.GetByTestId("task-item")).ToHaveCountAsync(2);
        var english = Ui.Task(page, "Renew the car insurance").GetByTestId("task-title");
        Assert.Equal("ltr", await english.EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        Assert.Equal("rtl", await page.Locator(".task-panel__header h2").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        await Expect(page.GetByTestId("task-count")).ToHaveTextAsync("2 کام");

        foreach (var (width, height) in new[] { (1366, 860), (768, 1000), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            await Ui.AssertNoHorizontalOverflowAsync(page);
            if (width == 768)
            {
                await page.GetByTestId("toggle-tasks").ClickAsync();
                await Expect(page.GetByTestId("task-panel")).ToBeVisibleAsync();
                await Ui.AssertNoHorizontalOverflowAsync(page);
                await Ui.ScreenshotAsync(page, $"workspace-ur-{width}-tasks", fullPage: false);
                await page.GetByTestId("close-tasks").ClickAsync();
                await Expect(page.GetByTestId("task-panel")).ToBeHiddenAsync();
            }
            else if (width == 390)
            {
                await page.GetByTestId("view-chat").ClickAsync();
                await Ui.AssertNoHorizontalOverflowAsync(page);
                await Accessibility.AssertNoSeriousViolationsAsync(page, "Urdu phone chat");
                await Ui.ScreenshotAsync(page, $"workspace-ur-{width}-chat", fullPage: false);
                await page.GetByTestId("view-tasks").ClickAsync();
                await Ui.AssertNoHorizontalOverflowAsync(page);
                await Ui.ScreenshotAsync(page, $"workspace-ur-{width}-tasks", fullPage: false);
            }
            else
            {
                await Accessibility.AssertNoSeriousViolationsAsync(page, $"Urdu workspace at {width}");
                await Ui.ScreenshotAsync(page, $"workspace-ur-{width}", fullPage: false);
            }
        }

        await page.SetViewportSizeAsync(1366, 860);
        await page.GetByTestId("nav-tasks").ClickAsync();
        await Ui.OpenTasksAsync(page);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.GetByTestId("filter-pending")).ToHaveTextAsync("باقی");
        foreach (var (width, height) in new[] { (1366, 860), (768, 1000), (390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            await Expect(page.GetByTestId("task-item")).ToHaveCountAsync(2);
            await Ui.AssertNoHorizontalOverflowAsync(page);
            await Accessibility.AssertNoSeriousViolationsAsync(page, $"Urdu task page at {width}");
            await Ui.ScreenshotAsync(page, $"tasks-page-ur-{width}");
        }

        // the choice is the profile's: a fresh browser signing in gets Urdu, and can switch back
        var other = await system.NewPageAsync();
        await Ui.SignInAsync(other, email);
        await Expect(other.GetByTestId("nav-chat")).ToHaveTextAsync("ورک اسپیس");
        await Expect(other.Locator("html")).ToHaveAttributeAsync("dir", "rtl");

        await other.GetByTestId("language-switch").ClickAsync();

        await Expect(other.Locator("html")).ToHaveAttributeAsync("dir", "ltr");
        await Expect(other.GetByTestId("nav-chat")).ToHaveTextAsync("Workspace");
        await page.Context.CloseAsync();
        await other.Context.CloseAsync();
    }

    [Fact]
    public async Task Signed_out_the_switch_turns_the_sign_in_page_urdu_and_its_errors_too()
    {
        var page = await system.NewPageAsync(width: 390, height: 844);
        await page.GotoAsync("/account/signin");
        await page.GetByTestId("language-switch").ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page).ToHaveURLAsync(SignInPath());
        await Expect(page.GetByTestId("signin-submit")).ToHaveTextAsync("سائن ان");
        await page.GetByTestId("email").FillAsync(Ui.NewEmail("nobody"));
        await page.GetByTestId("password").FillAsync("not the password");
        await page.GetByTestId("signin-submit").ClickAsync();
        await Expect(page.GetByTestId("signin-error")).ToHaveTextAsync("ای میل یا پاس ورڈ غلط ہے۔");
        await Ui.AssertNoHorizontalOverflowAsync(page);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "Urdu sign in");
        await page.Context.CloseAsync();
    }

    [GeneratedRegex(@"/account/signin$")]
    private static partial Regex SignInPath();
}
