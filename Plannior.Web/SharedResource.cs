using System.Globalization;
using System.Resources;
using Plannior.Web.Extensions;

namespace Plannior.Web;

/// <summary>
/// Names the UI strings, Resources/SharedResource.resx (English) and SharedResource.ur.resx (Urdu). Components read
/// them through <c>IStringLocalizer&lt;SharedResource&gt;</c>; the few static helpers that put words together (times,
/// repeats, tool cards, validation) read the same resources here, in the culture of the request or circuit.
/// </summary>
public sealed class SharedResource
{
    /// <summary>The product's name, never translated.</summary>
    public const string Brand = "Plannior";

    private static readonly ResourceManager Strings = new("Plannior.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static string Text(string key) =>
        Strings.GetString(key, CultureInfo.CurrentUICulture) is { Length: > 0 } text ? text : key;

    /// <summary>A string with placeholders, numbers in them written the way the UI language writes them.</summary>
    public static string Format(string key, params object?[] args) =>
        string.Format(UiLanguage.FormatCulture, Text(key), args);
}
