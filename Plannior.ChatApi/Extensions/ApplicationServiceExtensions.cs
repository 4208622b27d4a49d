using System.Text.Json;
using Plannior.ChatApi.Infrastructure;
using Plannior.ChatApi.Tasks;

namespace Plannior.ChatApi.Extensions;

internal static class ApplicationServiceExtensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddPlanniorDatabase();

        builder.Services.Configure<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>(options =>
        {
            // ChatApi has no public endpoint: everything arrives through the Gateway, whose X-Forwarded-*
            // headers carry the real client address and scheme.
            options.ForwardedHeaders = Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto
                | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedHost;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        });
        builder.Services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));
        builder.Services.AddApiErrorHandling();
        builder.AddPlanniorAuthentication();
        builder.Services.AddPlanniorOpenApi();

        builder.Services.AddScoped<ChangeContext>();
        builder.Services.AddScoped<TaskService>();
        builder.Services.AddScoped<TaskUndo>();
        builder.AddAssistant();
        return builder;
    }

    /// <summary>API.md's wire format: snake_case names, enums as lower-case strings, no integer enums, storable text, instants in UTC with Z.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DictionaryKeyPolicy = null;
        options.Converters.Add(new StrictEnumConverterFactory());
        options.Converters.Add(new StorableTextConverter());
        options.Converters.Add(new Plannior.Contracts.UtcTimestampConverter());
    }
}
