using System.Net;
using Bunit;
using Plannior.Web.Components.Tasks;

namespace Plannior.Web.Tests.Components;

public sealed class TaskPanelTests : ComponentTest
{
    private const string Tasks = """
        {"items":[
          {"id":1,"title":"Pay rent","description":null,"completed":false,"priority":"high","tags":["home"],
           "due_at":"2030-01-09T04:00:00Z","remind_at":null,"recurrence":"FREQ=MONTHLY;BYMONTHDAY=1",
           "created_at":"2029-12-01T10:00:00Z","updated_at":"2029-12-01T10:00:00Z","completed_at":null},
          {"id":2,"title":"Buy oat milk","description":null,"completed":false,"priority":"medium","tags":[],
           "due_at":"2030-01-10T12:00:00Z","remind_at":null,"recurrence":null,
           "created_at":"2029-12-02T10:00:00Z","updated_at":"2029-12-02T10:00:00Z","completed_at":null}
        ],"total_count":2,"limit":50,"offset":0,"has_more":false}
        """;

    public TaskPanelTests() => Gateway.On(HttpMethod.Get, $"{UserPath}/tasks?", HttpStatusCode.OK, Tasks);

    private IRenderedComponent<TaskPanel> RenderPanel(int? highlighted = null)
    {
        var cut = Render<TaskPanel>(p => p.AddCascadingValue(SignedIn).Add(c => c.Highlighted, highlighted));
        cut.WaitForElement("[data-testid=task-item]");
        return cut;
    }

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<TaskPanel> cut, int id) =>
        cut.Find($"[data-testid=task-item][data-task-id='{id}']");

    [Fact]
    public void Tasks_show_their_rule_in_words_and_overdue_and_today_stand_out()
    {
        var cut = RenderPanel(highlighted: 2);

        Assert.Equal("2 tasks", cut.Find("[data-testid=task-count]").TextContent);
        Assert.Contains("every month on the 1st", Row(cut, 1).TextContent, StringComparison.Ordinal);
        Assert.Contains("task--overdue", Row(cut, 1).ClassName, StringComparison.Ordinal);
        Assert.Contains("task--today", Row(cut, 2).ClassName, StringComparison.Ordinal);
        Assert.Equal("true", Row(cut, 2).GetAttribute("data-highlighted"));
    }

    [Fact]
    public void Filters_and_order_go_to_the_api()
    {
        var cut = RenderPanel();

        cut.Find("[data-testid=filter-priority]").Change("High");
        cut.Find("[data-testid=filter-due]").Change("Overdue");
        cut.Find("[data-testid=task-sort]").Change("Due");
        cut.Find("[data-testid=filter-pending]").Click();

        cut.WaitForAssertion(() => Assert.Contains(Gateway.Sent(HttpMethod.Get, "/tasks?"), r =>
            r.PathAndQuery.Contains("status=pending", StringComparison.Ordinal)
            && r.PathAndQuery.Contains("priority=high", StringComparison.Ordinal)
            && r.PathAndQuery.Contains("due=overdue", StringComparison.Ordinal)
            && r.PathAndQuery.Contains("sort=due&order=asc", StringComparison.Ordinal)));
    }

    [Fact]
    public void Ticking_a_task_completes_it_and_reloads_the_list()
    {
        Gateway.On(HttpMethod.Post, $"{UserPath}/tasks/2/complete", HttpStatusCode.OK, """{"task":null,"next_task":null}""");
        var cut = RenderPanel();
        var loadsBefore = Gateway.Sent(HttpMethod.Get, "/tasks?").Count();

        Row(cut, 2).QuerySelector("[data-testid=task-toggle]")!.Click();

        cut.WaitForAssertion(() => Assert.Single(Gateway.Sent(HttpMethod.Post, "/tasks/2/complete")));
        cut.WaitForAssertion(() => Assert.True(Gateway.Sent(HttpMethod.Get, "/tasks?").Count() > loadsBefore));
    }

    [Fact]
    public void A_deleted_task_can_be_brought_back_and_nothing_is_sent()
    {
        var cut = RenderPanel();

        Row(cut, 1).QuerySelector("[data-testid=task-delete]")!.Click();
        Assert.Empty(cut.FindAll("[data-task-id='1']"));
        Assert.Contains("Deleted · Pay rent", cut.Find("[data-testid=undo-toast]").TextContent, StringComparison.Ordinal);
        Assert.Equal("1 task", cut.Find("[data-testid=task-count]").TextContent);

        cut.Find("[data-testid=undo-delete]").Click();

        Assert.NotNull(Row(cut, 1));
        Assert.Empty(cut.FindAll("[data-testid=undo-toast]"));
        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(Gateway.Sent(HttpMethod.Delete, "/tasks/1"));
    }

    [Fact]
    public void A_delete_is_sent_when_its_toast_times_out()
    {
        Gateway.On(HttpMethod.Delete, $"{UserPath}/tasks/1", HttpStatusCode.NoContent);
        var cut = RenderPanel();

        Row(cut, 1).QuerySelector("[data-testid=task-delete]")!.Click();
        Assert.Empty(Gateway.Sent(HttpMethod.Delete, "/tasks/1"));
        Clock.Advance(TimeSpan.FromSeconds(8));

        cut.WaitForAssertion(() => Assert.Single(Gateway.Sent(HttpMethod.Delete, "/tasks/1")));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=undo-toast]")));
    }

    [Fact]
    public void An_inline_edit_sends_every_field_it_shows_and_clears_what_was_emptied()
    {
        Gateway.On(HttpMethod.Patch, $"{UserPath}/tasks/1", HttpStatusCode.OK, """
            {"id":1,"title":"Pay the rent","description":null,"completed":false,"priority":"low","tags":[],
             "due_at":null,"remind_at":null,"recurrence":"FREQ=WEEKLY;BYDAY=MO,FR",
             "created_at":"2029-12-01T10:00:00Z","updated_at":"2029-12-01T10:00:00Z","completed_at":null}
            """);
        var cut = RenderPanel();

        Row(cut, 1).QuerySelector("[data-testid=task-edit]")!.Click();
        cut.Find("[data-testid=edit-title]").Change("Pay the rent");
        cut.Find("[data-testid=edit-priority]").Change("Low");
        cut.Find("[data-testid=edit-tags]").Change("");
        cut.Find("[data-testid=edit-due]").Change("");
        cut.Find("[data-testid=recurrence-kind]").Change("Weekly");
        cut.Find("[data-testid=recurrence-day-MO]").Change(true);
        cut.Find("[data-testid=recurrence-day-FR]").Change(true);
        cut.Find("[data-testid=task-editor]").Submit();

        cut.WaitForAssertion(() => Assert.Single(Gateway.Sent(HttpMethod.Patch, "/tasks/1")));
        using var body = System.Text.Json.JsonDocument.Parse(Gateway.Sent(HttpMethod.Patch, "/tasks/1").Single().Body!);
        var json = body.RootElement;
        Assert.Equal("Pay the rent", json.GetProperty("title").GetString());
        Assert.Equal("low", json.GetProperty("priority").GetString());
        Assert.Equal(0, json.GetProperty("tags").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("due_at").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("description").ValueKind);
        Assert.Equal("FREQ=WEEKLY;BYDAY=MO,FR", json.GetProperty("recurrence").GetString());
        // the editor shows the reminder too, so it is sent as it stands: none
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("remind_at").ValueKind);
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=task-editor]")));
    }

    [Fact]
    public void Refreshing_from_outside_reloads_without_any_click()
    {
        var cut = RenderPanel();
        var loadsBefore = Gateway.Sent(HttpMethod.Get, "/tasks?").Count();

        cut.InvokeAsync(() => cut.Instance.RefreshAsync());

        cut.WaitForAssertion(() => Assert.Equal(loadsBefore + 1, Gateway.Sent(HttpMethod.Get, "/tasks?").Count()));
    }
}
