using System.Net;
using System.Text;
using Plannior.ChatApi.Tests.Infrastructure;

namespace Plannior.ChatApi.Tests.Chat;

/// <summary>API.md: invalid chat input is a 400 naming the field; nothing is stored and the model is never called.</summary>
public sealed class ChatValidationTests : IClassFixture<ScriptedChatApiFactory>
{
    private readonly ScriptedChatApiFactory factory;

    public ChatValidationTests(ScriptedChatApiFactory factory)
    {
        this.factory = factory;
        factory.Model.Reset();
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"message": "   "}""", "message" },
        { """{"message": ""}""", "message" },
        { """{"language_hint": "en"}""", "message" },
        { $$"""{"message": "{{new string('a', 4001)}}"}""", "message" },
        { """{"message": "hi", "language_hint": "fr"}""", "language_hint" },
        { $$"""{"message": "hi", "client_message_id": "{{new string('k', 101)}}"}""", "client_message_id" },
        { """{"message": "hi", "client_message_id": "  "}""", "client_message_id" },
        { """{"message": "hi", "conversation_id": "not-a-uuid"}""", "conversation_id" },
        { """{"message": "hi", "conversation_id": 42}""", "conversation_id" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Invalid_chat_input_is_a_400_naming_the_field(string body, string field)
    {
        var api = await factory.NewUserAsync();

        var chat = await api.PostAsync(api.ChatPath(), body);
        var stream = await api.PostAsync($"{api.ChatPath()}/stream", body);

        chat.AssertValidationError(field);
        stream.AssertValidationError(field);
        Assert.Empty((await api.ConversationsAsync())["items"]!.AsArray());
        Assert.Empty(factory.Model.Requests);
    }

    [Fact]
    public async Task A_message_of_exactly_4000_characters_is_accepted()
    {
        var api = await factory.NewUserAsync();
        factory.Model.Enqueue(ScriptedReply.Text("That is a long one."));

        var reply = await api.ChatAsync(new string('a', 4000), clientMessageId: new string('k', 100));

        Assert.Equal("That is a long one.", reply.Str("response"));
    }

    [Fact]
    public async Task Malformed_json_and_non_json_bodies_are_rejected()
    {
        var api = await factory.NewUserAsync();
        using var notJson = new HttpRequestMessage(HttpMethod.Post, api.ChatPath())
        {
            Content = new StringContent("message=hi", Encoding.UTF8, "text/plain"),
        };

        (await api.PostAsync(api.ChatPath(), """{"message": "hi" """)).AssertProblem(HttpStatusCode.BadRequest);
        (await api.SendAsync(notJson)).AssertProblem(HttpStatusCode.UnsupportedMediaType);
        Assert.Empty(factory.Model.Requests);
    }

    [Theory]
    [InlineData("GET", "/history")]
    [InlineData("PATCH", "")]
    [InlineData("DELETE", "")]
    public async Task A_malformed_conversation_id_in_the_path_is_a_400(string method, string suffix)
    {
        var api = await factory.NewUserAsync();

        var response = await api.SendAsync(new HttpMethod(method), $"{api.ConversationsPath()}/not-a-uuid{suffix}",
            method == "PATCH" ? new { title = "x" } : null);

        response.AssertProblem(HttpStatusCode.BadRequest);
    }
}
