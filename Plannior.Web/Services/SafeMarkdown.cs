using Ganss.Xss;
using Markdig;

namespace Plannior.Web.Services;

/// <summary>
/// Assistant replies as Markdown (lists, emphasis, code, links), never as HTML: Markdig is told to treat any
/// HTML in the text as text, and the sanitizer keeps only the handful of tags Markdown produces, so nothing
/// the model, a task title or a user wrote can put markup or script on the page.
/// </summary>
public static class SafeMarkdown
{
    public const string LinkRel = "noopener noreferrer nofollow";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }
        return Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "em", "strong", "del", "code", "pre", "ul", "ol", "li", "blockquote", "a", "hr",
                "h1", "h2", "h3", "h4", "h5", "h6",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "start" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href" },
        });
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link)
            {
                // a link from the model leaves the app in a new tab that can't reach back into it
                link.SetAttribute("rel", LinkRel);
                link.SetAttribute("target", "_blank");
            }
        };
        return sanitizer;
    }
}
