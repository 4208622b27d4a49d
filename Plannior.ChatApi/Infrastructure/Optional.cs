using System.Text.Json;
using System.Text.Json.Serialization;

namespace Plannior.ChatApi.Infrastructure;

/// <summary>
/// A PATCH field: absent (<see cref="IsSet"/> false) leaves the value alone, an explicit <c>null</c> clears it.
/// </summary>
[JsonConverter(typeof(OptionalJsonConverterFactory))]
public readonly record struct Optional<T>(T Value)
{
    public bool IsSet { get; } = true;

    public static implicit operator Optional<T>(T value) => new(value);
}

internal sealed class OptionalJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(Optional<>);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(
            typeof(OptionalJsonConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;

    private sealed class OptionalJsonConverter<T> : JsonConverter<Optional<T>>
    {
        // Called for an explicit null too, which is how "clear this field" is told apart from "absent".
        public override bool HandleNull => true;

        public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            try
            {
                return new(JsonSerializer.Deserialize<T>(ref reader, options)!);
            }
            catch (JsonException ex)
            {
                // The nested call reports its own root ("$"); without a path the outer serializer adds the field's
                // ("$.priority"), which is what the 400 names.
                throw new JsonException($"The JSON value could not be converted to {typeof(T)}.", ex);
            }
        }

        public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options)
        {
            if (value.IsSet)
            {
                JsonSerializer.Serialize(writer, value.Value, options);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
