using Plannior.ChatApi.Chat.Language;

namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>A conversation (messages joined by " >> "; {Title} is that seeded task's id) and what it must leave.</summary>
public sealed record JudgedPhrasing(string Conversation, string Expected);

/// <summary>
/// Phrasings judged by state (see <see cref="StateSpec"/>), as of Saturday 28 November 2026, 10:00 Karachi.
/// Date-only phrases are due at 09:00; "remind me" sets the reminder at the due time.
/// </summary>
public static partial class JudgedPhrasings
{
    public static IReadOnlyList<JudgedPhrasing> All => [.. English, .. RomanUrdu, .. Urdu];

    public static string Language(string conversation) =>
        conversation.Any(c => c is >= '\u0600' and <= '\u06FF') ? "Urdu script"
        : LanguageDetector.DetectLanguage(conversation) == LanguageDetector.Urdu ? "Roman Urdu"
        : "English";

    private static readonly JudgedPhrasing[] English =
    [
        // adding, with the request's own words kept out of the title
        new("add pay rent every 1st of the month, high priority", """+ "Pay rent" due=2026-12-01T09:00 priority=high rule=FREQ=MONTHLY;BYMONTHDAY=1"""),
        new("remind me to call the bank tomorrow at 10", """+ "Call the bank" due=2026-11-29T10:00 remind=2026-11-29T10:00"""),
        new("please add call the electrician, thanks!", """+ "Call the electrician" """),
        new("this is critical: fix the roof leak", """+ "Fix the roof leak" priority=high"""),
        new("remnd me to pay the internet bill tomorrow", """+ "Pay the internet bill" due=2026-11-29T09:00 remind=2026-11-29T09:00"""),
        new("nothing else to add, thanks", "="),
        new("add buy stamps p1", """+ "Buy stamps" priority=high"""),
        new("add book a table for friday p3", """+ "Book a table" due=2026-12-04T09:00"""),
        new("add water the garden p4", """+ "Water the garden" priority=low"""),
        new("add review the budget with tags finance and work", """+ "Review the budget" tags=[finance,work]"""),
        new("add buy milk; call the plumber tomorrow", """+ "Buy milk" ; + "Call the plumber" due=2026-11-29T09:00"""),
        new("add pick up the kids at 4pm and also book the car service", """+ "Pick up the kids" due=2026-11-28T16:00 ; + "Book the car service" """),
        // recurrence
        new("add gym every weekday at 7am", """+ "Gym" due=2026-11-30T07:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""),
        new("add review finances every other week", """+ "Review finances" rule=FREQ=WEEKLY;INTERVAL=2"""),
        new("add book club every 3rd friday", """+ "Book club" due=2026-12-18T09:00 rule=FREQ=MONTHLY;BYDAY=3FR"""),
        new("add pay the credit card on the last day of every month", """+ "Pay the credit card" due=2026-11-30T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1"""),
        new("add take vitamins every 2 days at 8am", """+ "Take vitamins" due=2026-11-29T08:00 rule=FREQ=DAILY;INTERVAL=2"""),
        new("move the standup to 10am", """~ "Team standup" due=2026-11-30T10:00"""),
        // changes
        new("lower the priority of task {Dentist appointment}", """~ "Dentist appointment" priority=low"""),
        new("make task {Dentist appointment} less urgent", """~ "Dentist appointment" priority=low"""),
        new("add a note to the dentist task: bring the x-rays", """~ "Dentist appointment" desc="bring the x-rays" """),
        new("reopen the passport task", """open "Renew passport" """),
        new("tag the dentist appointment with health", """~ "Dentist appointment" tags=[health]"""),
        new("push the dentist to monday", """~ "Dentist appointment" due=2026-11-30T15:00"""),
        new("mark the groceries one done", """done "Buy groceries" """),
        // several tasks at once are confirmed first, and run only on a yes
        new("delete all completed tasks", "="),
        new("delete all completed tasks >> yes", """- "Pay electricity bill" ; - "Renew passport" """),
        new("delete all completed tasks >> no", "="),
        new("mark everything due today as done >> yes", """done "Buy groceries" ; done "Submit quarterly report" """),
        new("complete tasks {Buy groceries} and {Call mom} >> yes", """done "Buy groceries" ; done "Call mom" """),
        new("delete tasks {Buy groceries}, {Call mom} and {Renew passport} >> yes please", """- "Buy groceries" ; - "Call mom" ; - "Renew passport" """),
        new("complete all overdue tasks >> go ahead", """done "Call mom" """),
        new("delete the groceries one", "="),
        new("delete the groceries one >> yes", """- "Buy groceries" """),
        new("move all overdue tasks to tomorrow >> yes", """~ "Call mom" due=2026-11-29T17:00"""),
        // undo
        new("add buy milk >> undo", "="),
        new("mark task {Call mom} as done >> undo that", "="),
        new("delete task {Call mom} >> undo", "="),
        new("rename task {Call mom} to Call dad >> undo the last change", "="),
        // listing
        new("show my finished tasks", "list status=completed"),
        new("what do I need to get done today?", "list status=pending due=today"),
        new("which tasks are past their due date?", "list status=pending due=overdue"),
        new("what's due this week", "list status=pending due=week"),
    ];

    private static readonly JudgedPhrasing[] RomanUrdu =
    [
        new("kal das baje doctor ke paas jana hai", """+ "Doctor ke paas jana" due=2026-11-29T10:00"""),
        new("kal shaam saarhe paanch baje ami ko phone karna", """+ "Ami ko phone karna" due=2026-11-29T17:30"""),
        new("kal subah paune gyarah baje meeting hai", """+ "Meeting" due=2026-11-29T10:45"""),
        new("teen din mein report jama karwani hai", """+ "Report jama karwani" due=2026-12-01T09:00"""),
        new("5 tareekh ko bill jama karna hai", """+ "Bill jama karna" due=2026-12-05T09:00"""),
        new("dentist wale task ki priority low kar do", """~ "Dentist appointment" priority=low"""),
        new("groceries wala kaam kal par kar do", """~ "Buy groceries" due=2026-11-29T18:00"""),
        new("task {Call mom} ka naam 'Call ammi' rakh do", """~ "Call mom" title="Call ammi" """),
        new("sab mukammal kaam delete kar do >> haan", """- "Pay electricity bill" ; - "Renew passport" """),
        new("aaj ke saare kaam complete kar do >> ji haan", """done "Buy groceries" ; done "Submit quarterly report" """),
        new("doodh lena hai kal >> wapas kar do", "="),
        new("complete ho gaye kaam dikhao", "list status=completed"),
    ];

    private static readonly JudgedPhrasing[] Urdu =
    [
        new("کل دس بجے ڈاکٹر کے پاس جانا ہے", """+ "ڈاکٹر کے پاس جانا" due=2026-11-29T10:00"""),
        new("کل شام ساڑھے پانچ بجے امی کو فون کرنا", """+ "امی کو فون کرنا" due=2026-11-29T17:30"""),
        new("تین دن میں رپورٹ جمع کرانی ہے", """+ "رپورٹ جمع کرانی" due=2026-12-01T09:00"""),
        new("تمام مکمل کام حذف کر دیں >> ہاں", """- "Pay electricity bill" ; - "Renew passport" """),
        new("کام {Dentist appointment} کی ترجیح کم کر دیں", """~ "Dentist appointment" priority=low"""),
        new("کام {Call mom} مکمل کریں >> واپس کر دیں", "="),
        new("مکمل شدہ کام دکھائیں", "list status=completed"),
    ];
}
