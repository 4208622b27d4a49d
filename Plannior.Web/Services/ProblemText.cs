using Plannior.Web.Extensions;

namespace Plannior.Web.Services;

/// <summary>
/// The API writes its problems in English. An English page shows the API's own words, the most specific there are;
/// any other language gets the UI's translation: by field for validation messages, or a general message.
/// </summary>
internal static class ProblemText
{
    private const string FieldKeyPrefix = "Problem_Field_";

    private static bool ApiSpeaksTheUiLanguage => UiLanguage.Current == UiLanguage.English;

    /// <summary>The API's text where the page can show it as it is, else null (so the caller falls back).</summary>
    public static string? Verbatim(string? apiText) =>
        ApiSpeaksTheUiLanguage && !string.IsNullOrWhiteSpace(apiText) ? apiText : null;

    public static IReadOnlyDictionary<string, string[]>? Fields(IReadOnlyDictionary<string, string[]>? errors) =>
        errors is null || ApiSpeaksTheUiLanguage
            ? errors
            : errors.ToDictionary(error => error.Key, error => new[] { FieldMessage(error.Key) });

    // "tags[0]" and "edit.due_at" are the fields "tags" and "due_at"
    private static string FieldMessage(string apiField)
    {
        var name = apiField.Split('.', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? apiField;
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        var key = FieldKeyPrefix + (bracket >= 0 ? name[..bracket] : name).ToLowerInvariant();
        return SharedResource.Text(key) is var text && text != key ? text : SharedResource.Text("Problem_Field");
    }
}
