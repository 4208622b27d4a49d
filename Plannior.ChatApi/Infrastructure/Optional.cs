using System.Text.Json;
using System.Text.Json.Serialization;

namespace Plannior.ChatApi.Infrastructure;

/// <summary>
/// A PATCH field: absent (<see cref="IsSet"/> false) leaves the value alone, an explicit <c>null</c> clears it.
/// </summary>
/// <remarks>
/// There is deliberately no implicit conversion from <typeparamref name="T"/>: with one, <c>cond ? value : default</c>
/// types <c>default</c> as <typeparamref name="T"/> and converts it into an Optional that IS set (priority 0,
/// completed false), which once rewrote every task an update touched. Set values are spelled
/// <see cref="Optional.Of{T}(T)"/>; unset is <c>default</c> or <see cref="Unset"/>.
/// </remarks>
[JsonConverter(typeof(OptionalJsonConverterFactory))]
public readonly struct Optional<T> : IEquatable<Optional<T>>
{
    private readonly T value;

    internal Optional(T value)
    {
        this.value = value;
        IsSet = true;
    }

    public static Optional<T> Unset => default;

    public bool IsSet { get; }

    public T Value => IsSet ? value : throw new InvalidOperationException("An unset optional has no value.");

    /// <summary>The value when set, <paramref name="fallback"/> otherwise.</summary>
    public T Or(T fallback) => IsSet ? value : fallback;

    /// <summary>Maps a set value; unset stays unset.</summary>
    public Optional<TResult> Map<TResult>(Func<T, TResult> map) => IsSet ? new(map(value)) : Optional<TResult>.Unset;

    public bool Equals(Optional<T> other) =>
        IsSet == other.IsSet && (!IsSet || EqualityComparer<T>.Default.Equals(value, other.value));

    public override bool Equals(object? obj) => obj is Optional<T> other && Equals(other);

    public override int GetHashCode() => IsSet ? HashCode.Combine(true, value) : 0;

    public override string ToString() => IsSet ? $"Set({value})" : "Unset";

    public static bool operator ==(Optional<T> left, Optional<T> right) => left.Equals(right);

    public static bool operator !=(Optional<T> left, Optional<T> right) => !left.Equals(right);
}

public static class Optional
{
    /// <summary>A field that is set, to <paramref name="value"/> (which may be null to clear it).</summary>
    public static Optional<T> Of<T>(T value) => new(value);
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
                return Optional.Of(JsonSerializer.Deserialize<T>(ref reader, options)!);
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
