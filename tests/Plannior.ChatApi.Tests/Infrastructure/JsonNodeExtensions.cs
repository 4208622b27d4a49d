using System.Globalization;
using System.Text.Json.Nodes;

namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>Terse reads of API.md's JSON, asserting the wire format (UTC instants with <c>Z</c>) on the way.</summary>
public static class JsonNodeExtensions
{
    public static string Str(this JsonNode? node, string name) =>
        Field(node, name).GetValue<string>();

    public static int Int(this JsonNode? node, string name) => Field(node, name).GetValue<int>();

    public static bool Bool(this JsonNode? node, string name) => Field(node, name).GetValue<bool>();

    public static int Id(this JsonNode? task) => task.Int("id");

    /// <summary>True only for a property that is present with a JSON <c>null</c> (absent is not the same).</summary>
    public static bool IsNull(this JsonNode? node, string name) =>
        node is JsonObject obj && obj.TryGetPropertyValue(name, out var value) && value is null;

    /// <summary>An ISO 8601 instant in UTC, written with a trailing <c>Z</c> as API.md requires.</summary>
    public static DateTimeOffset Instant(this JsonNode? node, string name)
    {
        var text = node.Str(name);
        Assert.True(text.EndsWith('Z'), $"'{name}' should be UTC with Z: {text}");
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    public static IReadOnlyList<string> Strings(this JsonNode? node, string name) =>
        [.. Field(node, name).AsArray().Select(item => item!.GetValue<string>())];

    public static IReadOnlyList<int> Ids(this JsonNode? page) =>
        [.. Field(page, "items").AsArray().Select(item => item.Id())];

    public static IReadOnlyList<string> Titles(this JsonNode? page) =>
        [.. Field(page, "items").AsArray().Select(item => item.Str("title"))];

    private static JsonNode Field(JsonNode? node, string name) =>
        node?[name] ?? throw new Xunit.Sdk.XunitException($"'{name}' is missing or null in {node?.ToJsonString() ?? "no body"}");

    /// <summary>The wire format for an instant: second precision, UTC, <c>Z</c>.</summary>
    public static string Iso(this DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Iso(this DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).Iso();
}
