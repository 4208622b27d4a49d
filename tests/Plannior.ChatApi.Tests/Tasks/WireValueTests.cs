using System.Reflection;
using System.Text.Json;
using Plannior.ChatApi.Chat.Tools;
using Plannior.ChatApi.Data;
using Plannior.ChatApi.Infrastructure;

namespace Plannior.ChatApi.Tests.Tasks;

/// <summary>
/// The two guards behind the update_task fix: an enum outside its values never reaches the wire as a number, and
/// a PATCH field can only be set by saying so.
/// </summary>
public sealed class WireValueTests
{
    // ChatApi's own enums and the wire's, which live in Plannior.Contracts
    private static readonly Type[] PublicEnums =
    [
        .. new[] { typeof(TaskItem).Assembly, typeof(TaskPriority).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsEnum: true, IsPublic: true }),
    ];

    public static IEnumerable<object[]> WireEnums => PublicEnums.Select(type => new object[] { type.Name });

    [Theory]
    [MemberData(nameof(WireEnums))]
    public void Every_defined_enum_value_is_written_as_its_name_and_an_undefined_one_is_refused(string enumName)
    {
        var type = PublicEnums.Single(t => t.Name == enumName);

        foreach (var value in Enum.GetValues(type))
        {
            var json = JsonSerializer.Serialize(value, type, WireJson.Options);
            Assert.Equal($"\"{JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString()!)}\"", json);
        }
        var undefined = Enum.ToObject(type, Enum.GetValues(type).Cast<object>().Max(Convert.ToInt64) + 100);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(undefined, type, WireJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(Enum.ToObject(type, -1), type, WireJson.Options));
    }

    [Fact]
    public void A_priority_of_zero_is_never_written()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new ToolTask(1, "t", null, false, 0, [], null, null, null), WireJson.Options));
    }

    [Fact]
    public void Optional_has_no_implicit_conversion_so_a_conditional_default_cannot_become_a_set_value()
    {
        var conversions = typeof(Optional<>).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(method => method.Name is "op_Implicit" or "op_Explicit");

        Assert.Empty(conversions);
    }

    [Fact]
    public void An_optional_is_set_only_when_made_with_a_value_and_null_is_a_value()
    {
        Optional<TaskPriority> absent = default;
        var cleared = Optional.Of<string?>(null);

        Assert.False(absent.IsSet);
        Assert.False(absent.Map(p => p.ToString()).IsSet);
        Assert.Throws<InvalidOperationException>(() => absent.Value);
        Assert.True(cleared.IsSet);
        Assert.Null(cleared.Value);
        Assert.Equal(TaskPriority.High, Optional.Of(TaskPriority.High).Or(TaskPriority.Low));
        Assert.Equal(TaskPriority.Low, absent.Or(TaskPriority.Low));
    }
}
