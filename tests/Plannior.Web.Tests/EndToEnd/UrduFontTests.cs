using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.EndToEnd;

/// <summary>Urdu text is set in the shipped Noto Naskh Arabic, served by the web app itself, never a CDN.</summary>
[Collection(PlanniorAppCollection.Name)]
public sealed class UrduFontTests(PlanniorAppFixture system)
{
    [Fact]
    public async Task Urdu_text_in_the_workspace_loads_the_urdu_web_font_from_the_web_app()
    {
        var page = await system.NewPageAsync();
        var fontRequests = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.ResourceType == "font")
            {
                fontRequests.Add(request.Url);
            }
        };
        await Ui.SignUpAsync(page, Ui.NewEmail("hina"), "Hina Baig");
        await Ui.OpenWorkspaceAsync(page);
        // the empty chat suggests a request in Urdu
        await Expect(page.GetByText("کل صبح دس بجے ڈاکٹر کے پاس جانا ہے")).ToBeVisibleAsync();

        var loaded = await page.EvaluateAsync<bool>("""
            async () => {
                await document.fonts.ready;
                return [...document.fonts].some(font => font.family.includes('Plannior Urdu') && font.status === 'loaded');
            }
            """);

        Assert.True(loaded, "The Urdu web font did not load.");
        Assert.NotEmpty(fontRequests);
        Assert.All(fontRequests, url => Assert.StartsWith(system.WebUrl.GetLeftPart(UriPartial.Authority), url));
        await page.Context.CloseAsync();
    }
}
