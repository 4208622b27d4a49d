namespace Plannior.ChatApi.Chat.Offline;

using System.Globalization;
using System.Text.RegularExpressions;

// Dates in English, Urdu script and Roman Urdu: "tomorrow", "next friday", "in 3 days", "on 3 March",
// "kal", "parson", "agle jumay ko", "15 tareekh". Each phrase is cut out of the utterance with its
// preposition ("by friday", "jumay ko") so the title is left clean.
internal static partial class DateTimePhrases
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    // "8 dec se har mangal", "آٹھ دسمبر سے": a date followed by "from" is where a repeat starts
    private const string Pre = @"(?:\b(?:due|by|on|before|until|till|for|from|starting|no\s+later\s+than)\s+)*";
    private const string Post = @"(?:\s+(?:ko|tak|se\s+pehle|se\s+pahle|pe|par|کو|تک|سے\s+پہلے|پر|se|سے)\b)?";
    private const string Months =
        @"january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|" + UrduLexicon.Month;
    private const string NumberWord = @"\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|half\s+an?";

    public static WhenPhrase Extract(Utterance u, TurnContext ctx, WhenPhrase when)
    {
        TakeRelative(u, ctx, when);
        TakeAbsoluteDate(u, ctx, when);
        TakeNamedSpan(u, ctx, when);
        TakeDayWord(u, ctx, when);
        TakeWeekday(u, ctx, when);
        TimePhrases.Take(u, when);
        return when;
    }

    // "every 2 days until december 31", "till the 15th", "31 dec tak": the last day a repeat falls on. Read before the
    // due date, so the end of the series is not taken for its start.
    public static DateOnly? TakeUntil(Utterance u, TurnContext ctx)
    {
        if (u.Take(Until()) is not { } m)
        {
            return null;
        }

        // "until the end of december": the month's last day, this year or, once it has passed, the next
        if (m.Groups["em"].Success && MonthNumber(m.Groups["em"].Value) is { } endMonth)
        {
            var year = endMonth < ctx.Today.Month ? ctx.Today.Year + 1 : ctx.Today.Year;
            return new DateOnly(year, endMonth, DateTime.DaysInMonth(year, endMonth));
        }

        var when = new WhenPhrase();
        var date = new Utterance(m.Groups["d"].Value);
        TakeAbsoluteDate(date, ctx, when);
        TakeNamedSpan(date, ctx, when);
        TakeWeekday(date, ctx, when);
        return when.Date;
    }

    private static void TakeRelative(Utterance u, TurnContext ctx, WhenPhrase when)
    {
        if (u.Take(Relative()) is not { } m)
        {
            return;
        }

        var unit = m.Groups["u"].Value.ToLowerInvariant();
        var n = NumberValue(m.Groups["n"].Value);
        if (unit.StartsWith("min") || unit.StartsWith("منٹ"))
        {
            when.Exact = ctx.Now.AddMinutes(n);
        }
        else if (unit.StartsWith('h') || unit.StartsWith("gh") || unit.StartsWith("گھنٹ"))
        {
            when.Exact = n < 1 ? ctx.Now.AddMinutes(30) : ctx.Now.AddHours(n);
        }
        else if (unit.StartsWith('w') || unit.StartsWith("haft") || unit.StartsWith("ہفت"))
        {
            when.Date = ctx.Today.AddDays(7 * (int)n);
        }
        else if (unit.StartsWith("mon") || unit.StartsWith("mah") || unit.StartsWith("مہین"))
        {
            when.Date = ctx.Today.AddMonths((int)n);
        }
        else
        {
            when.Date = ctx.Today.AddDays((int)n);
        }
    }

    private static void TakeAbsoluteDate(Utterance u, TurnContext ctx, WhenPhrase when)
    {
        var today = ctx.Today;
        if (u.Take(IsoDate()) is { } iso && TryDate(Int(iso, "y"), Int(iso, "mo"), Int(iso, "d"), out var isoDate))
        {
            when.Date = isoDate;
        }
        else if (u.Take(SlashDate()) is { } slash)
        {
            // day/month, as written in Pakistan and most of the world
            when.Date = InFuture(today, Int(slash, "d"), Int(slash, "mo"), YearOrNull(slash));
        }
        else if ((u.Take(DayMonth()) ?? u.Take(MonthDay())) is { } named && MonthNumber(named.Groups["m"].Value) is { } month)
        {
            when.Date = InFuture(today, Int(named, "d"), month, YearOrNull(named));
        }
        else if ((u.Take(DayOfMonth()) ?? u.Take(Tareekh())) is { } dom)
        {
            when.Date = NextMonthDay(today, Int(dom, "d"));
        }
    }

    private static void TakeNamedSpan(Utterance u, TurnContext ctx, WhenPhrase when)
    {
        var today = ctx.Today;
        if (when.Date is not null)
        {
            return;
        }

        if (u.Take(NextWeek()) is not null)
        {
            when.Date = NextWeekday(today, DayOfWeek.Monday);
        }
        else if (u.Take(NextMonth()) is not null)
        {
            when.Date = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        }
        else if (u.Take(EndOfMonth()) is not null)
        {
            when.Date = new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month));
        }
        else if (u.Take(EndOfWeek()) is not null)
        {
            when.Date = today.DayOfWeek is DayOfWeek.Friday ? today : NextWeekday(today, DayOfWeek.Friday);
        }
        else if (u.Take(Weekend()) is not null)
        {
            when.Date = today.DayOfWeek switch
            {
                DayOfWeek.Saturday => today.AddDays(1),
                DayOfWeek.Sunday => today.AddDays(6),
                _ => NextWeekday(today, DayOfWeek.Saturday),
            };
        }
    }

    private static void TakeDayWord(Utterance u, TurnContext ctx, WhenPhrase when)
    {
        if (when.Date is not null)
        {
            return;
        }

        if (u.Take(DayAfterTomorrow()) is not null)
        {
            when.Date = ctx.Today.AddDays(2);
        }
        else if (u.Take(Tomorrow()) is not null)
        {
            when.Date = ctx.Today.AddDays(1);
        }
        else if (u.Take(Tonight()) is not null)
        {
            when.Date = ctx.Today;
            when.SaidToday = true;
            when.Part = DayPart.Night;
        }
        else if (u.Take(ThisPart()) is { } part)
        {
            when.Date = ctx.Today;
            when.SaidToday = true;
            when.Part = part.Groups["p"].Value.ToLowerInvariant() switch
            {
                "morning" => DayPart.Morning,
                "afternoon" => DayPart.Afternoon,
                _ => DayPart.Evening,
            };
        }
        else if (u.Take(Today()) is not null)
        {
            when.Date = ctx.Today;
            when.SaidToday = true;
        }
    }

    private static void TakeWeekday(Utterance u, TurnContext ctx, WhenPhrase when)
    {
        if (when.Date is { } dated)
        {
            // "on friday 11 december", "jumma 11 december ko": the weekday of the date said is part of it, not of the title
            var named = new Utterance(u.Text);
            var said = named.Take(EnglishWeekday()) ?? named.Take(RomanWeekdayPhrase()) ?? named.Take(UrduWeekdayPhrase());
            if (said is not null && WeekdayOf(said.Groups["day"].Value) == dated.DayOfWeek) u.Cut(said.Index, said.Length);
            return;
        }

        var m = u.Take(EnglishWeekday()) ?? u.Take(EnglishWeekdayShort()) ?? u.Take(RomanWeekdayPhrase()) ?? u.Take(UrduWeekdayPhrase());
        if (m is null || WeekdayOf(m.Groups["day"].Value) is not { } day)
        {
            return;
        }

        var mod = m.Groups["mod"].Value.ToLowerInvariant();
        var thisWeek = mod is "this" or "is" or "iss" or "اس";
        when.Date = thisWeek && ctx.Today.DayOfWeek == day ? ctx.Today : NextWeekday(ctx.Today, day);
        when.SaidToday = when.Date == ctx.Today;
    }

    public static DayOfWeek? WeekdayOf(string word)
    {
        var w = word.ToLowerInvariant().TrimEnd('.');
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            var name = day.ToString().ToLowerInvariant();
            if (w == name || w == name + "s" || (w.Length >= 3 && name.StartsWith(w, StringComparison.Ordinal)))
            {
                return day;
            }
        }

        return Lexicons.BuiltIn.Weekday(w);
    }

    public static DateOnly NextWeekday(DateOnly from, DayOfWeek day)
    {
        var delta = ((int)day - (int)from.DayOfWeek + 7) % 7;
        return from.AddDays(delta == 0 ? 7 : delta);
    }

    public static DateOnly NextMonthDay(DateOnly today, int day)
    {
        for (var i = 0; i < 13; i++)
        {
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(i);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && month.AddDays(day - 1) >= today)
            {
                return month.AddDays(day - 1);
            }
        }

        return today;
    }

    private static DateOnly? InFuture(DateOnly today, int day, int month, int? year)
    {
        if (year is { } y)
        {
            return TryDate(y < 100 ? 2000 + y : y, month, day, out var exact) ? exact : null;
        }

        if (!TryDate(today.Year, month, day, out var date))
        {
            return null;
        }

        return date < today && TryDate(today.Year + 1, month, day, out var next) ? next : date;
    }

    private static bool TryDate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || year < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int? MonthNumber(string word)
    {
        if (Lexicons.BuiltIn.Month(word) is { } urdu)
        {
            return urdu;
        }

        var w = word.ToLowerInvariant();
        for (var m = 1; m <= 12; m++)
        {
            if (CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(m).StartsWith(w, StringComparison.OrdinalIgnoreCase))
            {
                return m;
            }
        }

        return null;
    }

    public static double NumberValue(string word) => word.ToLowerInvariant() switch
    {
        "a" or "an" => 1,
        "forty" => 40,
        var w when w.StartsWith("half", StringComparison.Ordinal) || w.StartsWith("aadh", StringComparison.Ordinal) || w.StartsWith("adh", StringComparison.Ordinal) || w.StartsWith("آدھ", StringComparison.Ordinal) => 0.5,
        var w when Lexicons.BuiltIn.Number(w) is { } n => n,
        var w => double.TryParse(w, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 1,
    };

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static int? YearOrNull(Match m) => m.Groups["y"].Success ? Int(m, "y") : null;

    [GeneratedRegex(@"\b(?:in|after|within)\s+(?<n>" + NumberWord + @")\s+(?<u>minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b(?:\s+from\s+now)?|\b(?<n>" + NumberWord + @")\s+(?<u>minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+(?:from\s+(?:now|today)|later)\b|\b(?<n>\d+|aadh[ae]|adh[ae]|aadhay|آدھے|آدھا)\s*(?<u>minute|minutes|minat|mint|min|ghante|ghanta|ghanton|din|dino|dinon|hafte|haftay|haftey|mahine|mahino|منٹ|گھنٹے|گھنٹہ|گھنٹوں|دن|دنوں|ہفتے|ہفتوں|مہینے|مہینوں)\s+(?:mein|main|me|baad|bad|tak|میں|بعد|تک)\b", Options)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b(?:until|till|thru|through|ending(?:\s+on)?|up\s+to)\s+(?<d>\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{1,2}-\d{1,2}|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:" + Months + @")\b(?:,?\s+\d{4})?)?|(?:" + Months + @")\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{1,2}-\d{1,2}|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month|(?:the\s+)?end\s+of\s+(?<em>" + Months + @")\b|next\s+month|next\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|(?<d>\d{1,2}\s*(?:" + Months + @")|(?:" + Months + @")\s+\d{1,2}|\d{1,2}\s*(?:tareekh|tarikh|تاریخ))\s+(?:tak|تک)\b", Options)]
    private static partial Regex Until();

    [GeneratedRegex(Pre + @"\b(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})\b" + Post, Options)]
    private static partial Regex IsoDate();

    [GeneratedRegex(Pre + @"\b(?<d>\d{1,2})/(?<mo>\d{1,2})(?:/(?<y>\d{2,4}))?\b" + Post, Options)]
    private static partial Regex SlashDate();

    [GeneratedRegex(Pre + @"(?:\bthe\s+)?\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>" + Months + @")\b(?:,?\s+(?<y>\d{4}))?" + Post, Options)]
    private static partial Regex DayMonth();

    [GeneratedRegex(Pre + @"\b(?<m>" + Months + @")\s+(?:the\s+)?(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>\d{4}))?" + Post, Options)]
    private static partial Regex MonthDay();

    [GeneratedRegex(Pre + @"(?:\bthe\s+(?<d>\d{1,2})(?:st|nd|rd|th)\b|\bon\s+(?<d>\d{1,2})(?:st|nd|rd|th)\b)(?!\s+(?:one|task|item)\b)(?:\s+of\s+(?:this|the|next)\s+month)?", Options)]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(Pre + @"\b(?<d>\d{1,2})\s*(?:tareekh|tarikh|tareek|tarik|تاریخ)\b" + Post, Options)]
    private static partial Regex Tareekh();

    [GeneratedRegex(Pre + @"\bnext\s+week\b|\bagl[ea]\s+(?:hafte|haftay|hafta|week)\b" + Post + @"|اگلے\s+ہفتے" + Post + @"|اگلا\s+ہفتہ", Options)]
    private static partial Regex NextWeek();

    [GeneratedRegex(Pre + @"\bnext\s+month\b|\bagl[ea]\s+(?:mahine|mahina|month)\b" + Post + @"|اگلے\s+(?:مہینے|ماہ)" + Post, Options)]
    private static partial Regex NextMonth();

    [GeneratedRegex(Pre + @"\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?month\b|\bmahine\s+ke\s+(?:aakhir|akhir)\b" + Post + @"|مہینے\s+کے\s+آخر" + Post, Options)]
    private static partial Regex EndOfMonth();

    [GeneratedRegex(Pre + @"\b(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?week\b", Options)]
    private static partial Regex EndOfWeek();

    [GeneratedRegex(Pre + @"\b(?:this\s+|the\s+|over\s+the\s+)?weekend\b" + Post, Options)]
    private static partial Regex Weekend();

    [GeneratedRegex(Pre + @"\b(?:the\s+)?day\s+after\s+tomorrow\b|\b(?:parson|parso|parsoon|parsun)\b" + Post + @"|پرسوں" + Post, Options)]
    private static partial Regex DayAfterTomorrow();

    [GeneratedRegex(Pre + @"\b(?:tomorrow|tmrw|tmr|tomorow|tommorow|tommorrow|kal|kl)\b" + Post + @"|\bکل\b" + Post, Options)]
    private static partial Regex Tomorrow();

    [GeneratedRegex(Pre + @"\btonight\b|\b(?:aaj|aj)\s+(?:raat|rat)\b|آج\s+رات", Options)]
    private static partial Regex Tonight();

    [GeneratedRegex(Pre + @"\b(?:this|later\s+this)\s+(?<p>morning|afternoon|evening)\b", Options)]
    private static partial Regex ThisPart();

    [GeneratedRegex(Pre + @"\b(?:later\s+)?today\b|\b(?:aaj|aj)\b" + Post + @"|آج" + Post, Options)]
    private static partial Regex Today();

    // "monday's demo" names the demo, not the day it is due
    [GeneratedRegex(Pre + @"(?:\b(?<mod>next|this|coming|upcoming|the\s+coming)\s+)?\b(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!'s\b)", Options)]
    private static partial Regex EnglishWeekday();

    [GeneratedRegex(@"\b(?:on|by|for|next|this|due|until|till|before)\s+(?<day>mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\b\.?", Options)]
    private static partial Regex EnglishWeekdayShort();

    // a bare "peer" is also an English word, so Roman weekdays need "agle" before or "ko" after them
    [GeneratedRegex(@"\b(?<mod>agle|agla|agli|aglay|is|iss|aane\s+wale)\s+(?<day>" + RomanUrduLexicon.WeekdayNoHafta + @")\b" + Post + @"|\b(?<day>" + RomanUrduLexicon.Weekday + @")\s+(?:ko|tak|pe|par|se\s+pehle)\b|\b(?<day>" + RomanUrduLexicon.WeekdayNoHafta + @")\b(?=\s+(?:" + RomanUrduLexicon.DayPartPattern + @")\b)", Options)]
    private static partial Regex RomanWeekdayPhrase();

    // a bare "پیر" is also "foot", so an Urdu weekday needs "اگلے" before it, "کو" after it, or a time of day after it
    [GeneratedRegex(@"(?<mod>اگلے|اگلا|اگلی|اس|آنے\s+والے)\s+(?<day>پیر|سوموار|منگل|بدھ|جمعرات|جمعہ|جمعے|سنیچر|اتوار)\b" + Post + @"|\b(?<day>" + UrduLexicon.Weekday + @")\s+(?:کو|تک|پر|سے\s+پہلے)|(?<![\p{L}])(?<day>پیر|سوموار|منگل|بدھ|جمعرات|جمعہ|جمعے|سنیچر|اتوار)(?=\s+(?:" + UrduLexicon.DayPartPattern + @"|\d{1,2}\s*بجے)(?![\p{L}]))", Options)]
    private static partial Regex UrduWeekdayPhrase();
}
