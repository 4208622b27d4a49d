namespace Plannior.ChatApi.Chat.Offline;

using System.Globalization;
using System.Text.RegularExpressions;

// Times of day: "5pm", "at 9:30", "noon", "shaam 5 baje", "saade 9 baje", "رات 8 بجے", and bare
// day parts ("tomorrow morning", "subah").
internal static partial class TimePhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Parts = RomanUrduLexicon.DayPartPattern + "|" + UrduLexicon.DayPartPattern;

    public static void Take(Utterance u, WhenPhrase when)
    {
        if (u.Take(Baje()) is { } baje)
        {
            var part = PartOf(baje.Groups["part"].Value) ?? PartOf(baje.Groups["part2"].Value);
            var (h, m) = baje.Groups["whole"].Success
                ? (baje.Groups["whole"].Value.ToLowerInvariant() is "dedh" or "derh" or "ڈیڑھ" ? 1 : 2, 30)
                : Fraction(baje.Groups["frac"].Value, Int(baje, "h"), baje.Groups["m"].Success ? Int(baje, "m") : 0);
            when.Time = Clock(h, m, null, part ?? when.Part);
            when.Part = part ?? when.Part;
        }
        else if (u.Take(PastTo()) is { } clock)
        {
            // "half past five", "quarter to eleven" (number words are digits by now)
            var h = Int(clock, "h");
            var (hour, minute) = clock.Groups["f"].Value.ToLowerInvariant() switch
            {
                // "twenty past six", "ten to five"
                _ when clock.Groups["mm"].Success && (int)DateTimePhrases.NumberValue(clock.Groups["mm"].Value) is var mm and > 0 and < 60 =>
                    clock.Groups["dir"].Value.Equals("past", StringComparison.OrdinalIgnoreCase) ? (h, mm) : (h == 1 ? 12 : h - 1, 60 - mm),
                var f when f.StartsWith("half", StringComparison.Ordinal) => (h, 30),
                var f when f.EndsWith("past", StringComparison.Ordinal) => (h, 15),
                _ => (h == 1 ? 12 : h - 1, 45),
            };
            TakePart(u, when);
            when.Time = Clock(hour, minute, clock.Groups["ap"].Success ? clock.Groups["ap"].Value : null, when.Part);
        }
        else if (u.Take(AmPm()) is { } ampm)
        {
            when.Time = Clock(Int(ampm, "h"), ampm.Groups["m"].Success ? Int(ampm, "m") : 0, ampm.Groups["ap"].Value, null);
            when.Part = PartOf(ampm.Groups["part"].Value) ?? when.Part;
        }
        else if ((u.Take(AtHour()) ?? u.Take(Colon()) ?? u.Take(OClock())) is { } at)
        {
            TakePart(u, when);
            when.Time = Clock(Int(at, "h"), at.Groups["m"].Success ? Int(at, "m") : 0, null, when.Part);
        }
        else if (u.Take(Noon()) is { } noon)
        {
            when.Time = noon.Groups["w"].Value.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? new TimeOnly(23, 59) : new TimeOnly(12, 0);
        }

        if (when.Time is null)
        {
            TakePart(u, when);
        }
    }

    private static void TakePart(Utterance u, WhenPhrase when)
    {
        if (u.Take(PartWord()) is { } p)
        {
            when.Part = PartOf(p.Groups["p"].Value);
        }
    }

    private static DayPart? PartOf(string word) => word.ToLowerInvariant() switch
    {
        "" => null,
        "morning" => DayPart.Morning,
        "afternoon" => DayPart.Afternoon,
        "evening" => DayPart.Evening,
        "night" => DayPart.Night,
        var w => Lexicons.BuiltIn.Part(w),
    };

    private static (int H, int M) Fraction(string frac, int h, int m) =>
        (frac.Length == 0 ? null : RomanUrduLexicon.Fractions.TryGetValue(frac, out var f) ? f : frac switch { "ساڑھے" => 30, "سوا" => 15, "پونے" => -15, _ => (int?)null }) switch
        {
            30 => (h, 30),
            15 => (h, 15),
            -15 => (h == 1 ? 12 : h - 1, 45),
            _ => (h, m),
        };

    // Without am/pm, "at 4" means the afternoon and "at 9" the morning, as people say them.
    private static TimeOnly? Clock(int h, int m, string? ampm, DayPart? part)
    {
        if (h > 23 || m > 59)
        {
            return null;
        }

        var ap = ampm?.Replace(".", "", StringComparison.Ordinal).ToLowerInvariant();
        if (ap == "pm" && h < 12) h += 12;
        else if (ap == "am" && h == 12) h = 0;
        else if (ap is null)
        {
            h = part switch
            {
                DayPart.Afternoon or DayPart.Evening when h < 12 => h + 12,
                DayPart.Night when h is >= 5 and < 12 => h + 12,
                DayPart.Night when h == 12 => 0,
                DayPart.Morning => h == 12 ? 0 : h,
                null when h is >= 1 and <= 6 => h + 12,
                _ => h,
            };
        }

        return new TimeOnly(h, m);
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:\b(?<part>" + Parts + @")\s+)?(?:\b(?:at|by|around)\s+)?(?:(?:\b(?<frac>" + RomanUrduLexicon.FractionPattern + @")|(?<frac>ساڑھے|سوا|پونے))\s+)?\b(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?\s*(?:baje|bje|bajay|bajey|bajy|bjy|bjay|بجے)(?:\s+(?<part2>" + Parts + @")\b)?(?:\s+(?:tak|se\s+pehle|تک|سے\s+پہلے)\b)?|(?:\b(?<part>" + Parts + @")\s+)?(?<whole>dedh|derh|dhai|dhaai|ڈیڑھ|ڈھائی)\s*(?:baje|بجے)", Options)]
    private static partial Regex Baje();

    [GeneratedRegex(@"(?:\b(?:at|by|around)\s+)?\b(?:(?<f>half\s+past|quarter\s+past|quarter\s+to)|(?<mm>\d{1,2}|five|ten|twenty|twenty[\s-]five)\s+(?:minutes?\s+|mins?\s+)?(?<dir>past|to))\s+(?<h>\d{1,2})\b(?:\s*(?<ap>a\.?m\b\.?|p\.?m\b\.?))?", Options)]
    private static partial Regex PastTo();

    // "thursday evening, 7pm": the part of the day said before the time is the same time, not part of the title
    [GeneratedRegex(@"(?:\b(?<part>morning|afternoon|evening|night)\s*,?\s*)?(?:\b(?:at|by|around|before|until|till)\s*|@\s*)?\b(?<h>\d{1,2})(?:(?:[:.]|\s+)(?<m>[0-5]\d))?\s*(?<ap>a\.?m\b\.?|p\.?m\b\.?)", Options)]
    private static partial Regex AmPm();

    [GeneratedRegex(@"(?:\b(?:at|around|by)\s+|@\s*)(?<h>\d{1,2})(?:(?:[:.]|\s+(?=[0-5]\d\b(?!\s*(?:st|nd|rd|th|days?|hours?|mins?|minutes?))))(?<m>[0-5]\d))?\b(?!\s*(?:st|nd|rd|th|%|days?|hours?|hrs?|mins?|minutes?|weeks?|months?|years?|people|items?|tasks?)\b)(?:\s*o'?clock)?", Options)]
    private static partial Regex AtHour();

    [GeneratedRegex(@"\b(?<h>\d{1,2}):(?<m>\d{2})\b", Options)]
    private static partial Regex Colon();

    [GeneratedRegex(@"\b(?<h>\d{1,2})\s*o'?clock\b", Options)]
    private static partial Regex OClock();

    [GeneratedRegex(@"(?:\b(?:at|by|around)\s+)?\b(?<w>noon|midday|midnight)\b", Options)]
    private static partial Regex Noon();

    [GeneratedRegex(@"(?:\b(?:in\s+the|this|at|by)\s+)?\b(?<p>morning|afternoon|evening|night|" + Parts + @")\b(?:\s+(?:ko|کو|میں|mein)\b)?", Options)]
    private static partial Regex PartWord();
}
