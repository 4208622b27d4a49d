namespace Plannior.ChatApi.Tests.Offline;

using System.Globalization;
using Plannior.ChatApi.Chat.Language;
using Xunit;
using Xunit.Abstractions;

public sealed class PhrasingTableTests(ITestOutputHelper output)
{
    public static IEnumerable<object[]> Rows() => PhrasingTable.Rows();

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Phrasing_produces_the_expected_tool_call(string text, string expected)
    {
        var actual = (await OfflineHarness.FirstCalls(text)).Select(CallSpec.From).ToList();

        Assert.True(CallSpec.Matches(CallSpec.ParseAll(expected), actual),
            $"\"{text}\"\n expected: {expected}\n   actual: {Describe(actual)}");
    }

    [Fact]
    public async Task Accuracy_over_the_whole_table_is_at_least_95_percent()
    {
        var failures = new List<string>();
        var byScript = new Dictionary<string, (int Total, int Passed)>();
        foreach (var phrasing in PhrasingTable.All)
        {
            var actual = (await OfflineHarness.FirstCalls(phrasing.Text)).Select(CallSpec.From).ToList();
            var passed = CallSpec.Matches(CallSpec.ParseAll(phrasing.Expected), actual);
            if (!passed)
            {
                failures.Add($"  \"{phrasing.Text}\"\n    expected: {phrasing.Expected}\n      actual: {Describe(actual)}");
            }

            var script = Script(phrasing.Text);
            var (count, ok) = byScript.GetValueOrDefault(script);
            byScript[script] = (count + 1, ok + (passed ? 1 : 0));
        }

        var total = PhrasingTable.All.Count;
        var accuracy = (double)(total - failures.Count) / total;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Offline assistant accuracy: {total - failures.Count}/{total} = {accuracy:P1}"));
        foreach (var (script, (count, ok)) in byScript)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {script}: {ok}/{count}"));
        }

        failures.ForEach(output.WriteLine);

        Assert.True(total >= 150, $"the table has only {total} phrasings");
        Assert.True(accuracy >= 0.95, string.Create(CultureInfo.InvariantCulture, $"accuracy {accuracy:P1} is below 95%"));
    }

    private static string Script(string text) =>
        text.Any(c => c is >= '\u0600' and <= '\u06FF') ? "Urdu script"
        : LanguageDetector.DetectLanguage(text) == LanguageDetector.Urdu ? "Roman Urdu"
        : "English";

    private static string Describe(IReadOnlyList<CallSpec> calls) => calls.Count == 0 ? "none" : string.Join(" | ", calls);
}
