using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// The real ChatApi (offline assistant, PostgreSQL) on a fixed clock — Saturday 28 November 2026, 10:00 in
/// Karachi — so "tomorrow at 5pm" means one instant in every run.
/// </summary>
public class AssistantFixture : ChatApiFactory
{
    public const string TimeZone = "Asia/Karachi";

    public static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(5));

    // Tokens are issued on the fixed clock but validated on the real one: make them outlive the gap.
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
    [
        new("Jwt:LifetimeMinutes", ((int)(DateTimeOffset.UtcNow - Now).TotalMinutes + 24 * 60).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        .. ModelSettings,
    ];

    /// <summary>A language model to answer instead of the offline assistant (the opt-in evaluation).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ModelSettings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedClock(Now)));
    }

    public Task<ApiClient> NewUserAsync() => CreateApiClient().SignUpAsync(TimeZone);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
