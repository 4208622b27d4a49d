using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Plannior.Web.Auth;
using Plannior.Web.Components.Shared;
using Plannior.Web.Services;
using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.Components;

/// <summary>A component rendered as the interactive server renders it, against an in-memory Gateway.</summary>
public abstract class ComponentTest : BunitContext
{
    protected const string UserId = "6f1c2f9e-2c39-4a8e-9d53-0b0c7b0f1a11";

    protected static readonly TimeZoneInfo Karachi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Karachi");

    protected ComponentTest()
    {
        var session = new UserSession(UserId, "sara@example.test", "Sara", "token", Clock.GetUtcNow().AddHours(1), "Asia/Karachi");
        var api = new PlanniorApiClient(new HttpClient(Gateway) { BaseAddress = new Uri("http://gateway") },
            new RejectedTokens(Clock), NullLogger<PlanniorApiClient>.Instance);
        SignedIn = new SignedIn(session, api, () => SessionEnded = true);
        // what components inject, registered before anything is resolved (bUnit allows no later registration)
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton(api);
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        Services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    /// <summary>10 January 2030, 11:00 in Karachi.</summary>
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2030, 1, 10, 6, 0, 0, TimeSpan.Zero));

    protected StubGateway Gateway { get; } = new();

    protected SignedIn SignedIn { get; }

    protected bool SessionEnded { get; private set; }

    protected static string UserPath => $"/api/{UserId}";
}
