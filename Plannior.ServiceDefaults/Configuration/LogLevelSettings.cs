using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// <c>Logging:LogLevel:*</c> and <c>Logging:Console:LogLevel:*</c> checked at start: a level the logging framework
/// cannot parse otherwise stops the host with an exception that names no file.
/// </summary>
public sealed class LogLevelSettings
{
    public const string SectionName = "Logging:LogLevel";

    /// <summary>
    /// Framework categories that log at Information on every request: ASP.NET Core's hosting (two lines a request)
    /// and EF Core (a line for every SQL command, with its text). On the hot path they cost more CPU than the
    /// request's own work, so they start at Warning; any configured level for them, or a more specific one, wins.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> HotPathDefaults = new Dictionary<string, string>
    {
        [$"{SectionName}:Microsoft.AspNetCore"] = "Warning",
        [$"{SectionName}:Microsoft.EntityFrameworkCore"] = "Warning",
    };

    public Dictionary<string, string> Levels { get; } = new(StringComparer.OrdinalIgnoreCase);

    internal static IHostApplicationBuilder AddLogLevelSettings(IHostApplicationBuilder builder)
    {
        // First source, so every other one (appsettings, environment, command line) overrides it.
        builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Memory.MemoryConfigurationSource
        {
            InitialData = HotPathDefaults.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)),
        });
        var catalog = builder.Services.GetSettingsCatalog();
        catalog.Add(new SettingDescription(SectionName, "Information", IsSection: true));
        catalog.AddCheck<LogLevelSettings>();
        builder.Services.AddOptions<LogLevelSettings>()
            .Configure<IConfiguration>((settings, configuration) =>
            {
                foreach (var child in configuration.GetSection("Logging").AsEnumerable().Where(pair => pair.Value is not null))
                {
                    if (child.Key.Contains(":LogLevel:", StringComparison.OrdinalIgnoreCase))
                    {
                        settings.Levels[child.Key] = child.Value!;
                    }
                }
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<LogLevelSettings>, Validator>();
        return builder;
    }

    private sealed class Validator : IValidateOptions<LogLevelSettings>
    {
        public ValidateOptionsResult Validate(string? name, LogLevelSettings options)
        {
            var wrong = options.Levels.Where(pair => !Enum.TryParse<LogLevel>(pair.Value, ignoreCase: true, out _))
                .Select(pair => $"{pair.Key} is '{pair.Value}': a log level is one of {string.Join(", ", Enum.GetNames<LogLevel>())}.")
                .ToList();
            return wrong.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(wrong);
        }
    }
}
