namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// Phrasings generated as every change × every language × several wordings, each applied to more than one seeded
/// task, so a wording is not tuned to one title. Judged by state like <see cref="JudgedPhrasings"/>.
/// </summary>
public static class GeneratedPhrasings
{
    // {0} is the task's number; each change is said in English, Roman Urdu and Urdu script.
    private static readonly (string[] Wordings, string Change)[] Changes =
    [
        (["make task {0} high priority", "set the priority of task {0} to high", "task {0} ki priority high kar do", "task {0} ko zaroori kar do",
          "کام {0} کی ترجیح زیادہ کر دیں", "کام {0} کو اہم کر دیں"], "priority=high"),
        (["lower the priority of task {0}", "task {0} ki priority kam kar do", "کام {0} کی ترجیح کم کر دیں"], "priority=low"),
        (["remove the due date from task {0}", "task {0} ki date hata do", "task {0} ki tareekh hata do", "کام {0} کی تاریخ ہٹا دیں"], "due=null"),
        (["move task {0} to the day after tomorrow at 6pm", "task {0} ko parson shaam 6 baje kar do", "کام {0} کو پرسوں شام 6 بجے پر منتقل کر دیں",
          "task {0} ko parson shaam chhe baje shift kar do", "کام {0} کو پرسوں شام چھ بجے پر کر دیں"], "due=2026-11-30T18:00"),
        (["move task {0} to tomorrow at half past seven pm", "task {0} ko kal shaam saade saat baje kar do", "کام {0} کو کل شام ساڑھے سات بجے پر منتقل کر دیں"],
            "due=2026-11-29T19:30"),
        (["add the tag errands to task {0}", "tag task {0} with #errands", "task {0} pe #errands tag laga do", "task {0} mein errands tag add kar do",
          "کام {0} پر #errands ٹیگ لگا دیں"], "tags=[{tags}errands]"),
        (["add a note to task {0}: ask about parking", "task {0} mein note add karo: ask about parking", "کام {0} میں نوٹ شامل کریں: ask about parking"],
            "desc=\"ask about parking\""),
        (["rename task {0} to 'Plan the trip'", "task {0} ka naam 'Plan the trip' kar do", "کام {0} کا نام 'Plan the trip' رکھ دیں"], "title=\"Plan the trip\""),
        (["make task {0} repeat every week", "task {0} ko har hafte repeat karo", "کام {0} کو ہر ہفتے دہرائیں"], "rule=FREQ=WEEKLY"),
    ];

    // the same, naming the task by a word of its title: {0} is that word
    private static readonly (string[] Wordings, string Change)[] NamedChanges =
    [
        (["make the {0} task high priority", "{0} wala task ki priority high kar do", "{0} والے کام کی ترجیح زیادہ کر دیں"], "priority=high"),
        (["move the {0} task to the day after tomorrow at 6pm", "{0} wala kaam parson shaam 6 baje kar do", "{0} والا کام پرسوں شام 6 بجے پر منتقل کر دیں"],
            "due=2026-11-30T18:00"),
        (["remove the due date from the {0} task", "{0} wale task ki date hata do", "{0} والے کام کی تاریخ ہٹا دیں"], "due=null"),
    ];

    private static readonly (string Word, string Title)[] Named = [("groceries", "Buy groceries"), ("mom", "Call mom")];

    // open tasks with a due date, priority medium or low and, for tags, what they already carry
    private static readonly (string Title, string Tags)[] Targets = [("Buy groceries", "home,"), ("Call mom", "")];

    private static readonly (string Text, string Expected)[] Singles =
    [
        // taking tags off
        ("remove the home tag from task {Buy groceries}", """~ "Buy groceries" tags=[]"""),
        ("untag home from task {Buy groceries}", """~ "Buy groceries" tags=[]"""),
        ("task {Buy groceries} se home tag hata do", """~ "Buy groceries" tags=[]"""),
        ("کام {Submit quarterly report} سے work ٹیگ ہٹا دیں", """~ "Submit quarterly report" tags=[]"""),
        // reopening
        ("reopen task {Renew passport}", """open "Renew passport" """),
        ("task {Renew passport} dobara khol do", """open "Renew passport" """),
        ("task {Renew passport} wapis pending kar do", """open "Renew passport" """),
        ("کام {Renew passport} دوبارہ کھول دیں", """open "Renew passport" """),
        // reminders
        ("remind me about task {Dentist appointment} an hour before", """~ "Dentist appointment" remind=2026-12-04T14:00"""),
        ("kal subah paune aath baje flight ka reminder laga do", """+ "Flight" due=2026-11-29T07:45 remind=2026-11-29T07:45"""),
        ("remind me at 5pm about the dentist", """~ "Dentist appointment" remind=2026-11-28T17:00"""),
        ("remind me about the team meeting tomorrow at 10", """+ "Team meeting" due=2026-11-29T10:00 remind=2026-11-29T10:00"""),
        // number words for times and dates
        ("kal shaam saat baje doctor ke paas jana add karo", """+ "Doctor ke paas jana" due=2026-11-29T19:00"""),
        ("teen din baad report bhejna add karo", """+ "Report bhejna" due=2026-12-01T09:00"""),
        ("5 tareekh ko bill jama karna add karo", """+ "Bill jama karna" due=2026-12-05T09:00"""),
        ("dawai lene ka task shamil karo shaam saat baje", """+ "Dawai lena" due=2026-11-28T19:00"""),
        ("کل شام سات بجے ڈاکٹر کے پاس جانا شامل کریں", """+ "ڈاکٹر کے پاس جانا" due=2026-11-29T19:00"""),
        ("تین دن بعد رپورٹ بھیجنا شامل کریں", """+ "رپورٹ بھیجنا" due=2026-12-01T09:00"""),
        ("پونے گیارہ بجے میٹنگ شامل کریں", """+ "میٹنگ" due=2026-11-28T10:45"""),
        ("add the team meeting tomorrow at seven thirty pm", """+ "The team meeting" due=2026-11-29T19:30"""),
        // repeats
        ("har do din baad paudon ko paani dena add karo", """+ "Paudon ko paani dena" due=2026-11-29T09:00 rule=FREQ=DAILY;INTERVAL=2"""),
        ("har hafte itwar ko safai add karo", """+ "Safai" due=2026-11-29T09:00 rule=FREQ=WEEKLY;BYDAY=SU"""),
        ("har mahine ki pehli tareekh ko rent dena add karo", """+ "Rent dena" due=2026-12-01T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=1"""),
        ("ہر دوسرے ہفتے جمعہ کو صفائی شامل کریں", """+ "صفائی" due=2026-12-04T09:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"""),
        ("add gym every monday wednesday friday", """+ "Gym" due=2026-11-30T09:00 rule=FREQ=WEEKLY;BYDAY=MO,WE,FR"""),
        ("add call ali every other week on monday", """+ "Call ali" due=2026-11-30T09:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"""),
        ("add gym every 2 days at 8am until december 31", """+ "Gym" due=2026-11-29T08:00 rule=FREQ=DAILY;INTERVAL=2;UNTIL=20261231"""),
        ("har roz subah 7 baje walk 31 december tak add karo", """+ "Walk" due=2026-11-29T07:00 rule=FREQ=DAILY;UNTIL=20261231"""),
        // moving by an amount, and a move that keeps the repeat
        ("push task {Dentist appointment} back a day", """~ "Dentist appointment" due=2026-12-05T15:00"""),
        ("task {Dentist appointment} ko ek din aage kar do", """~ "Dentist appointment" due=2026-12-05T15:00"""),
        ("کام {Dentist appointment} کو ایک دن آگے کر دیں", """~ "Dentist appointment" due=2026-12-05T15:00"""),
        ("standup wala task subah 10 baje kar do", """~ "Team standup" due=2026-11-30T10:00"""),
        ("add pay the card every 15th", """+ "Pay the card" due=2026-12-15T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=15"""),
        ("add clean the desk biweekly on fridays", """+ "Clean the desk" due=2026-12-04T09:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"""),
        ("ok, add one more: call the insurance company friday", """+ "Call the insurance company" due=2026-12-04T09:00"""),
        // several tasks in one message
        ("add buy milk and call the plumber", """+ "Buy milk" ; + "Call the plumber" """),
        ("add buy milk and eggs", """+ "Buy milk and eggs" """),
        ("doodh lena aur bill bharna add karo", """+ "Doodh lena" ; + "Bill bharna" """),
        ("دودھ خریدنا اور بل جمع کرانا شامل کریں", """+ "دودھ خریدنا" ; + "بل جمع کرانا" """),
        // pleasantries never write
        ("ok thanks, that's all", "="),
        ("no thanks, I'm good", "="),
        ("that's it for today, thank you!", "="),
        ("theek hai bas", "="),
        ("bas shukriya", "="),
        ("ok ji shukriya", "="),
        ("aur kuch nahi, shukriya", "="),
        ("بس شکریہ", "="),
        ("ٹھیک ہے، بہت شکریہ", "="),
        ("اور کچھ نہیں", "="),
        // lists worded freely
        ("complete ho gaye kaam dikhao", "list status=completed"),
        ("jo reh gaye hain woh dikhao", "list status=pending"),
        ("overdue wale kaam dikhao", "list status=pending due=overdue"),
        ("is hafte ke kaam batao", "list status=pending due=week"),
        ("مکمل ہو چکے کام دکھائیں", "list status=completed"),
        ("show me what I finished", "list status=completed"),
        ("kya kya reh gaya hai", "list status=pending"),
        ("کون سے کام رہ گئے ہیں", "list status=pending"),
    ];

    public static IReadOnlyList<JudgedPhrasing> All { get; } =
    [
        .. from change in Changes
           from wording in change.Wordings
           from target in Targets
           select new JudgedPhrasing(
               string.Format(System.Globalization.CultureInfo.InvariantCulture, wording, "{" + target.Title + "}"),
               $"~ \"{target.Title}\" {change.Change.Replace("{tags}", target.Tags, StringComparison.Ordinal)}"),
        .. from change in NamedChanges
           from wording in change.Wordings
           from target in Named
           select new JudgedPhrasing(
               string.Format(System.Globalization.CultureInfo.InvariantCulture, wording, target.Word), $"~ \"{target.Title}\" {change.Change}"),
        .. Singles.Select(s => new JudgedPhrasing(s.Text, s.Expected)),
    ];
}
