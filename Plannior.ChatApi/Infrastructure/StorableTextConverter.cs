using System.Text.Json;
using System.Text.Json.Serialization;

namespace Plannior.ChatApi.Infrastructure;

/// <summary>
/// Every JSON string the API reads: PostgreSQL text cannot hold U+0000, so it is refused while reading, where the
/// failure names the field (<c>errors.title</c>), instead of failing later in the database with no field at all.
/// </summary>
internal sealed class StorableTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is not null && text.Contains('\0', StringComparison.Ordinal)
            ? throw new JsonException("The text contains U+0000, which cannot be stored.")
            : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
