using Microsoft.Extensions.Logging.Abstractions;
using Plannior.Web.Auth;
using Plannior.Web.Services;

namespace Plannior.Web.Tests.Infrastructure;

/// <summary>
/// An account made and read through the Gateway with the Web's own API client: what the browser shows is checked
/// against what the API says, not against numbers the test made up.
/// </summary>
public sealed class ApiAccount
{
    private ApiAccount(PlanniorApiClient api, UserSession session, string password)
    {
        Api = api;
        Session = session;
        Password = password;
    }

    public PlanniorApiClient Api { get; }

    public UserSession Session { get; }

    public string Email => Session.Email;

    public string Password { get; }

    public static async Task<ApiAccount> SignUpAsync(PlanniorAppFixture system, string who, string timeZone = "Asia/Karachi")
    {
        var api = new PlanniorApiClient(new HttpClient { BaseAddress = system.GatewayUrl }, new RejectedTokens(TimeProvider.System),
            NullLogger<PlanniorApiClient>.Instance);
        var result = await api.SignUpAsync(new SignUpRequest(Ui.NewEmail(who), Ui.Password, who));
        var session = new UserSession(result.UserId, result.Email, who, result.Token, result.ExpiresAt, timeZone);
        // the browser's zone (the fixture's contexts run in Karachi), so the API's days are the page's days
        await api.UpdateProfileAsync(session, new ProfileUpdate(Timezone: timeZone));
        return new ApiAccount(api, session, Ui.Password);
    }

    /// <summary>Signs this account in, in the browser.</summary>
    public Task SignInAsync(IPage page) => Ui.SignInAsync(page, Email, Password);

    public async Task<TaskItem> TaskAsync(int id) =>
        (await Api.GetTasksAsync(Session, new TaskQuery(Page: new PageRequest(Limits.MaxPageSize)))).Items.Single(t => t.Id == id);

    /// <summary>The status the API answers <c>GET /api/auth/me</c> with for <paramref name="token"/>.</summary>
    public async Task<int> ProfileStatusAsync(string token)
    {
        try
        {
            await Api.GetProfileAsync(Session with { Token = token });
            return 200;
        }
        catch (ApiException exception)
        {
            return (int)exception.Status;
        }
    }
}
