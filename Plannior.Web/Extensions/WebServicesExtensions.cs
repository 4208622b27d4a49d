using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Plannior.Web.Auth;
using Plannior.Web.Components.Reminders;
using Plannior.Web.Services;

namespace Plannior.Web.Extensions;

public static class WebServicesExtensions
{
    /// <summary>
    /// Razor components, cookie sign-in holding the API token, and the typed Gateway client.
    /// </summary>
    public static WebApplicationBuilder AddWebServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<RejectedTokens>();
        builder.Services.AddSingleton<SessionValidator>();
        builder.Services.AddScoped<SessionCookieEvents>();
        builder.Services.AddScoped<AccountSignIn>();
        builder.Services.AddScoped<LanguageSwitcher>();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, SessionAuthenticationStateProvider>();
        builder.Services.AddAuthorization();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "plannior.session";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = builder.Environment.IsDevelopment()
                    ? CookieSecurePolicy.SameAsRequest
                    : CookieSecurePolicy.Always;
                options.LoginPath = "/account/signin";
                options.LogoutPath = "/account/signout";
                options.AccessDeniedPath = "/account/signin";
                options.ReturnUrlParameter = "returnUrl";
                // the cookie lives exactly as long as the API token it carries (set per sign-in)
                options.SlidingExpiration = false;
                options.EventsType = typeof(SessionCookieEvents);
            });

        builder.AddPlanniorOptions<ApiOptions>(ApiOptions.SectionName)
            .Validate(options => options.BaseAddress.IsAbsoluteUri, "Api:BaseAddress must be an absolute URL, such as http://gateway.");
        builder.AddPlanniorOptions<ReminderOptions>(ReminderOptions.SectionName);

        // ServiceDefaults' standard handler is replaced for this client: a chat turn runs the LLM and its tools,
        // longer than the default 10 s attempt, and a POST that creates a task must never be sent twice.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is the documented per-client override, still marked for evaluation
        builder.Services.AddHttpClient<PlanniorApiClient>((services, http) =>
                http.BaseAddress = services.GetRequiredService<IOptions<ApiOptions>>().Value.BaseAddress)
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler()
            .Configure((resilience, services) =>
            {
                var timeout = services.GetRequiredService<IOptions<ApiOptions>>().Value.RequestTimeout;
                resilience.AttemptTimeout.Timeout = timeout;
                resilience.TotalRequestTimeout.Timeout = timeout * 2;
                resilience.CircuitBreaker.SamplingDuration = timeout * 2;
                resilience.Retry.DisableForUnsafeHttpMethods();
            });
#pragma warning restore EXTEXP0001

        return builder;
    }
}
