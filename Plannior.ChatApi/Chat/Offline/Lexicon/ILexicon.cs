namespace Plannior.ChatApi.Chat.Offline;

/// <summary>
/// Everything the offline assistant knows about one way of writing: its words for numbers, days, months and parts
/// of the day, the command words a typo is corrected towards, the words that never name a task, the pleasantries
/// that must never write anything, the yes and no that answer a question, the verbs of each command, and the replies it writes. Adding a
/// language is adding one of these to <see cref="Lexicons.BuiltIn"/>; every reader of words is built from the set.
/// </summary>
/// <remarks>
/// Word lists are plain words; the <c>…Phrases</c> members are regular-expression fragments (alternatives, no
/// anchors), joined once when a reader is built, never per message.
/// </remarks>
internal interface ILexicon
{
    /// <summary>A name for reports and tests: "English", "Urdu", "Roman Urdu".</summary>
    string Name { get; }

    /// <summary>The reply language code this way of writing is answered in ("en", "ur").</summary>
    string ReplyLanguage { get; }

    /// <summary>Number words as people type them ("seven", "saat", "سات").</summary>
    IReadOnlyDictionary<string, int> Numbers { get; }

    /// <summary>Words after a number that say it counts something ("baje", "days", "بجے").</summary>
    IReadOnlyList<string> NumberUnits { get; }

    /// <summary>Words before a number that say it is a time or a count ("at", "saade", "پونے").</summary>
    IReadOnlyList<string> NumberLeads { get; }

    IReadOnlyDictionary<string, DayOfWeek> Weekdays { get; }

    IReadOnlyDictionary<string, int> Months { get; }

    IReadOnlyDictionary<string, DayPart> DayParts { get; }

    /// <summary>Command words a typo one key off is corrected to ("remnd" → "remind"); empty for scripts with no typo model.</summary>
    IReadOnlyList<string> CommandWords { get; }

    /// <summary>Real words one edit from a command word, left as they are ("rewind").</summary>
    IReadOnlySet<string> NearCommandWords { get; }

    /// <summary>Words that never name a task ("the", "wala", "والا").</summary>
    IReadOnlySet<string> NameFiller { get; }

    /// <summary>Words of a list request that are not a search ("show", "dikhao", "کون").</summary>
    IReadOnlySet<string> ListFiller { get; }

    /// <summary>Thanks and closings, as a whole message: nothing is written ("nothing else to add, thanks", "shukriya").</summary>
    IReadOnlyList<string> PleasantryPhrases { get; }

    IReadOnlyList<string> GreetingPhrases { get; }

    IReadOnlyList<string> HelpPhrases { get; }

    /// <summary>A yes to the assistant's question ("go ahead", "haan", "جی ہاں").</summary>
    IReadOnlyList<string> YesPhrases { get; }

    IReadOnlyList<string> NoPhrases { get; }

    /// <summary>The verbs that say what a message asks for: add, list, complete, change, delete, undo.</summary>
    CommandVerbs Verbs { get; }

    IReplies Replies { get; }

    /// <summary>
    /// Everyday words and the English words a task titled in English would use for them ("ammi" → mom, "پودوں" →
    /// plants), so "ammi ko phone kar diya" finds "Call mom". Words of this language only; English has none.
    /// </summary>
    IReadOnlyDictionary<string, string[]> Glosses => Lexicons.NoGlosses;

    /// <summary>
    /// The Latin consonant each letter of this script sounds as ("ٹ" → "t", "ش" → "sh"; a vowel letter → ""), so an English
    /// word written in it ("اسٹینڈ اپ", "ڈینٹسٹ") still finds the task titled in English. Empty for the Latin script.
    /// </summary>
    IReadOnlyDictionary<char, string> LetterSounds => Lexicons.NoLetterSounds;

    /// <summary>
    /// Words written more than one way, each to the one spelling the phrase patterns read ("ku" → "ko"), so a pattern
    /// need not list every spelling of its particles. Empty where every word has one spelling.
    /// </summary>
    IReadOnlyDictionary<string, string> Respellings => Lexicons.NoRespellings;

    /// <summary>Ordinal words that name a day of a month beside the month's name ("the fifth of december", "december twelfth").</summary>
    IReadOnlyDictionary<string, int> DayOrdinals => Lexicons.NoOrdinals;
}
