namespace Plannior.ChatApi.Tests.Infrastructure;

/// <summary>
/// The ChatApi with an API key, so it uses the OpenAI-compatible provider, pointed at a <see cref="ScriptedOpenAiServer"/>.
/// Retries are off so each scripted reply answers exactly one provider call.
/// </summary>
public class ScriptedChatApiFactory : ChatApiFactory
{
    public const string PrimaryModel = "primary-model";
    public const string FallbackModel = "fallback-model";

    private readonly bool ownsModel;

    public ScriptedChatApiFactory() : this(ScriptedOpenAiServer.Start(), ownsModel: true)
    {
    }

    private ScriptedChatApiFactory(ScriptedOpenAiServer model, bool ownsModel)
    {
        Model = model;
        this.ownsModel = ownsModel;
    }

    public ScriptedOpenAiServer Model { get; }

    /// <summary>A ChatApi on a model server the caller owns (it outlives this ChatApi, as in a restart).</summary>
    public static ScriptedChatApiFactory Sharing(ScriptedOpenAiServer model) => new(model, ownsModel: false);

    protected virtual int TimeoutSeconds => 30;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => LlmSettings(Model, TimeoutSeconds);

    public static IEnumerable<KeyValuePair<string, string?>> LlmSettings(ScriptedOpenAiServer model, int timeoutSeconds = 30) =>
    [
        new("OPENROUTER_API_KEY", "test-key"),
        new("Llm:BaseUrl", model.BaseUrl),
        new("Llm:Model", PrimaryModel),
        new("Llm:FallbackModels:0", FallbackModel),
        new("Llm:TimeoutSeconds", timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Llm:MaxRetries", "0"),
    ];

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (ownsModel)
        {
            await Model.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>A provider that gives up on a silent model after two seconds.</summary>
public sealed class ShortTimeoutChatApiFactory : ScriptedChatApiFactory
{
    protected override int TimeoutSeconds => 2;
}
