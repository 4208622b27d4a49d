using System.Text.Json;
using Bunit;
using Plannior.Web.Components.Chat;

namespace Plannior.Web.Tests.Components;

public sealed class ToolCardViewTests : ComponentTest
{
    private static ToolCard Card(string name, string arguments, string result) =>
        ToolCard.From(new ToolCall(name, JsonDocument.Parse(arguments).RootElement.Clone(), JsonDocument.Parse(result).RootElement.Clone()));

    [Fact]
    public void A_card_says_what_changed_and_clicking_it_selects_the_task()
    {
        int? selected = null;
        var card = Card("add_task", """{"title":"Pay rent"}""",
            """{"task_id":12,"status":"created","title":"Pay rent","priority":"high","recurrence":"FREQ=MONTHLY;BYMONTHDAY=1"}""");

        var cut = Render<ToolCardView>(p => p.Add(c => c.Card, card).Add(c => c.TimeZone, Karachi).Add(c => c.OnSelectTask, id => selected = id));

        Assert.Equal("Added · Pay rent · every month on the 1st · high", cut.Find("button").TextContent.Trim()[1..]);
        cut.Find("button").Click();
        Assert.Equal(12, selected);
    }

    [Fact]
    public void A_failed_call_shows_as_a_failure_and_selects_nothing()
    {
        var card = Card("complete_task", """{"task_id":99}""", """{"error":"There is no task 99."}""");

        var cut = Render<ToolCardView>(p => p.Add(c => c.Card, card).Add(c => c.TimeZone, Karachi));

        var item = cut.Find("[data-testid=tool-call]");
        Assert.Equal("true", item.GetAttribute("data-failed"));
        Assert.Contains("Couldn't complete · There is no task 99.", item.TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("button"));
    }

    [Fact]
    public void A_call_without_its_result_yet_is_shown_as_in_progress()
    {
        var card = new ToolCard("add_task", JsonDocument.Parse("""{"title":"Buy oat milk"}""").RootElement.Clone());

        var cut = Render<ToolCardView>(p => p.Add(c => c.Card, card).Add(c => c.TimeZone, Karachi));

        Assert.Contains("tool-card--pending", cut.Find("[data-testid=tool-call]").ClassName, StringComparison.Ordinal);
        Assert.Contains("Adding · Buy oat milk", cut.Markup, StringComparison.Ordinal);
    }
}
