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
                // Inline, not on the shared schema a PATCH field refers to, which other string fields share too.
                if (schema.Properties is { } properties && properties.ContainsKey("recurrence"))
                {
                    properties["recurrence"] = RecurrenceSchema();
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

    /// <summary>The rules <see cref="Tasks.RecurrenceSyntax"/> holds a recurrence to, for client authors.</summary>
    private static OpenApiSchema RecurrenceSchema() => new()
    {
        Type = JsonSchemaType.String | JsonSchemaType.Null,
        MaxLength = Data.TaskLimits.RecurrenceMaxLength,
        Description =
            "An RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=MO (an RRULE: prefix and lower case are accepted; it is stored "
            + $"upper case without the prefix), at most {Data.TaskLimits.RecurrenceMaxLength} characters. FREQ is DAILY, WEEKLY, "
            + "MONTHLY or YEARLY; each part appears at most once; the parts are FREQ, UNTIL (a date or a UTC date-time such "
            + $"as 20261231T235959Z), COUNT (1-{Tasks.RecurrenceSyntax.MaxCount}, not with UNTIL), "
            + $"INTERVAL (1-{Tasks.RecurrenceSyntax.MaxInterval}), BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS "
            + "and WKST, with RFC 5545's ranges. The time of day comes from due_at, so BYHOUR, BYMINUTE and BYSECOND are "
            + $"refused, and so is a rule with no occurrence in the next {Tasks.RecurrenceRule.HorizonYears} years. "
            + "A rule that breaks any of this is a 400 with errors.recurrence.",
    };

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
        // The one document there is, at a fixed path: "/openapi/{documentName}.json" answered any other name with a
        // text/plain 404 instead of problem details.
        app.MapOpenApi("/openapi/v1.json");
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference("/scalar");
        }
        return app;
    }
}
