using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Bunit;
using Plannior.Web.Components.Chat;
using Plannior.Web.Components.Tasks;
using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.Components;

/// <summary>
/// The workspace's parts rendered in Urdu, with Urdu user content: no English word is left, except where it is
/// marked as such (lang="en"), isolated as left-to-right (ids, code, addresses) or left to find its own direction
/// (user and assistant content, dir="auto").
/// </summary>
public sealed partial class UrduRenderingTests : ComponentTest
{
    private static readonly string[] TextAttributes = ["aria-label", "title", "placeholder", "alt"];

    private const string Tasks = """
        {"items":[
          {"id":1,"title":"کرایہ ادا کرنا","description":"مالک مکان کو","completed":false,"priority":"high","tags":["گھر"],
           "due_at":"2030-01-09T04:00:00Z","remind_at":null,"recurrence":"FREQ=MONTHLY;BYMONTHDAY=1",
           "created_at":"2029-12-01T10:00:00Z","updated_at":"2029-12-01T10:00:00Z","completed_at":null},
          {"id":2,"title":"دودھ خریدنا","description":null,"completed":true,"priority":"low","tags":[],
           "due_at":"2030-03-10T12:00:00Z","remind_at":null,"recurrence":"FREQ=WEEKLY;BYDAY=MO,TH",
           "created_at":"2029-12-02T10:00:00Z","updated_at":"2029-12-02T10:00:00Z","completed_at":null}
        ],"total_count":2,"limit":50,"offset":0,"has_more":false}
        """;

    [Fact]
    public void The_task_panel_reads_in_urdu_with_urdu_dates_and_repeats()
    {
        using var culture = UiCulture.Use("ur");
        Gateway.On(HttpMethod.Get, $"{UserPath}/tasks?", HttpStatusCode.OK, Tasks);

        var cut = Render<TaskPanel>(p => p.AddCascadingValue(SignedIn));
        cut.WaitForElement("[data-testid=task-item]");

        Assert.Equal("2 کام", cut.Find("[data-testid=task-count]").TextContent);
        var rent = cut.Find("[data-testid=task-item][data-task-id='1']");
        Assert.Equal("ہر مہینے، 1 تاریخ کو", rent.QuerySelector("[data-testid=task-recurrence]")!.TextContent.Trim());
        Assert.Equal("زیادہ", rent.QuerySelector("[data-testid=task-priority]")!.TextContent);
        // 9 January 2030, 09:00 in Karachi, the day before the test clock's today
        Assert.Equal("تاخیر · گزشتہ کل، 09:00", rent.QuerySelector("[data-testid=task-due]")!.TextContent.Trim());
        var milk = cut.Find("[data-testid=task-item][data-task-id='2']");
        Assert.Equal("ہر ہفتے پیر اور جمعرات کو", milk.QuerySelector("[data-testid=task-recurrence]")!.TextContent.Trim());
        Assert.Contains("مارچ", milk.QuerySelector("[data-testid=task-due]")!.TextContent, StringComparison.Ordinal);
        AssertNoEnglish(cut.Nodes);
    }

    [Fact]
    public void The_conversation_list_and_an_empty_chat_read_in_urdu()
    {
        using var culture = UiCulture.Use("ur");
        var list = Render<ConversationList>(p => p
            .Add(c => c.Items, [new Conversation(Guid.NewGuid(), "سفر کی تیاری", "ur", Clock.GetUtcNow(), Clock.GetUtcNow(), 3)])
            .Add(c => c.TimeZone, Karachi)
            .Add(c => c.Now, Clock.GetUtcNow()));
        var chat = Render<ChatPane>(p => p.AddCascadingValue(SignedIn));

        Assert.Contains("3 پیغامات", list.Find(".conversation__meta").TextContent, StringComparison.Ordinal);
        Assert.Equal("نئی چیٹ", chat.Find("#chat-title").TextContent);
        Assert.Equal(4, chat.FindAll(".suggestion").Count);
        AssertNoEnglish(list.Nodes);
        AssertNoEnglish(chat.Nodes);
    }

    [Fact]
    public void In_english_the_same_parts_have_no_urdu_but_the_urdu_example()
    {
        using var culture = UiCulture.Use("en");
        Gateway.On(HttpMethod.Get, $"{UserPath}/tasks?", HttpStatusCode.OK, Tasks);

        var cut = Render<TaskPanel>(p => p.AddCascadingValue(SignedIn));
        cut.WaitForElement("[data-testid=task-item]");

        Assert.Equal("2 tasks", cut.Find("[data-testid=task-count]").TextContent);
        Assert.Equal("every week on Mon and Thu", cut.Find("[data-task-id='2'] [data-testid=task-recurrence]").TextContent.Trim());
        Assert.Equal("Overdue · Yesterday, 09:00", cut.Find("[data-task-id='1'] [data-testid=task-due]").TextContent.Trim());
    }

    private static void AssertNoEnglish(INodeList nodes)
    {
        var leftovers = nodes.OfType<IElement>().SelectMany(root => root.QuerySelectorAll("*").Prepend(root))
            .Where(element => element.Closest("[lang=en], bdi, [dir=ltr], [dir=auto], script, style, svg") is null)
            .SelectMany(element => element.ChildNodes.OfType<IText>().Select(text => text.Text)
                .Concat(TextAttributes.Select(name => element.GetAttribute(name) ?? "")))
            // the product's name is the one word never translated
            // and text isolated left to right (U+2066 … U+2069) is an identifier, such as a time zone
            .Where(text => LatinWord().IsMatch(Isolated().Replace(text, "").Replace(SharedResource.Brand, "", StringComparison.Ordinal)))
            .ToList();
        Assert.True(leftovers.Count == 0, "Not in Urdu: " + string.Join(" | ", leftovers));
    }

    [GeneratedRegex("\u2066[^\u2069]*\u2069")]
    private static partial Regex Isolated();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();
}
