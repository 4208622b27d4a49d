using System.Collections;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

/// <summary>One setting a service reads: its configuration key, the value used when no provider sets it, and whether it is secret.</summary>
/// <param name="IsSection">The key names a section whose every child is a setting (such as <c>Logging:LogLevel</c>).</param>
public sealed record SettingDescription(string Key, string? Default, bool IsSecret = false, bool IsSection = false);

/// <summary>
/// Every setting a service reads and every options type it validates, as registered next to the code that reads
/// them, so <c>--check-config</c> lists exactly what the service uses.
/// </summary>
public sealed class SettingsCatalog
{
    private static readonly string[] SecretWords = ["secret", "apikey", "api_key", "password", "token"];

    private readonly List<SettingDescription> settings = [];
    private readonly List<Func<IServiceProvider, IEnumerable<string>>> checks = [];

    public IReadOnlyList<SettingDescription> Settings => settings;

    internal IReadOnlyList<Func<IServiceProvider, IEnumerable<string>>> Checks => checks;

    public static bool LooksSecret(string key) =>
        SecretWords.Any(word => key.Replace(":", "").Contains(word, StringComparison.OrdinalIgnoreCase));

    public void Add(SettingDescription setting)
    {
        if (settings.All(existing => !existing.Key.Equals(setting.Key, StringComparison.OrdinalIgnoreCase)))
        {
            settings.Add(setting);
        }
    }

    /// <summary>Each settable property of <typeparamref name="TOptions"/> under <paramref name="section"/>, with its default.</summary>
    public void AddOptions<TOptions>(string section, params string[] exclude) where TOptions : class, new()
    {
        AddProperties(section, new TOptions(), exclude);
        AddCheck<TOptions>();
    }

    /// <summary>Validates <typeparamref name="TOptions"/> as the start would, for options whose keys are described by hand.</summary>
    public void AddCheck<TOptions>() where TOptions : class
    {
        if (!checks.Any(check => check.Target is OptionsCheck<TOptions>))
        {
            checks.Add(new OptionsCheck<TOptions>().Run);
        }
    }

    private void AddProperties(string prefix, object instance, string[] exclude)
    {
        foreach (var property in instance.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (exclude.Contains(property.Name) || property.GetIndexParameters().Length > 0)
            {
                continue;
            }
            var key = $"{prefix}:{property.Name}";
            var value = property.GetValue(instance);
            if (property.SetMethod is { IsPublic: true } && IsScalar(property.PropertyType))
            {
                Add(new SettingDescription(key, Format(value), LooksSecret(property.Name)));
            }
            else if (property.SetMethod is { IsPublic: true } && value is not null && property.PropertyType.IsClass)
            {
                AddProperties(key, value, []);
            }
        }
    }

    private static bool IsScalar(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
            || type == typeof(Uri) || type == typeof(DateTimeOffset)
            || (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type));
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        IEnumerable items => string.Join(", ", items.Cast<object>()),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Resolving the options runs their binding, configuration and validators, as ValidateOnStart does.</summary>
    private sealed class OptionsCheck<TOptions> where TOptions : class
    {
        public IEnumerable<string> Run(IServiceProvider services)
        {
            try
            {
                _ = services.GetRequiredService<IOptions<TOptions>>().Value;
                return [];
            }
            catch (OptionsValidationException ex)
            {
                return ex.Failures;
            }
            catch (InvalidOperationException ex)
            {
                // A value the binder cannot convert: its message names the key.
                return [ex.Message];
            }
        }
    }
}

public static class SettingsCatalogExtensions
{
    /// <summary>The service's catalog, registered once as a singleton the first time any setting is described.</summary>
    public static SettingsCatalog GetSettingsCatalog(this IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(SettingsCatalog))?.ImplementationInstance is SettingsCatalog catalog)
        {
            return catalog;
        }
        catalog = new SettingsCatalog();
        services.TryAddSingleton(catalog);
        return catalog;
    }

    /// <summary>Describes one setting read outside an options section (a root key such as <c>JWT_SECRET</c>).</summary>
    public static IHostApplicationBuilder DescribeSetting(this IHostApplicationBuilder builder, string key, string? defaultValue = null, bool secret = false)
    {
        builder.Services.GetSettingsCatalog().Add(new SettingDescription(key, defaultValue, secret || SettingsCatalog.LooksSecret(key)));
        return builder;
    }

    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="section"/>, validates its data annotations when the
    /// service starts, and lists its keys and defaults for <c>--check-config</c>. Further validation can be chained.
    /// </summary>
    public static OptionsBuilder<TOptions> AddPlanniorOptions<TOptions>(this IHostApplicationBuilder builder, string section)
        where TOptions : class, new()
    {
        builder.Services.GetSettingsCatalog().AddOptions<TOptions>(section);
        return builder.Services.AddOptions<TOptions>()
            .BindConfiguration(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
    }
}
