namespace Plannior.AppHost;

internal static class SecretParameters
{
    /// <summary>
    /// The JWT signing secret shared by chat-api and gateway: generated on the first run and persisted to the
    /// AppHost's user secrets (Parameters:jwt-secret), so tokens stay valid across restarts.
    /// </summary>
    public static IResourceBuilder<ParameterResource> AddJwtSecret(this IDistributedApplicationBuilder builder) =>
        builder.AddParameter("jwt-secret",
            new GenerateParameterDefault { MinLength = 64, Special = false }, secret: true, persist: true);

    /// <summary>
    /// Passes the OpenRouter key as OPENROUTER_API_KEY when one is configured (Parameters:openrouter-api-key or
    /// OPENROUTER_API_KEY). Without one nothing is passed and the ChatApi uses its offline assistant: the key is
    /// optional, so it is never prompted for.
    /// </summary>
    public static IResourceBuilder<T> WithOpenRouterApiKey<T>(this IResourceBuilder<T> builder)
        where T : IResourceWithEnvironment
    {
        var configuration = builder.ApplicationBuilder.Configuration;
        var key = configuration["Parameters:openrouter-api-key"] is { Length: > 0 } parameter
            ? parameter
            : configuration["OPENROUTER_API_KEY"];
        if (string.IsNullOrWhiteSpace(key))
        {
            return builder;
        }

        var apiKey = builder.ApplicationBuilder.AddParameter("openrouter-api-key", key.Trim(), secret: true);
        return builder.WithEnvironment("OPENROUTER_API_KEY", apiKey);
    }
}
