using System.Text.Json;
using System.Text.Json.Serialization;

namespace Plannior.ChatApi.Infrastructure;

/// <summary>
/// Enums on the wire as snake_case names, read by exact name only: the built-in converter also reads numbers
/// and comma lists ("low, high" would quietly become high).
/// </summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class StrictEnumConverter<T> : JsonConverter<T> where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && EnumNames.TryParse<T>(reader.GetString(), out var value)
                ? value
                : throw new JsonException($"Expected one of: {EnumNames.Allowed<T>()}.");

        // An undefined value would print as its number ("0"), which no client can read back: refuse to write it.
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Enum.IsDefined(value)
                ? JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString())
                : throw new JsonException($"{typeof(T).Name} has no value {value}; expected one of: {EnumNames.Allowed<T>()}."));
    }
}
