using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Plannior.ChatApi.Extensions;

internal static class OpenApiExtensions
{
    public static IServiceCollection AddPlanniorOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            // Custom converters are opaque to the schema exporter: describe enums by their wire names, and a PATCH
            // field (Optional<T>) as the value it carries, which may be null to clear it.
            options.AddSchemaTransformer((schema, context, _) =>
            {
                var type = context.JsonTypeInfo.Type;
                // PATCH bodies: every field may be left out.
                foreach (var property in context.JsonTypeInfo.Properties.Where(p => p.PropertyType.IsGenericType
                    && p.PropertyType.GetGenericTypeDefinition() == typeof(Infrastructure.Optional<>)))
                {
                    schema.Required?.Remove(property.Name);
                }
                var patchField = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Infrastructure.Optional<>);
                if (patchField)
                {
                    type = type.GetGenericArguments()[0];
                }
                type = Nullable.GetUnderlyingType(type) ?? type;
                if (type.IsEnum)
                {
                    schema.Type = JsonSchemaType.String;
                    schema.Enum = [.. Enum.GetNames(type).Select(name =>
                        (System.Text.Json.Nodes.JsonNode)System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(name))];
                }
                else if (patchField)
                {
                    DescribeValue(schema, type);
                }
                if (patchField)
                {
                    schema.Type |= JsonSchemaType.Null;
                }
                return Task.CompletedTask;
            });
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

    private static void DescribeValue(OpenApiSchema schema, Type type)
    {
        if (type == typeof(string))
        {
            schema.Type = JsonSchemaType.String;
        }
        else if (type == typeof(bool))
        {
            schema.Type = JsonSchemaType.Boolean;
        }
        else if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            schema.Type = JsonSchemaType.String;
            schema.Format = "date-time";
        }
        else if (typeof(System.Collections.IEnumerable).IsAssignableFrom(type))
        {
            schema.Type = JsonSchemaType.Array;
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String };
        }
    }

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
