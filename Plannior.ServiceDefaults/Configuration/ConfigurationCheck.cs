using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// <c>--check-config</c>: prints every setting the service reads with its value and the configuration provider
/// that supplied it (secrets masked), validates them as the start would, and exits without starting anything.
/// </summary>
public static class ConfigurationCheck
{
    public const string Switch = "--check-config";
    public const string Mask = "*****";

    private static readonly object RequestedKey = new();

    /// <summary>
    /// Notes a <c>--check-config</c> switch and takes it out of the command-line configuration: left in, the
    /// provider would read the argument after it as its value and lose that argument's own setting.
    /// </summary>
    internal static void DetectSwitch(IHostApplicationBuilder builder)
    {
        var sources = ((IConfigurationBuilder)builder.Configuration).Sources;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is CommandLineConfigurationSource commandLine && commandLine.Args.Contains(Switch))
            {
                sources[i] = new CommandLineConfigurationSource
                {
                    Args = [.. commandLine.Args.Where(arg => arg != Switch)],
                    SwitchMappings = commandLine.SwitchMappings,
                };
                builder.Properties[RequestedKey] = true;
            }
        }
    }

    /// <summary>Whether the service was started with <c>--check-config</c>.</summary>
    public static bool IsConfigurationCheck(this IHostApplicationBuilder builder) => builder.Properties.ContainsKey(RequestedKey);

    /// <summary>Runs the check on the registered services, never the host: no server, no hosted service, no connection.</summary>
    /// <returns>The process exit code: 0 when every setting is valid, 1 otherwise.</returns>
    public static int CheckConfiguration(this WebApplicationBuilder builder) =>
        Run(builder.Services, builder.Configuration, builder.Environment, Console.Out, Console.Error);

    public static int Run(IServiceCollection services, IConfigurationRoot configuration, IHostEnvironment environment, TextWriter output, TextWriter errors)
    {
        var catalog = services.GetSettingsCatalog();
        output.WriteLine($"{environment.ApplicationName} {Extensions.ServiceVersion} configuration, environment {environment.EnvironmentName}:");
        foreach (var setting in catalog.Settings)
        {
            foreach (var (key, value, source) in Resolve(configuration, setting))
            {
                output.WriteLine($"  {key} = {Show(key, value, setting.IsSecret)}  [{source}]");
            }
        }

        var problems = Validate(services, catalog);
        if (problems.Count == 0)
        {
            output.WriteLine("Configuration is valid.");
            return 0;
        }
        errors.WriteLine($"{environment.ApplicationName} configuration is invalid:");
        foreach (var problem in problems)
        {
            errors.WriteLine($"  - {problem}");
        }
        return 1;
    }

    private static List<string> Validate(IServiceCollection services, SettingsCatalog catalog)
    {
        var problems = new List<string>();
        var provider = services.BuildServiceProvider();
        try
        {
            foreach (var check in catalog.Checks)
            {
                problems.AddRange(check(provider));
            }
            // Whatever else validates on start, exactly as the host would run it.
            provider.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException ex)
        {
            problems.AddRange(ex.Failures);
        }
        catch (AggregateException ex)
        {
            problems.AddRange(ex.InnerExceptions.SelectMany(inner => inner is OptionsValidationException validation ? validation.Failures : [inner.Message]));
        }
        catch (InvalidOperationException ex)
        {
            problems.Add(ex.Message);
        }
        finally
        {
            provider.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return [.. problems.Distinct()];
    }

    private static IEnumerable<(string Key, string? Value, string Source)> Resolve(IConfigurationRoot configuration, SettingDescription setting)
    {
        var section = configuration.GetSection(setting.Key);
        if (setting.IsSection)
        {
            var children = section.GetChildren().Where(child => child.Value is not null).OrderBy(child => child.Path, StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var child in children)
            {
                yield return (child.Path, child.Value, SourceOf(configuration, child.Path));
            }
            if (children.Count == 0)
            {
                yield return (setting.Key + ":*", setting.Default, "default");
            }
            yield break;
        }
        if (section.Value is not null)
        {
            yield return (setting.Key, section.Value, SourceOf(configuration, setting.Key));
            yield break;
        }
        // A list (Llm:FallbackModels:0, :1, ...) is set by whichever provider set its items.
        var items = section.GetChildren().Where(child => child.Value is not null).ToList();
        if (items.Count > 0)
        {
            yield return (setting.Key, string.Join(", ", items.Select(item => item.Value)), SourceOf(configuration, items[0].Path));
            yield break;
        }
        yield return (setting.Key, setting.Default, "default");
    }

    /// <summary>The last provider that has the key: the one whose value wins.</summary>
    private static string SourceOf(IConfigurationRoot configuration, string key)
    {
        var provider = configuration.Providers.LastOrDefault(provider => provider.TryGet(key, out _));
        return provider switch
        {
            JsonConfigurationProvider json => $"file {json.Source.Path}",
            EnvironmentVariablesConfigurationProvider => "environment variable",
            CommandLineConfigurationProvider => "command line",
            MemoryConfigurationProvider => "in-memory settings",
            null => "default",
            _ => provider.GetType().Name,
        };
    }

    private static string Show(string key, string? value, bool secret)
    {
        if (value is null)
        {
            return "(not set)";
        }
        if (value.Length == 0)
        {
            return "(empty)";
        }
        if (secret)
        {
            return $"{Mask} (set, {value.Length} characters)";
        }
        return key.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase) ? MaskConnectionString(value) : value;
    }

    /// <summary>The connection string with every password-like part replaced; unparsable, all of it.</summary>
    public static string MaskConnectionString(string connectionString)
    {
        try
        {
            var parts = new DbConnectionStringBuilder { ConnectionString = connectionString };
            foreach (var name in parts.Keys.Cast<string>().ToList())
            {
                if (name.Contains("password", StringComparison.OrdinalIgnoreCase) || name.Equals("pwd", StringComparison.OrdinalIgnoreCase)
                    || SettingsCatalog.LooksSecret(name))
                {
                    parts[name] = Mask;
                }
            }
            return parts.ConnectionString;
        }
        catch (ArgumentException)
        {
            return Mask;
        }
    }
}
