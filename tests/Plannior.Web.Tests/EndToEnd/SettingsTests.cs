using System.Text.Json;
using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.EndToEnd;

[Collection(PlanniorAppCollection.Name)]
public sealed class SettingsTests(PlanniorAppFixture system)
{
    private static async Task OpenSettingsAsync(IPage page)
    {
        await page.GotoAsync("/settings");
        await Ui.WaitInteractiveAsync(page, "settings-page");
    }

    [Theory]
    [InlineData(1366, 860, "en")]
    [InlineData(390, 844, "en")]
    [InlineData(1366, 860, "ur")]
    [InlineData(390, 844, "ur")]
    public async Task Settings_fit_the_window_and_pass_axe(int width, int height, string language)
    {
        var account = await ApiAccount.SignUpAsync(system, "settings");
        var page = await system.NewPageAsync(width: width, height: height);
        await account.SignInAsync(page);

        await OpenSettingsAsync(page);
        if (language == "ur")
        {
            await page.GetByTestId("language-switch").ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ur");
            await Ui.WaitInteractiveAsync(page, "settings-page");
        }

        await Expect(page.GetByTestId("settings-zone")).ToHaveValueAsync("Asia/Karachi");
        await Ui.AssertNoHorizontalOverflowAsync(page);
        await Accessibility.AssertNoSeriousViolationsAsync(page, $"settings at {width}px ({language})");
        await Ui.ScreenshotAsync(page, $"settings-{language}-{width}");
    }

    [Fact]
    public async Task A_chosen_time_zone_and_name_are_saved_to_the_profile()
    {
        var account = await ApiAccount.SignUpAsync(system, "zone");
        var page = await system.NewPageAsync();
        await account.SignInAsync(page);
        await OpenSettingsAsync(page);

        await page.GetByTestId("settings-zone").FillAsync("Europe/London");
        await page.GetByTestId("save-zone").ClickAsync();
        await Expect(page.GetByTestId("zone-saved")).Not.ToBeEmptyAsync();
        await page.GetByTestId("settings-name").FillAsync("Zara Renamed");
        await page.GetByTestId("save-profile").ClickAsync();

        // the page reloads through the cookie refresh, so the header shows the new name
        await Expect(page.GetByTestId("user-name")).ToHaveTextAsync("Zara Renamed");
        var profile = await account.Api.GetProfileAsync(account.Session);
        Assert.Equal(("Europe/London", "Zara Renamed"), (profile.Timezone, profile.Name));
    }

    [Fact]
    public async Task Changing_the_password_signs_other_sessions_out_and_keeps_this_one()
    {
        var account = await ApiAccount.SignUpAsync(system, "password");
        var current = await system.NewPageAsync();
        var other = await system.NewPageAsync();
        await account.SignInAsync(current);
        await account.SignInAsync(other);
        await Expect(other).ToHaveURLAsync(Ui.ChatUrl());
        await OpenSettingsAsync(current);

        await current.GetByTestId("current-password").FillAsync(account.Password);
        await current.GetByTestId("new-password").FillAsync("a brand new passphrase");
        await current.GetByTestId("change-password").ClickAsync();

        await Expect(current.GetByTestId("password-changed")).ToBeVisibleAsync();
        await current.GotoAsync("/dashboard");
        await Ui.WaitInteractiveAsync(current, "dashboard-page");
        await Expect(current.GetByTestId("dashboard-empty")).ToBeVisibleAsync();
        await other.GotoAsync("/dashboard");
        await Expect(other).ToHaveURLAsync(Ui.SignInUrl());
        Assert.Equal(401, await account.ProfileStatusAsync(account.Session.Token));
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing_and_keeps_the_session()
    {
        var account = await ApiAccount.SignUpAsync(system, "wrongpw");
        var page = await system.NewPageAsync();
        await account.SignInAsync(page);
        await OpenSettingsAsync(page);

        await page.GetByTestId("current-password").FillAsync("not my password");
        await page.GetByTestId("new-password").FillAsync("a brand new passphrase");
        await page.GetByTestId("change-password").ClickAsync();

        await Expect(page.GetByTestId("password-error")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("user-name")).ToHaveTextAsync("wrongpw");
        Assert.Equal(200, await account.ProfileStatusAsync(account.Session.Token));
    }

    [Fact]
    public async Task Export_downloads_the_users_tasks()
    {
        var account = await ApiAccount.SignUpAsync(system, "export");
        var titles = Enumerable.Range(1, 3).Select(i => $"Exported {i} {Guid.NewGuid():N}").ToList();
        foreach (var title in titles)
        {
            await account.Api.CreateTaskAsync(account.Session, new NewTask(title));
        }
        var page = await system.NewPageAsync();
        await account.SignInAsync(page);
        await OpenSettingsAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export").ClickAsync());

        Assert.EndsWith(".json", download.SuggestedFilename, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync()));
        Assert.Equal(account.Email, json.RootElement.GetProperty("profile").GetProperty("email").GetString());
        Assert.Equal(titles, json.RootElement.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Deleting_the_account_removes_everything_and_signs_out()
    {
        var account = await ApiAccount.SignUpAsync(system, "delete");
        await account.Api.CreateTaskAsync(account.Session, new NewTask("Soon gone"));
        var page = await system.NewPageAsync();
        await account.SignInAsync(page);
        await OpenSettingsAsync(page);

        await page.GetByTestId("delete-password").FillAsync("not my password");
        await page.GetByTestId("delete-account").ClickAsync();
        await Expect(page.GetByTestId("delete-error")).ToBeVisibleAsync();
        Assert.Equal(200, await account.ProfileStatusAsync(account.Session.Token));
        // the refusal is a new page load: type only once it is interactive, or its first render clears the field
        await Ui.WaitInteractiveAsync(page, "settings-page");

        await page.GetByTestId("delete-password").FillAsync(account.Password);
        await page.GetByTestId("delete-account").ClickAsync();

        await Expect(page).ToHaveURLAsync(Ui.SignInUrl());
        await Expect(page.GetByTestId("account-deleted")).ToHaveTextAsync("Your account and everything in it were deleted.");
        Assert.Equal(401, await account.ProfileStatusAsync(account.Session.Token));
        var refused = await Assert.ThrowsAsync<Plannior.Web.Services.ApiException>(() =>
            account.Api.LogInAsync(new LogInRequest(account.Email, account.Password)));
        Assert.Equal(401, (int)refused.Status);
        var tasks = await Assert.ThrowsAsync<Plannior.Web.Services.ApiException>(() =>
            account.Api.GetTasksAsync(account.Session, new TaskQuery()));
        Assert.Equal(401, (int)tasks.Status);
        await page.GotoAsync("/dashboard");
        await Expect(page).ToHaveURLAsync(Ui.SignInUrl());
    }
}
