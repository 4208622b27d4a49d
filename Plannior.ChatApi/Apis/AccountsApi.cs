using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Plannior.ChatApi.Accounts;
using Plannior.ChatApi.Chat;
using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;
using Plannior.ChatApi.Tasks;
using System.Security.Claims;

namespace Plannior.ChatApi.Apis;

public static class AccountsApi
{
    private const string InvalidCredentials = "The email or password is incorrect.";

    public static RouteGroupBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth").WithTags("Accounts");

        api.MapPost("/signup", SignUp).AllowAnonymous();
        api.MapPost("/login", LogIn).AllowAnonymous();
        api.MapGet("/me", GetProfile).RequireAuthorization();
        api.MapPatch("/me", UpdateProfile).RequireAuthorization();
        api.MapDelete("/me", DeleteAccount).RequireAuthorization();
        api.MapPost("/password", ChangePassword).RequireAuthorization()
            .WithName("ChangePassword").WithSummary("Change the password; every token issued before stops working.");
        api.MapGet("/export", ExportAccount).RequireAuthorization()
            .WithName("ExportAccount").WithSummary("Everything the account owns, as a JSON attachment.");
        return api;
    }

    public static async Task<Results<Created<AuthResult>, ValidationProblem, ProblemHttpResult>> SignUp(
        SignupRequest request, [AsParameters] AccountServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        AccountValidation.Email(errors, request.Email);
        AccountValidation.NewPassword(errors, request.Password);
        var name = AccountValidation.Name(errors, request.Name);
        if (request.Timezone is not null) AccountValidation.TimeZone(errors, request.Timezone);
        if (request.LanguagePreference is not null) AccountValidation.Language(errors, request.LanguagePreference);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The sign-up details are invalid.");
        }

        var email = request.Email!.Trim();
        var now = services.Clock.GetUtcNow().UtcDateTime;
        var user = new User
        {
            Email = email,
            NormalizedEmail = AccountValidation.NormalizeEmail(email),
            Name = name,
            PasswordHash = "",
            TimeZone = request.Timezone ?? "UTC",
            LanguagePreference = request.LanguagePreference ?? "en",
            CreatedAt = now,
            UpdatedAt = now,
        };
        user.PasswordHash = services.Hasher.HashPassword(user, request.Password!);
        services.Db.Users.Add(user);
        try
        {
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "Email already registered.", detail: "An account with this email already exists. Log in instead.");
        }

        return TypedResults.Created("/api/auth/me", ToAuthResponse(user, services.Tokens.Issue(user)));
    }

    public static async Task<Results<Ok<AuthResult>, ValidationProblem, ProblemHttpResult>> LogIn(
        LoginRequest request, [AsParameters] AccountServices services, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.Email)) errors.Add("email", "Email is required.");
        if (string.IsNullOrEmpty(request.Password)) errors.Add("password", "Password is required.");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The login details are invalid.");
        }

        var normalized = AccountValidation.NormalizeEmail(request.Email!);
        var user = await services.Db.Users.AsNoTracking()
            .SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (!PasswordMatches(services, user, request.Password!))
        {
            return Unauthorized(InvalidCredentials);
        }

        return TypedResults.Ok(ToAuthResponse(user!, services.Tokens.Issue(user!)));
    }

    public static async Task<Results<Ok<UserProfile>, ProblemHttpResult>> GetProfile(
        ClaimsPrincipal principal, [AsParameters] AccountServices services, CancellationToken cancellationToken)
    {
        var user = await services.Db.Users.AsNoTracking()
            .SingleOrDefaultAsync(u => u.Id == principal.GetUserId(), cancellationToken);
        return user is null ? AccountGone() : TypedResults.Ok(ToProfile(user));
    }

    public static async Task<Results<Ok<UserProfile>, ValidationProblem, ProblemHttpResult>> UpdateProfile(
        UpdateProfileRequest request, ClaimsPrincipal principal, [AsParameters] AccountServices services,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var name = request.Name.IsSet ? AccountValidation.Name(errors, request.Name.Value) : null;
        if (request.LanguagePreference.IsSet) AccountValidation.Language(errors, request.LanguagePreference.Value);
        if (request.Timezone.IsSet) AccountValidation.TimeZone(errors, request.Timezone.Value);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The profile changes are invalid.");
        }

        var user = await services.Db.Users.SingleOrDefaultAsync(u => u.Id == principal.GetUserId(), cancellationToken);
        if (user is null)
        {
            return AccountGone();
        }
        if (request.Name.IsSet) user.Name = name;
        if (request.LanguagePreference.IsSet) user.LanguagePreference = request.LanguagePreference.Value!;
        if (request.Timezone.IsSet) user.TimeZone = request.Timezone.Value!;
        user.UpdatedAt = services.Clock.GetUtcNow().UtcDateTime;
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ToProfile(user));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteAccount(
        [FromBody] DeleteAccountRequest request, ClaimsPrincipal principal, [AsParameters] AccountServices services,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["password"] = ["Password is required."] },
                title: "Confirm the deletion with your password.");
        }

        var user = await services.Db.Users.SingleOrDefaultAsync(u => u.Id == principal.GetUserId(), cancellationToken);
        if (user is null)
        {
            return AccountGone();
        }
        if (!PasswordMatches(services, user, request.Password))
        {
            return Unauthorized("The password is incorrect.");
        }

        // Tasks, conversations and messages go with the user through ON DELETE CASCADE.
        services.Db.Users.Remove(user);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<IssuedToken>, ValidationProblem, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest request, ClaimsPrincipal principal, [AsParameters] AccountServices services,
        CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrEmpty(request.CurrentPassword)) errors.Add("current_password", "The current password is required.");
        AccountValidation.NewPassword(errors, request.NewPassword, "new_password");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "The password change is invalid.");
        }

        var user = await services.Db.Users.SingleOrDefaultAsync(u => u.Id == principal.GetUserId(), cancellationToken);
        if (user is null)
        {
            return AccountGone();
        }
        if (!PasswordMatches(services, user, request.CurrentPassword!))
        {
            return Unauthorized("The current password is incorrect.");
        }

        user.PasswordHash = services.Hasher.HashPassword(user, request.NewPassword!);
        user.PasswordChangedAt = PasswordStamp.Now(services.Clock);
        user.UpdatedAt = user.PasswordChangedAt.Value;
        await services.Db.SaveChangesAsync(cancellationToken);
        var token = services.Tokens.Issue(user);
        return TypedResults.Ok(new IssuedToken(token.Token, "Bearer", token.ExpiresAt));
    }

    public static async Task<Results<Ok<AccountExport>, ProblemHttpResult>> ExportAccount(
        ClaimsPrincipal principal, HttpContext context, [AsParameters] AccountServices services,
        CancellationToken cancellationToken)
    {
        var userId = principal.GetUserId();
        var user = await services.Db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return AccountGone();
        }

        var tasks = await services.Db.Tasks.AsNoTracking().Where(t => t.UserId == userId)
            .OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var conversations = await services.Db.Conversations.AsNoTracking().Where(c => c.UserId == userId)
            .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Include(c => c.Messages.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        context.Response.Headers.ContentDisposition = $"attachment; filename=\"plannior-export-{userId}.json\"";
        return TypedResults.Ok(new AccountExport(
            ToProfile(user),
            [.. tasks.Select(WireRecords.Task)],
            [.. conversations.Select(c => new ExportedConversation(
                c.Id, c.Title, c.LanguagePreference, c.CreatedAt, c.UpdatedAt, c.Messages.Count,
                [.. c.Messages.Select(m => new HistoryMessage(
                    m.Id, m.Role, m.Content, ToolCallMetadata.Deserialize(m.ToolCallMetadata), m.CreatedAt))]))]));
    }

    private static bool PasswordMatches(AccountServices services, User? user, string password)
    {
        // Hash even for an unknown email, so response time does not tell which emails are registered.
        var hash = user?.PasswordHash ?? services.TimingDecoy.Hash;
        var result = services.Hasher.VerifyHashedPassword(user ?? services.TimingDecoy.User, hash, password);
        return user is not null && result != PasswordVerificationResult.Failed;
    }

    private static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Authentication failed.", detail: detail);

    private static ProblemHttpResult AccountGone() =>
        TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Authentication failed.",
            detail: "The account for this token no longer exists.");

    private static AuthResult ToAuthResponse(User user, SignedToken token) =>
        new(user.Id.ToString(), user.Email, user.Name, token.Token, "Bearer", token.ExpiresAt);

    private static UserProfile ToProfile(User user) =>
        new(user.Id.ToString(), user.Email, user.Name, user.LanguagePreference, user.TimeZone);
}

public sealed record AccountServices(
    PlanniorDbContext Db, TokenIssuer Tokens, IPasswordHasher<User> Hasher, PasswordTimingDecoy TimingDecoy, TimeProvider Clock);
