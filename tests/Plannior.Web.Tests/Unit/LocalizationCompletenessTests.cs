using System.Xml.Linq;
using Plannior.Web.Extensions;

namespace Plannior.Web.Tests.Unit;

/// <summary>Every UI string has an Urdu value, and Urdu is laid out right to left.</summary>
public sealed class LocalizationCompletenessTests
{
    private static readonly string Resources = Path.Combine(RepositoryRoot(), "Plannior.Web", "Resources");

    [Fact]
    public void Every_english_key_has_an_urdu_value_and_urdu_has_no_key_english_lacks()
    {
        var english = Strings("SharedResource.resx");
        var urdu = Strings("SharedResource.ur.resx");

        Assert.NotEmpty(english);
        Assert.All(english.Keys, key => Assert.False(string.IsNullOrWhiteSpace(urdu.GetValueOrDefault(key)), $"No Urdu for {key}"));
        Assert.Empty(urdu.Keys.Except(english.Keys));
        Assert.Empty(english.Where(entry => string.IsNullOrWhiteSpace(entry.Value)).Select(entry => entry.Key));
    }

    [Fact]
    public void Urdu_values_are_written_in_urdu_script()
    {
        // an Urdu value with no Arabic-script letter was left untranslated
        var untranslated = Strings("SharedResource.ur.resx")
            .Where(entry => !entry.Value.Any(c => c is >= '\u0600' and <= '\u06FF'))
            .Select(entry => entry.Key);

        Assert.Empty(untranslated);
    }

    [Fact]
    public void The_supported_languages_are_english_left_to_right_and_urdu_right_to_left()
    {
        Assert.Equal(["en", "ur"], UiLanguage.All);
        Assert.False(UiLanguage.Culture("en").TextInfo.IsRightToLeft);
        Assert.True(UiLanguage.Culture("ur").TextInfo.IsRightToLeft);
        Assert.Equal("en", UiLanguage.OrEnglish("fr"));
        Assert.Equal("en", UiLanguage.OrEnglish(null));
    }

    private static Dictionary<string, string> Strings(string file) =>
        XDocument.Load(Path.Combine(Resources, file)).Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? "", StringComparer.Ordinal);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Plannior.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Plannior.sln not found above the test assembly.");
    }
}
