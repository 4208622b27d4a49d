namespace Plannior.ChatApi.Chat.Offline;

using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Plannior.ChatApi.Chat.Language;
using Plannior.Contracts;

// The user's clock for one request: every date the assistant writes is in this zone's offset.
internal sealed class TurnContext
{
    public TurnContext(DateTimeOffset now, TimeZoneInfo? zone, string language, Lexicons? lexicons = null)
    {
        Zone = zone;
        Now = zone is null ? now : WallClock.ToLocal(now, zone);
        Language = language;
        Lexicons = lexicons ?? Lexicons.BuiltIn;
        Replies = Lexicons.RepliesFor(language);
    }

    /// <summary>The words the message is read with.</summary>
    public Lexicons Lexicons { get; }

    /// <summary>The replies of the language this turn is answered in.</summary>
    public IReplies Replies { get; }

    public DateTimeOffset Now { get; }
    public TimeZoneInfo? Zone { get; }
    public string Language { get; }
    public bool IsUrdu => Language == LanguageDetector.Urdu;
    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public DateTimeOffset At(DateOnly date, TimeOnly time) =>
        Zone is null ? new DateTimeOffset(date.ToDateTime(time, DateTimeKind.Unspecified), Now.Offset) : WallClock.ToInstant(date, time, Zone);

    public DateTimeOffset ToLocal(DateTimeOffset instant) =>
        Zone is null ? instant.ToOffset(Now.Offset) : WallClock.ToLocal(instant, Zone);

    public static TurnContext From(ChatOptions? options, TimeProvider clock, string userText, Lexicons lexicons)
    {
        var props = options?.AdditionalProperties;
        var zone = FindZone(Read(props, OfflineAssistantContext.TimeZoneKey));
        var now = ReadNow(Read(props, OfflineAssistantContext.NowKey)) ?? clock.GetUtcNow();
        var language = Read(props, OfflineAssistantContext.LanguageKey) as string ?? AsString(Read(props, OfflineAssistantContext.LanguageKey));
        language = language?.Trim().ToLowerInvariant() switch
        {
            "ur" or "urdu" => LanguageDetector.Urdu,
            "en" or "english" => LanguageDetector.English,
            { } code when lexicons.Answers(code) => code,
            _ => LanguageDetector.DetectLanguage(userText),
        };
        return new TurnContext(now, zone, language, lexicons);
    }

    private static object? Read(AdditionalPropertiesDictionary? props, string key) =>
        props is not null && props.TryGetValue(key, out var value) ? value : null;

    private static string? AsString(object? value) => value switch
    {
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        _ => null,
    };

    private static DateTimeOffset? ReadNow(object? value) => value switch
    {
        DateTimeOffset dto => dto,
        DateTime dt => dt.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(dt, TimeSpan.Zero) : new DateTimeOffset(dt),
        _ when AsString(value) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) => parsed,
        _ => null,
    };

    private static TimeZoneInfo? FindZone(object? value)
    {
        var id = value as string ?? AsString(value);
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id.Trim());
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }
}
