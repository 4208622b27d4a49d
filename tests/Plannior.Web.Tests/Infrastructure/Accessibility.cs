namespace Plannior.Web.Tests.Infrastructure;

/// <summary>axe-core, from npm, run in the page as it stands: no serious or critical violation is allowed.</summary>
public static class Accessibility
{
    private static readonly string AxeScript = Path.Combine(AppContext.BaseDirectory, "assets", "axe.min.js");

    private const string Run = """
        async () => {
          const results = await axe.run(document, { resultTypes: ["violations"] });
          return results.violations
            .filter(v => v.impact === "serious" || v.impact === "critical")
            .map(v => `${v.impact} ${v.id}: ${v.help} [${v.nodes.slice(0, 4).map(n => n.target.join(" ")).join(" | ")}]`);
        }
        """;

    public static async Task AssertNoSeriousViolationsAsync(IPage page, string screen)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = AxeScript });
        }
        var violations = await page.EvaluateAsync<string[]>(Run);
        Assert.True(violations.Length == 0, $"{screen}:\n{string.Join('\n', violations)}");
    }
}
