using Plannior.Web.Services;

namespace Plannior.Web.Tests.Unit;

public sealed class SafeMarkdownTests
{
    [Fact]
    public void Lists_emphasis_and_code_become_html()
    {
        var html = SafeMarkdown.ToHtml("You have:\n\n- **Pay rent**\n- *Call mum* at `18:00`");

        Assert.Contains("<ul>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Pay rent</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>Call mum</em>", html, StringComparison.Ordinal);
        Assert.Contains("<code>18:00</code>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("Task <b onclick=\"steal()\">bold</b>")]
    [InlineData("[click](javascript:alert(1))")]
    public void Raw_html_and_script_links_never_reach_the_page(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b ", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Links_open_apart_from_the_app()
    {
        var html = SafeMarkdown.ToHtml("See [the guide](https://example.test/guide).");

        Assert.Contains("href=\"https://example.test/guide\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer nofollow\"", html, StringComparison.Ordinal);
    }
}
