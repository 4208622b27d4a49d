using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Plannior.ChatApi.Infrastructure;

/// <summary>
/// API.md's JSON outside an HTTP response: tool results, stored tool calls and change records are written exactly as
/// the REST API writes them (snake_case, enums by name).
/// </summary>
public static class WireJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Extensions.ApplicationServiceExtensions.ConfigureJson(options);
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }
}
