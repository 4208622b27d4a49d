using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Plannior.ChatApi.Extensions;

internal static class OpenApiExtensions
{
    public static IServiceCollection AddPlanniorOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Plannior API",
                    Version = "v1",
                    Description = "Tasks, accounts and the chat assistant. Every route is reached through the Gateway; "
                        + "errors are RFC 7807 problem details with a trace_id.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "The token from /api/auth/signup or /api/auth/login.",
                };
                return Task.CompletedTask;
            });
        });

    /// <summary>The document everywhere (clients generate from it); the interactive page only in Development.</summary>
    public static WebApplication MapPlanniorOpenApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference("/scalar");
        }
        return app;
    }
}
