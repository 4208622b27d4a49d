using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Plannior.ChatApi.Accounts;
using Plannior.ChatApi.Data;

namespace Plannior.ChatApi.Extensions;

internal static class AuthenticationExtensions
{
    public static IHostApplicationBuilder AddPlanniorAuthentication(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<JwtOptions>()
            .Bind(builder.Configuration.GetSection(JwtOptions.SectionName))
            .Configure<IConfiguration, IHostEnvironment>((options, configuration, environment) =>
            {
                options.Secret = configuration[JwtOptions.SecretKey] ?? "";
                if (environment.IsDevelopment() && string.IsNullOrEmpty(options.Secret))
                {
                    options.Secret = JwtOptionsValidator.DevelopmentFallbackSecret;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<JwtOptions>, JwtOptionsValidator>();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwt) =>
            {
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = TokenIssuer.ValidationParameters(jwt.Value);
                bearer.Events = new JwtBearerEvents
                {
                    OnChallenge = WriteChallengeAsync,
                    OnForbidden = context => WriteProblemAsync(context.HttpContext, StatusCodes.Status403Forbidden,
                        "Forbidden.", "The token does not allow this request."),
                };
            });
        services.AddAuthorization();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton<PasswordTimingDecoy>();
        return builder;
    }

    private static async Task WriteChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var detail = context.AuthenticateFailure switch
        {
            null when string.IsNullOrEmpty(context.Request.Headers.Authorization) => "A bearer token is required.",
            null => "The bearer token is malformed.",
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
