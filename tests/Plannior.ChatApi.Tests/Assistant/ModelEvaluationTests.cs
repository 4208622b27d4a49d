using System.Globalization;
using Xunit.Abstractions;

namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// Opt-in: the judged phrasings run against a real model instead of the offline assistant. Set
/// PLANNIOR_EVAL_API_KEY (and optionally PLANNIOR_EVAL_MODEL, PLANNIOR_EVAL_BASE_URL for any OpenAI-compatible
/// endpoint), then <c>dotnet test tests/Plannior.ChatApi.Tests --filter Category=ModelEvaluation</c>. It reports
/// accuracy per language and the share of tool calls that succeeded; without a key it is skipped.
/// </summary>
[Trait("Category", "ModelEvaluation")]
public sealed class ModelEvaluationTests(ModelEvaluationTests.ModelFixture fixture, ITestOutputHelper output)
    : IClassFixture<ModelEvaluationTests.ModelFixture>
{
    [ModelEvaluationFact]
    public async Task The_model_understands_every_language_at_least_nine_times_in_ten()
    {
        var byLanguage = new Dictionary<string, (int Total, int Passed)>();
        var (calls, failed) = (0, 0);
        foreach (var phrasing in JudgedPhrasings.All.Concat(GeneratedPhrasings.All).Concat(HeldOutPhrasings.All).Distinct())
        {
            var run = await ConversationJudge.JudgeAsync(await fixture.NewUserAsync(), phrasing.Conversation, phrasing.Expected);
            var language = JudgedPhrasings.Language(phrasing.Conversation);
            var (total, ok) = byLanguage.GetValueOrDefault(language);
            byLanguage[language] = (total + 1, ok + (run.Problems.Count == 0 ? 1 : 0));
            (calls, failed) = (calls + run.ToolCalls, failed + run.FailedToolCalls);
            if (run.Problems.Count > 0)
            {
                output.WriteLine($"MISS \"{phrasing.Conversation}\" expected {phrasing.Expected}\n  {string.Join("\n  ", run.Problems)}");
            }
        }

        foreach (var (language, (total, ok)) in byLanguage)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language}: {ok}/{total} = {(double)ok / total:P1}"));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tool calls that succeeded: {calls - failed}/{calls}"));
        Assert.All(byLanguage, entry => Assert.True(entry.Value.Passed >= 0.9 * entry.Value.Total, $"{entry.Key}: {entry.Value.Passed}/{entry.Value.Total}"));
    }

    public sealed class ModelFixture : AssistantFixture
    {
        protected override IEnumerable<KeyValuePair<string, string?>> ModelSettings =>
            Environment.GetEnvironmentVariable(ModelEvaluationFactAttribute.KeyVariable) is { Length: > 0 } key
                ?
                [
                    new("OPENROUTER_API_KEY", key),
                    .. Optional("Llm:Model", "PLANNIOR_EVAL_MODEL"),
                    .. Optional("Llm:BaseUrl", "PLANNIOR_EVAL_BASE_URL"),
                ]
                : [];

        private static IEnumerable<KeyValuePair<string, string?>> Optional(string setting, string variable) =>
            Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? [new(setting, value)] : [];
    }
}

/// <summary>A fact that runs only when a model key is configured for the evaluation.</summary>
public sealed class ModelEvaluationFactAttribute : FactAttribute
{
    public const string KeyVariable = "PLANNIOR_EVAL_API_KEY";

    public ModelEvaluationFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(KeyVariable)))
        {
            Skip = $"Set {KeyVariable} to evaluate the assistant against a real model.";
        }
    }
}
