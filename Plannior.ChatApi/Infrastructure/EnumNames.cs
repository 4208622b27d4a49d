namespace Plannior.ChatApi.Infrastructure;

/// <summary>Enum values as clients write them: exact names, any case; never numbers or comma lists.</summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? value, out T result) where T : struct, Enum
    {
        var name = Enum.GetNames<T>().FirstOrDefault(name => name.Equals(value?.Trim(), StringComparison.OrdinalIgnoreCase));
        result = name is null ? default : Enum.Parse<T>(name);
        return name is not null;
    }

    public static string Allowed<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetNames<T>().Select(name => name.ToLowerInvariant()));
}
