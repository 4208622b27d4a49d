using Bunit;
using Plannior.Web.Components.Chat;

namespace Plannior.Web.Tests.Components;

public sealed class ConversationListTests : ComponentTest
{
    private static readonly Conversation Groceries = new(Guid.NewGuid(), "Groceries", "en", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, 4);
    private static readonly Conversation Travel = new(Guid.NewGuid(), "Travel plans", "en", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(-1), 2);

    private IRenderedComponent<ConversationList> RenderList(
        Action<(Guid, string)>? rename = null, Action<Guid>? delete = null, Action<Guid>? select = null) =>
        Render<ConversationList>(p => p
            .Add(c => c.Items, [Groceries, Travel])
            .Add(c => c.SelectedId, Travel.Id)
            .Add(c => c.TimeZone, Karachi)
            .Add(c => c.Now, DateTimeOffset.UtcNow)
            .Add(c => c.OnRename, rename ?? (_ => { }))
            .Add(c => c.OnDelete, delete ?? (_ => { }))
            .Add(c => c.OnSelect, select ?? (_ => { })));

    [Fact]
    public void Conversations_keep_the_order_given_and_mark_the_open_one()
    {
        var cut = RenderList();

        Assert.Equal(["Groceries", "Travel plans"], cut.FindAll("[data-testid=conversation-title]").Select(t => t.TextContent));
        Assert.Equal("page", cut.FindAll("[data-testid=conversation]")[1].GetAttribute("aria-current"));
    }

    [Fact]
    public void Typing_a_search_asks_the_owner_for_matching_titles_and_an_empty_answer_says_nothing_matches()
    {
        var searches = new List<string>();
        var cut = Render<ConversationList>(p => p
            .Add(c => c.Items, [Groceries, Travel])
            .Add(c => c.TimeZone, Karachi)
            .Add(c => c.Now, DateTimeOffset.UtcNow)
            .Add(c => c.OnSearch, searches.Add));

        cut.Find("[data-testid=conversation-search]").Input("  trav ");
        Assert.Equal(["trav"], searches);

        // the owner answers with what the API found: nothing
        cut.Render(p => p.Add(c => c.Items, []));
        Assert.Contains("trav", cut.Find("[data-testid=conversations-none]").TextContent);

        cut.Find("[data-testid=conversation-search]").Input("");
        cut.Render(p => p.Add(c => c.Items, []));
        Assert.Empty(cut.FindAll("[data-testid=conversations-none]"));
        Assert.Equal(["trav", ""], searches);
    }

    [Fact]
    public void Renaming_happens_in_place()
    {
        (Guid Id, string Title)? renamed = null;
        var cut = RenderList(rename: r => renamed = r);

        cut.FindAll("[data-testid=conversation-rename]")[0].Click();
        cut.Find("[data-testid=rename-input]").Change("  Weekly shop ");
        cut.Find("form.conversation-rename").Submit();

        Assert.Equal((Groceries.Id, "Weekly shop"), renamed);
    }

    [Fact]
    public void Deleting_asks_first()
    {
        var deleted = new List<Guid>();
        var cut = RenderList(delete: deleted.Add);

        cut.FindAll("[data-testid=conversation-delete]")[1].Click();
        Assert.Empty(deleted);
        Assert.Equal("Delete “Travel plans” and its messages?", cut.Find(".conversation-confirm span").TextContent);
        cut.Find("[data-testid=delete-cancel]").Click();
        Assert.Empty(deleted);

        cut.FindAll("[data-testid=conversation-delete]")[1].Click();
        cut.Find("[data-testid=delete-confirm]").Click();
        Assert.Equal([Travel.Id], deleted);
    }
}
