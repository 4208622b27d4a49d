using System.Text.RegularExpressions;

namespace Plannior.Web.Tests.Infrastructure;

/// <summary>What a person does in the web app, step by step, with Playwright's auto-waiting.</summary>
public static partial class Ui
{
    public const string Password = "correct horse battery";

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.test";

    public static async Task SignUpAsync(IPage page, string email, string name, string password = Password)
    {
        await page.GotoAsync("/account/signup");
        await page.GetByTestId("name").FillAsync(name);
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync(password);
        await page.GetByTestId("signup-submit").ClickAsync();
    }

    public static async Task SignInAsync(IPage page, string email, string password = Password)
    {
        await page.GotoAsync("/account/signin");
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync(password);
        await page.GetByTestId("signin-submit").ClickAsync();
    }

    public static async Task SignOutAsync(IPage page)
    {
        await page.GetByTestId("signout").ClickAsync();
        await Expect(page).ToHaveURLAsync(SignInUrl());
    }

    /// <summary>Waits until the page's circuit is connected: before that, clicks and typing would be lost.</summary>
    public static Task WaitInteractiveAsync(IPage page, string pageTestId) =>
        Expect(page.GetByTestId(pageTestId)).ToHaveAttributeAsync("data-interactive", "true");

    /// <summary>The signed-in home: conversations, chat and the task panel.</summary>
    public static async Task OpenWorkspaceAsync(IPage page)
    {
        if (!ChatUrl().IsMatch(page.Url))
        {
            await page.GotoAsync("/chat");
        }
        await Expect(page).ToHaveURLAsync(ChatUrl());
        await WaitInteractiveAsync(page, "workspace");
    }

    public static async Task SendChatAsync(IPage page, string message)
    {
        await page.GetByTestId("chat-input").FillAsync(message);
        await page.GetByTestId("chat-input").PressAsync("Enter");
    }

    /// <summary>The last assistant bubble once its reply is complete.</summary>
    public static ILocator FinishedReply(IPage page) =>
        page.Locator("[data-testid=chat-message-assistant][data-state=sent]").Last;

    /// <summary>Nothing on the page is wider than the window: no sideways scrolling.</summary>
    public static async Task AssertNoHorizontalOverflowAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth");
        if (overflow > 0)
        {
            var culprits = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll("body *")]
                  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                  .slice(0, 8).map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} → ${Math.round(e.getBoundingClientRect().right)}px`)
                """);
            Assert.Fail($"The page is {overflow}px wider than the {page.ViewportSize?.Width}px window: {string.Join(", ", culprits)}");
        }
    }

    public static async Task OpenTasksAsync(IPage page)
    {
        if (!TasksUrl().IsMatch(page.Url))
        {
            await page.GetByTestId("nav-tasks").ClickAsync();
        }
        await Expect(page).ToHaveURLAsync(TasksUrl());
        await WaitInteractiveAsync(page, "tasks-page");
    }

    public static async Task AddTaskAsync(IPage page, string title, string priority = "Medium", string? dueLocal = null, string? tags = null)
    {
        await page.GetByTestId("new-task-title").FillAsync(title);
        await page.GetByTestId("new-task-priority").SelectOptionAsync(new SelectOptionValue { Label = priority });
        if (dueLocal is not null)
        {
            await page.GetByTestId("new-task-due").FillAsync(dueLocal);
        }
        if (tags is not null)
        {
            await page.GetByTestId("new-task-tags").FillAsync(tags);
        }
        await page.GetByTestId("add-task").ClickAsync();
        // the form clears once the task is saved and the list reloaded
        await Expect(page.GetByTestId("new-task-title")).ToHaveValueAsync("");
    }

    public static ILocator Task(IPage page, string title) =>
        page.GetByTestId("task-item").Filter(new LocatorFilterOptions
        {
            Has = page.GetByTestId("task-title").GetByText(title, new LocatorGetByTextOptions { Exact = true }),
        });

    public static Task ScreenshotAsync(IPage page, string name, bool fullPage = true) =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(PlanniorAppFixture.ScreenshotDirectory, $"{name}.png"),
            FullPage = fullPage,
            // a drawer still sliding in would be caught halfway
            Animations = ScreenshotAnimations.Disabled,
        });

    [GeneratedRegex(@"/tasks(\?.*)?$")]
    public static partial Regex TasksUrl();

    [GeneratedRegex(@"/account/signin(\?.*)?$")]
    public static partial Regex SignInUrl();

    [GeneratedRegex(@"/chat(/[0-9a-f-]+)?(\?.*)?$")]
    public static partial Regex ChatUrl();
}
