using System.Text.RegularExpressions;
using System.Xml.Linq;
using Plannior.Web.Extensions;
using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.Unit;

/// <summary>
/// Every UI string of every resource file has an Urdu value written in Urdu, and every placeholder the English
/// value has; Urdu is laid out right to left.
/// </summary>
public sealed partial class LocalizationCompletenessTests
{
    private static readonly string Resources = Path.Combine(Repository.Root, "Plannior.Web", "Resources");

    // every English resource file (Name.resx) under Resources, whoever added it
    private static readonly string[] EnglishFileNames =
        [.. Directory.EnumerateFiles(Resources, "*.resx", SearchOption.AllDirectories)
            .Where(path => Path.GetFileNameWithoutExtension(path).IndexOf('.') < 0)
            .Select(path => Path.GetRelativePath(Resources, path))
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> EnglishFiles() => [.. EnglishFileNames];

    [Fact]
    public void The_shared_resources_are_among_the_files_checked()
    {
        Assert.Contains("SharedResource.resx", EnglishFileNames);
    }

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void Every_english_key_has_an_urdu_value_and_urdu_has_no_key_english_lacks(string file)
    {
        var english = Strings(file);
        var urdu = Strings(UrduFile(file));

        Assert.NotEmpty(english);
        Assert.Empty(english.Where(entry => string.IsNullOrWhiteSpace(entry.Value)).Select(entry => entry.Key));
        var missing = english.Keys.Where(key => string.IsNullOrWhiteSpace(urdu.GetValueOrDefault(key))).ToList();
        Assert.True(missing.Count == 0, $"No Urdu in {UrduFile(file)} for: {string.Join(", ", missing)}");
        Assert.Empty(urdu.Keys.Except(english.Keys));
    }

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void Urdu_values_are_written_in_urdu_script(string file)
    {
        // an Urdu value with no Arabic-script letter was left untranslated; a value that is only placeholders and
        // punctuation ("{0:d MMM}") says nothing in any language
        var untranslated = Strings(UrduFile(file))
            .Where(entry => Letters(entry.Value).Length > 0 && !entry.Value.Any(IsArabicScript))
            .Select(entry => entry.Key);

        Assert.Empty(untranslated);
    }

    [Theory]
    [MemberData(nameof(EnglishFiles))]
    public void Urdu_values_use_exactly_the_placeholders_of_the_english_ones(string file)
    {
        var english = Strings(file);
        var urdu = Strings(UrduFile(file));

        var mismatched = english
            .Where(entry => urdu.TryGetValue(entry.Key, out var translated) && !Placeholders(entry.Value).SetEquals(Placeholders(translated)))
            .Select(entry => $"{entry.Key}: {entry.Value} | {urdu[entry.Key]}");

        Assert.Empty(mismatched);
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

    private static bool IsArabicScript(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF';

    private static string Letters(string value) => new([.. Placeholder().Replace(value, "").Where(char.IsLetter)]);

    private static HashSet<string> Placeholders(string value) =>
        [.. Placeholder().Matches(value).Select(match => match.Groups["index"].Value)];

    private static string UrduFile(string file) => Path.ChangeExtension(file, ".ur.resx");

    private static Dictionary<string, string> Strings(string file)
    {
        var path = Path.Combine(Resources, file);
        Assert.True(File.Exists(path), $"{file} is missing: every English resource file needs its Urdu one.");
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(data => (string)data.Attribute("name")!, data => (string?)data.Element("value") ?? "", StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{(?<index>\d+)(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
