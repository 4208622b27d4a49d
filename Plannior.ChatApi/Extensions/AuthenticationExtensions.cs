using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Plannior.ChatApi.Accounts;
using Plannior.ChatApi.Data;
using System.Security.Claims;

namespace Plannior.ChatApi.Extensions;

internal static class AuthenticationExtensions
{
    private const string AccountGoneMessage = "The account for this token no longer exists.";
    private const string PasswordChangedMessage = "The password has changed since this token was issued. Log in again.";

    public static IHostApplicationBuilder AddPlanniorAuthentication(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        builder.AddPlanniorJwtOptions();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwt) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = jwt.Value.CreateValidationParameters();
                bearer.Events = new JwtBearerEvents
                {
                    OnTokenValidated = RejectStaleTokenAsync,
                    OnChallenge = WriteChallengeAsync,
                    OnForbidden = context => WriteProblemAsync(context.HttpContext, StatusCodes.Status403Forbidden,
                        "Forbidden.", "The token does not allow this request."),
                };
            });
        services.AddAuthorization();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TokenIssuer>();
        services.AddScoped<AuthenticatedAccount>();
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<PasswordTimingDecoy>();
        return builder;
    }

    // A token outlives the account it was issued for, and the password it was issued under; past this point every
    // handler may assume the user exists. One lookup answers both.
    private static async Task RejectStaleTokenAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var account = Guid.TryParse(context.Principal?.FindFirstValue(JwtRegisteredClaimNames.Sub), out var userId)
            ? await services.GetRequiredService<AuthenticatedAccount>()
                .LoadAsync(services.GetRequiredService<PlanniorDbContext>(), userId, context.HttpContext.RequestAborted)
            : null;
        if (account is null)
        {
            context.Fail(AccountGoneMessage);
        }
        else if (PasswordStamp.Of(account.PasswordChangedAt) != context.Principal!.FindFirstValue(PasswordStamp.ClaimType))
        {
            context.Fail(PasswordChangedMessage);
        }
    }

    private static async Task WriteChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var detail = context.AuthenticateFailure switch
        {
            null when string.IsNullOrEmpty(context.Request.Headers.Authorization) => "A bearer token is required.",
            null => "The bearer token is malformed.",
            { Message: AccountGoneMessage } => AccountGoneMessage,
            { Message: PasswordChangedMessage } => PasswordChangedMessage,
            Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException => "The token has expired. Log in again.",
            _ => "The token is invalid.",
        };
        context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null
            ? "Bearer"
            : "Bearer error=\"invalid_token\"";
        await WriteProblemAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Authentication required.", detail);
    }

    private static async Task WriteProblemAsync(HttpContext context, int status, string title, string detail)
    {
        var result = TypedResults.Problem(statusCode: status, title: title, detail: detail);
        await result.ExecuteAsync(context);
    }
}
