namespace Plannior.ChatApi.Chat.Offline;

using System.Globalization;
using System.Text.RegularExpressions;

// Number words become digits where they count something the phrase patterns read ("das baje", "ساڑھے پانچ
// بجے", "in three days", "at seven"), so every pattern downstream needs to know digits only. Elsewhere a word
// is left alone: "one" in "that one", "do" in "kar do".
internal static partial class NumberWords
{
    private static readonly Dictionary<string, int> Values = new(StringComparer.OrdinalIgnoreCase)
    {
        // English
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30,
        // Roman Urdu, in the spellings people type
        ["ek"] = 1, ["aik"] = 1, ["do"] = 2, ["teen"] = 3, ["char"] = 4, ["chaar"] = 4, ["paanch"] = 5,
        ["panch"] = 5, ["panj"] = 5, ["chhe"] = 6, ["chay"] = 6, ["chhay"] = 6, ["cheh"] = 6, ["saat"] = 7,
        ["aath"] = 8, ["nau"] = 9, ["nou"] = 9, ["das"] = 10, ["dus"] = 10,
        ["gyarah"] = 11, ["gyara"] = 11, ["giyarah"] = 11, ["gyaara"] = 11, ["barah"] = 12, ["baarah"] = 12,
        ["pandrah"] = 15, ["bees"] = 20, ["tees"] = 30,
        // Urdu script
        ["ایک"] = 1, ["یکم"] = 1, ["دو"] = 2, ["تین"] = 3, ["چار"] = 4, ["پانچ"] = 5, ["چھ"] = 6, ["چھے"] = 6, ["سات"] = 7, ["آٹھ"] = 8,
        ["نو"] = 9, ["دس"] = 10, ["گیارہ"] = 11, ["بارہ"] = 12, ["پندرہ"] = 15, ["بیس"] = 20, ["تیس"] = 30,
    };

    public static string Digitize(string text) =>
        Counted().Replace(text, m => m.Groups["pre"].Value + Values[m.Groups["n"].Value].ToString(CultureInfo.InvariantCulture) + m.Groups["post"].Value);

    private const string Word =
        "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
        + "|ek|aik|do|teen|char|chaar|paanch|panch|panj|chhe|chay|chhay|cheh|saat|aath|nau|nou|das|dus"
        + "|gyarah|gyara|giyarah|gyaara|barah|baarah|pandrah|bees|tees"
        + "|ایک|یکم|دو|تین|چار|پانچ|چھ|چھے|سات|آٹھ|نو|دس|گیارہ|بارہ|پندرہ|بیس|تیس";

    private const string Unit =
        @"baje|bje|bajay|bajey|bajy|din|dino|dinon|hafte|haftay|haftey|ghante|ghanta|ghanton|minute|minat|mint|mahine|mahino|tareekh|tarikh"
        + @"|days?|weeks?|hours?|hrs?|minutes?|mins?|months?|o'?clock|am|pm|a\.m\.?|p\.m\.?"
        + @"|بجے|دن|دنوں|ہفتے|ہفتوں|گھنٹے|گھنٹہ|منٹ|مہینے|تاریخ";

    private const string Before = @"half\s+past|quarter\s+past|quarter\s+to|at|by|around|in|after|within|saarhe|sarhe|saade|sade|sawa|sava|paune|pone|ساڑھے|سوا|پونے";

    [GeneratedRegex(@"(?<pre>(?<![\p{L}])(?:" + Before + @")\s+)(?<n>" + Word + @")(?<post>(?![\p{L}]))|(?<pre>)(?<![\p{L}])(?<n>" + Word + @")(?<post>\s*(?:" + Unit + @")(?![\p{L}]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Counted();
}
