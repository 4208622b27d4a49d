using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.EndToEnd;

[Collection(PlanniorAppCollection.Name)]
public sealed class AccountTests(PlanniorAppFixture system)
{
    [Fact]
    public async Task Signing_up_lands_in_the_workspace_with_an_empty_task_panel_and_the_users_name_in_the_header()
    {
        var page = await system.NewPageAsync();

        await Ui.SignUpAsync(page, Ui.NewEmail("ayesha"), "Ayesha Khan");

        await Expect(page).ToHaveURLAsync(Ui.ChatUrl());
        await Expect(page.GetByTestId("user-name")).ToHaveTextAsync("Ayesha Khan");
        await Expect(page.GetByTestId("tasks-empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_user_can_sign_out_and_sign_in_again()
    {
        var page = await system.NewPageAsync();
        var email = Ui.NewEmail("bilal");
        await Ui.SignUpAsync(page, email, "Bilal");
        await Expect(page).ToHaveURLAsync(Ui.ChatUrl());

        await Ui.SignOutAsync(page);
        await Expect(page.GetByTestId("signed-out")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("user-name")).ToHaveCountAsync(0);

        await Ui.SignInAsync(page, email);
        await Expect(page).ToHaveURLAsync(Ui.ChatUrl());
        await Expect(page.GetByTestId("user-name")).ToHaveTextAsync("Bilal");
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_sign_in_and_brought_back_afterwards()
    {
        var page = await system.NewPageAsync();
        var email = Ui.NewEmail("chand");
        await Ui.SignUpAsync(page, email, "Chand");
        await Ui.SignOutAsync(page);

        await page.GotoAsync("/chat");

        await Expect(page).ToHaveURLAsync(Ui.SignInUrl());
        Assert.Contains("returnUrl=%2Fchat", page.Url, StringComparison.Ordinal);
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync(Ui.Password);
        await page.GetByTestId("signin-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(Ui.ChatUrl());
    }

    [Fact]
    public async Task A_wrong_password_shows_an_error_next_to_the_form()
    {
        var page = await system.NewPageAsync();
        var email = Ui.NewEmail("danish");
        await Ui.SignUpAsync(page, email, "Danish");
        await Ui.SignOutAsync(page);

        await Ui.SignInAsync(page, email, "not the password");

        await Expect(page.GetByTestId("signin-error")).ToHaveTextAsync("Wrong email or password.");
        await Expect(page).ToHaveURLAsync(Ui.SignInUrl());
        await Expect(page.GetByTestId("user-name")).ToHaveCountAsync(0);
        await Ui.ScreenshotAsync(page, "signin-wrong-password");
    }

    [Fact]
    public async Task Signing_up_with_a_registered_email_says_so_at_the_email_field()
    {
        var page = await system.NewPageAsync();
        var email = Ui.NewEmail("erum");
        await Ui.SignUpAsync(page, email, "Erum");
        await Ui.SignOutAsync(page);

        await Ui.SignUpAsync(page, email.ToUpperInvariant(), "Someone else");

        await Expect(page.GetByTestId("signup-error")).ToContainTextAsync("already exists");
        await Expect(page.Locator(".field:has([data-testid=email]) .validation-message"))
            .ToHaveTextAsync("This email is already registered.");
    }

    [Fact]
    public async Task A_short_password_is_refused_with_a_message_at_the_password_field()
    {
        var page = await system.NewPageAsync();

        await Ui.SignUpAsync(page, Ui.NewEmail("faraz"), "Faraz", password: "short");

        await Expect(page.Locator(".field:has([data-testid=password]) .validation-message"))
            .ToHaveTextAsync("Use at least 8 characters.");
        await Expect(page.GetByTestId("user-name")).ToHaveCountAsync(0);
    }
}
