using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Plannior.Web.Components.Layout;

namespace Plannior.Web.Tests.Components;

public sealed partial class MainLayoutTests : BunitContext
{
    private static readonly CultureInfo Urdu = CultureInfo.GetCultureInfo("ur");

    private static readonly string[] TextAttributes = ["aria-label", "title", "placeholder", "alt"];

    public MainLayoutTests()
    {
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void In_urdu_the_navigation_and_account_links_are_urdu()
    {
        AddAuthorization().SetAuthorized("Sara");

        var layout = RenderIn(Urdu);

        Assert.Equal("ورک اسپیس", layout.Find("[data-testid=nav-chat]").TextContent.Trim());
        Assert.Equal("تمام کام", layout.Find("[data-testid=nav-tasks]").TextContent.Trim());
        Assert.Equal("سائن آؤٹ", layout.Find("[data-testid=signout]").TextContent.Trim());
    }

    [Fact]
    public void In_english_the_layout_reads_as_before()
    {
        AddAuthorization().SetAuthorized("Sara");

        var layout = RenderIn(CultureInfo.GetCultureInfo("en"));

        Assert.Equal("Workspace", layout.Find("[data-testid=nav-chat]").TextContent.Trim());
        Assert.Equal("All tasks", layout.Find("[data-testid=nav-tasks]").TextContent.Trim());
        Assert.Equal("Plannior home", layout.Find(".brand").GetAttribute("aria-label"));
        Assert.Equal("Skip to content", layout.Find(".skip-link").TextContent.Trim());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void In_urdu_no_english_word_is_left_outside_marked_english_or_isolated_text(bool signedIn)
    {
        var auth = AddAuthorization();
        if (signedIn)
        {
            auth.SetAuthorized("Sara");
        }

        var layout = RenderIn(Urdu);

        var leftovers = layout.FindAll("*")
            .Where(element => element.Closest("[lang=en], bdi, [dir=ltr]") is null)
            .SelectMany(element => element.ChildNodes.OfType<IText>().Select(text => text.Text)
                .Concat(TextAttributes.Select(name => element.GetAttribute(name) ?? "")))
            // the product's name is the one word never translated
            .Where(text => LatinWord().IsMatch(text.Replace("Plannior", "", StringComparison.Ordinal)))
            .ToList();
        Assert.True(leftovers.Count == 0, "Not in Urdu: " + string.Join(" | ", leftovers));
    }

    private IRenderedComponent<MainLayout> RenderIn(CultureInfo culture)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            return Render<MainLayout>(parameters => parameters
                .Add(layout => layout.Body, (RenderFragment)(builder => builder.AddContent(0, "\u0645\u0648\u0627\u062f"))));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();
}
