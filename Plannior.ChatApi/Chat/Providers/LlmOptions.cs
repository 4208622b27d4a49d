using System.ComponentModel.DataAnnotations;

namespace Plannior.ChatApi.Chat.Providers;

/// <summary>
/// The OpenAI-compatible provider. With no API key the built-in offline assistant answers instead, so the app
/// works with no account and no network.
/// </summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";
    public const string ApiKeyVariable = "OPENROUTER_API_KEY";

    /// <summary>From <c>Llm:ApiKey</c> or, more usually, <c>OPENROUTER_API_KEY</c>.</summary>
    public string? ApiKey { get; set; }

    [Required, Url]
    public string BaseUrl { get; set; } = "https://openrouter.ai/api/v1";

    [Required]
    public string Model { get; set; } = "openai/gpt-4o-mini";

    /// <summary>Used when <see cref="FallbackModels"/> is not configured.</summary>
    public static readonly IReadOnlyList<string> DefaultFallbackModels = ["meta-llama/llama-3.3-70b-instruct"];

    /// <summary>
    /// Tried in order when the provider fails with the model before. Null unless configured: the binder appends
    /// configured items to a pre-filled list, so a default here would always stay in front of the configured ones.
    /// </summary>
    public List<string>? FallbackModels { get; set; }

    /// <summary>
    /// Each provider call, per model. With <see cref="MaxToolRounds"/> it bounds a whole turn: at most
    /// (MaxToolRounds + 1) calls, each given up on after this long on every model, then a 503.
    /// </summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 45;

    [Range(0, 5)]
    public int MaxRetries { get; set; } = 1;

    /// <summary>
    /// Rounds of tool calls in one turn; then one last call offering no tools, and a model that still calls
    /// tools is stopped with a message saying so.
    /// </summary>
    [Range(1, 10)]
    public int MaxToolRounds { get; set; } = 5;

    /// <summary>
    /// Whether gen_ai spans carry the messages, tool arguments and replies. Off by default: they are the users'
    /// own words and tasks, and traces are kept and read more widely than the database.
    /// </summary>
    public bool RecordMessageContent { get; set; }

    public bool IsOnline => !string.IsNullOrWhiteSpace(ApiKey);

    public IEnumerable<string> Models => new[] { Model }.Concat(FallbackModels ?? DefaultFallbackModels).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct();
}
