using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Plannior.Web.Tests.Infrastructure;

/// <summary>
/// The whole system (Postgres, ChatApi, Gateway, Web) started once from the AppHost, plus one headless Chromium.
/// Set PLANNIOR_WEB_URL to drive an already running Web app instead of starting the AppHost.
/// </summary>
public class PlanniorAppFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(5);

    // a page's first render after start-up JIT-compiles a lot on two cores
    private const float UiTimeoutMs = 30_000;

    /// <summary>How often an open page re-reads its reminders in the system under test (the app's default is a minute).</summary>
    public static readonly TimeSpan ReminderResync = TimeSpan.FromSeconds(2);

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private DistributedApplication? _app;
    private IPlaywright? _playwright;
    private string? _dataDirectory;

    public Uri WebUrl { get; private set; } = default!;

    /// <summary>
    /// ChatApi itself, past the Gateway and its per-user chat limit: for tests that seed more history than a user could
    /// type in a minute. Null when the tests run against an external web app.
    /// </summary>
    public Uri? ChatApiUrl { get; private set; }

    /// <summary>The Gateway, for tests that seed or check data through the public API (PLANNIOR_GATEWAY_URL when external).</summary>
    public Uri GatewayUrl { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Screenshots land next to the test assembly, in the test output folder.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public virtual async Task InitializeAsync()
    {
        // the browser is Debian's; Playwright must never try to fetch its own
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Directory.CreateDirectory(ScreenshotDirectory);

        WebUrl = Environment.GetEnvironmentVariable("PLANNIOR_WEB_URL") is { Length: > 0 } external
            ? new Uri(external)
            : await StartAppHostAsync();
        GatewayUrl = _app?.GetEndpoint("gateway", "http")
            ?? new Uri(Environment.GetEnvironmentVariable("PLANNIOR_GATEWAY_URL") ?? "http://localhost:5080");

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
        SetDefaultExpectTimeout(UiTimeoutMs);
        await WarmUpAsync();
    }

    /// <summary>A fresh browser profile (no cookies) whose clock reads Pakistan time, so local-time rendering is visible.</summary>
    public async Task<IPage> NewPageAsync(string timeZone = "Asia/Karachi", int width = 1366, int height = 860)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = WebUrl.ToString(),
            TimezoneId = timeZone,
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        context.SetDefaultTimeout(UiTimeoutMs);
        return await context.NewPageAsync();
    }

    /// <summary>Renders the sign-in page once so the first test doesn't pay for the web app's cold start alone.</summary>
    private async Task WarmUpAsync()
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/account/signin", new PageGotoOptions { Timeout = 120_000 });
        await Expect(page.GetByTestId("signin-form")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 120_000 });
        await page.Context.CloseAsync();
    }

    private async Task<Uri> StartAppHostAsync()
    {
        using var timeout = new CancellationTokenSource(StartupTimeout);
        _dataDirectory = Directory.CreateTempSubdirectory("plannior-web-e2e-").FullName;

        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Plannior_AppHost>(
            ["Postgres:Mode=local", $"Postgres:DataDirectory={_dataDirectory}"],
            (options, _) => options.DisableDashboard = true,
            timeout.Token);
        // the services' own request logs would bury the test output; their warnings and errors still show
        builder.Services.AddLogging(logging => logging.AddFilter("Plannior.AppHost.Resources", LogLevel.Warning));
        // every test signs up a fresh user, all from this one address: the real limit (10 a minute) would refuse most
        builder.CreateResourceBuilder<ProjectResource>("gateway").WithEnvironment("RateLimits__Auth__PermitLimit", "1000");
        // the reminder tests move the page's clock past a reminder; the page notices at its next re-read, this soon
        builder.CreateResourceBuilder<ProjectResource>("web").WithEnvironment("Reminders__ResyncInterval", ReminderResync.ToString());
        Configure(builder);
        _app = await builder.BuildAsync(timeout.Token);
        await _app.StartAsync(timeout.Token);

        foreach (var resource in new[] { "chat-api", "gateway", "web" })
        {
            await _app.ResourceNotifications.WaitForResourceHealthyAsync(resource, timeout.Token);
        }
        ChatApiUrl = _app.GetEndpoint("chat-api", "http");
        return _app.GetEndpoint("web", "http");
    }

    /// <summary>Changes to the system under test before it starts, such as a scripted LLM provider.</summary>
    protected virtual void Configure(IDistributedApplicationTestingBuilder builder)
    {
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (_dataDirectory is not null)
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Postgres may still be closing its files; the temp folder is cleaned by the OS later
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PlanniorAppCollection : ICollectionFixture<PlanniorAppFixture>
{
    public const string Name = "Plannior system";
}
