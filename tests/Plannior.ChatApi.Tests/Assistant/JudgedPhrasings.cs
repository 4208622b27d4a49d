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
        new("Remind me to call the dentist at half past five", """+ "Call the dentist" due=2026-11-28T17:30 remind=2026-11-28T17:30"""),
        new("add collect the parcel at quarter to eleven tomorrow", """+ "Collect the parcel" due=2026-11-29T10:45"""),
        new("Add submit the report in three days", """+ "Submit the report" due=2026-12-01T09:00"""),
        new("Add pay the gas bill on the 5th", """+ "Pay the gas bill" due=2026-12-05T09:00"""),
        new("mark the passport one as not done", """open "Renew passport" """),
        new("push everything due today to tomorrow >> yes", """~ "Buy groceries" due=2026-11-29T18:00 ; ~ "Submit quarterly report" due=2026-11-29T17:00"""),
        new("delete tasks {Buy groceries} and {Call mom} >> no", "="),
        new("could you please add 'Book the venue' for next friday? thanks", """+ "Book the venue" due=2026-12-04T09:00"""),
        new("I need to: email the landlord", """+ "Email the landlord" """),
        new("add call mom and dad", """+ "Call mom and dad" """),
        new("add 2 tasks: buy bread and pick up the laundry", """+ "Buy bread" ; + "Pick up the laundry" """),
        new("set the reminder for the dentist to 2pm on friday", """~ "Dentist appointment" remind=2026-12-04T14:00"""),
        new("remove the due date from the groceries task", """~ "Buy groceries" due=null"""),
        new("what's overdue?", "list status=pending due=overdue"),
        new("anything high priority?", "list priority=high"),
        new("show tasks tagged work", "list tag=work"),
        new("delete task {Renew passport} >> undo the delete", "="),
        new("mark task {Buy groceries} done >> oops, undo", "="),
        new("add payroll every other friday", """+ "Payroll" due=2026-12-04T09:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"""),
        new("add standup notes every weekday starting monday", """+ "Standup notes" due=2026-11-30T09:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""),
        new("reschedule the standup to thursday", """~ "Team standup" due=2026-12-03T09:30"""),
        new("complete the report task", """done "Submit quarterly report" """),
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
        new("kal subah 9 baje dentist", """+ "Dentist" due=2026-11-29T09:00"""),
        new("parson shaam ko ammi ko call karni hai", """+ "Ammi ko call karni" due=2026-11-30T18:00"""),
        new("har jumme ko gym jana hai", """+ "Gym jana" due=2026-12-04T09:00 rule=FREQ=WEEKLY;BYDAY=FR"""),
        new("do din baad bijli ka bill jama karwana", """+ "Bijli ka bill jama karwana" due=2026-11-30T09:00"""),
        new("task {Call mom} ko jumme tak shift kar do", """~ "Call mom" due=2026-12-04T17:00"""),
        new("task {Dentist appointment} ki priority kam kar do", """~ "Dentist appointment" priority=low"""),
        new("task {Renew passport} dobara khol do", """open "Renew passport" """),
        new("sab overdue kaam kal par kar do >> haan", """~ "Call mom" due=2026-11-29T17:00"""),
        new("task {Buy groceries} aur {Call mom} complete kar do >> ji", """done "Buy groceries" ; done "Call mom" """),
        new("mere pending kaam dikhao", "list status=pending"),
        new("aaj kya kya karna hai?", "list status=pending due=today"),
        new("task {Call mom} delete kar do >> ye wapas kar do", "="),
        new("groceries wala task delete kar do >> haan", """- "Buy groceries" """),
        new("groceries wala task delete kar do >> nahi", "="),
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
        new("کل صبح نو بجے دفتر کی میٹنگ", """+ "دفتر کی میٹنگ" due=2026-11-29T09:00"""),
        new("پرسوں شام سات بجے بھائی کو ایئرپورٹ سے لینا ہے", """+ "بھائی کو ایئرپورٹ سے لینا" due=2026-11-30T19:00"""),
        new("ہر جمعہ کو صدقہ دینا", """+ "صدقہ دینا" due=2026-12-04T09:00 rule=FREQ=WEEKLY;BYDAY=FR"""),
        new("ہر مہینے کی پانچ تاریخ کو کرایہ دینا ہے", """+ "کرایہ دینا" due=2026-12-05T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=5"""),
        new("آج رات دس بجے دوائی لینا یاد دلائیں", """+ "دوائی لینا" due=2026-11-28T22:00 remind=2026-11-28T22:00"""),
        new("دو دن بعد بل جمع کرانا ہے", """+ "بل جمع کرانا" due=2026-11-30T09:00"""),
        new("اگلے پیر کو گاڑی کی سروس کروانی ہے، ضروری", """+ "گاڑی کی سروس کروانی" due=2026-11-30T09:00 priority=high"""),
        new("کام {Call mom} کا نام 'بچوں کی فیس' رکھ دیں", """~ "Call mom" title="بچوں کی فیس" """),
        new("کام {Call mom} کو جمعہ پر منتقل کر دیں", """~ "Call mom" due=2026-12-04T17:00"""),
        new("کام {Call mom} کی ترجیح زیادہ کر دیں", """~ "Call mom" priority=high"""),
        new("کام {Renew passport} دوبارہ کھول دیں", """open "Renew passport" """),
        new("کام {Call mom} حذف کر دیں", """- "Call mom" """),
        new("کام {Buy groceries} اور {Call mom} مکمل کر دیں >> ہاں", """done "Buy groceries" ; done "Call mom" """),
        new("آج کے سارے کام مکمل کر دیں >> جی ہاں", """done "Buy groceries" ; done "Submit quarterly report" """),
        new("سب لیٹ کام کل پر کر دیں >> ہاں", """~ "Call mom" due=2026-11-29T17:00"""),
        new("آج کے کام دکھائیں", "list status=pending due=today"),
        new("کون سے کام رہ گئے ہیں؟", "list status=pending"),
        new("اس ہفتے کیا کیا کرنا ہے؟", "list status=pending due=week"),
        new("کام {Call mom} کا نام 'ابو کو فون' رکھ دیں >> پچھلی تبدیلی واپس کریں", "="),
    ];
}
