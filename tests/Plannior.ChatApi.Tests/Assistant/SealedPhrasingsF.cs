namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// Sealed held-out batch F: 60 English, 30 Urdu (Urdu script), 30 Roman Urdu, written on 3 December 2026 by an
/// independent writer who read only the expectation language (StateSpec), the seed tasks, the conversation judge,
/// the JudgedPhrasing record, batch D's header and the product contract (API.md), never the assistant's parser, tools
/// or tables nor any other phrasing batch, as people type into a todo chat (typos, lower case, emoji, pleasantries,
/// "can you", varied Roman Urdu spellings, number words in all three languages, English words inside Urdu sentences).
/// Each case starts from <see cref="SeedTasks"/> on the fixed clock (Saturday 28 November 2026, 10:00 Karachi) and is
/// judged only by the tasks it leaves behind (<see cref="StateSpec"/>); date-only phrases are due at 09:00 and a bare
/// "remind me" reminds at the due time. Mix, like an app's real traffic: 50 adds (42%), 29 updates of seeded tasks
/// (24%), 17 completes and deletes (14%), 12 bulk actions with a yes/no turn or undo (10%), 12 listing questions and
/// messages that must change nothing (10%).
/// It stayed sealed until its single run (3 December 2026, 12:50 UTC, on main at 5604fde):
/// 104/120 = 86.7% (English 55/60, Urdu 23/30, Roman Urdu 26/30), short of the 95% target. No expectation was changed;
/// <see cref="ScoredBatchTests"/> holds the batch to its score.
/// </summary>
public static class SealedPhrasingsF
{
    public static readonly IReadOnlyList<JudgedPhrasing> English =
    [
        new("remnd me to pick up dry cleaning tomorrow at 5pm", """+ "Pick up dry cleaning" due=2026-11-29T17:00 remind=2026-11-29T17:00"""), // add
        new("can you add 'book flight to Lahore' for friday, high priority pls", """+ "Book flight to Lahore" due=2026-12-04T09:00 priority=high"""), // add
        new("add renew car insurance for december twentieth, remind me a day before", """+ "Renew car insurance" due=2026-12-20T09:00 remind=2026-12-19T09:00"""), // add
        new("add send invoice to Bilal monday 11am, tag it work", """+ "Send invoice to Bilal" due=2026-11-30T11:00 tags=[work]"""), // add
        new("new task: vacuum the car in three days at 4 pm", """+ "Vacuum the car" due=2026-12-01T16:00"""), // add
        new("add 'gym session' every mon, wed and fri at 7am", """+ "Gym session" due=2026-11-30T07:00 rule=FREQ=WEEKLY;BYDAY=MO,WE,FR"""), // add
        new("remind me to take out the trash every tuesday night at 9", """+ "Take out the trash" due=2026-12-01T21:00 remind=2026-12-01T21:00 rule=FREQ=WEEKLY;BYDAY=TU"""), // add
        new("pay rent on the 1st of every month", """+ "Pay rent" due=2026-12-01T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=1"""), // add
        new("add book club on the second thursday of every month at 6:30pm", """+ "Book club" due=2026-12-10T18:30 rule=FREQ=MONTHLY;BYDAY=2TH"""), // add
        new("every other saturday: clean the fridge, 11 am", """+ "Clean the fridge" due=2026-11-28T11:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"""), // add
        new("take vitamins every 3 days at 8am starting tomorrow", """+ "Take vitamins" due=2026-11-29T08:00 rule=FREQ=DAILY;INTERVAL=3"""), // add
        new("yoga every weekday at 6am until dec 18", """+ "Yoga" due=2026-11-30T06:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261218"""), // add
        new("add submit tax return, last day of every month", """+ "Submit tax return" due=2026-11-30T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1"""), // add
        new("add buy milk and call the plumber, both for tomorrow", """+ "Buy milk" due=2026-11-29T09:00 ; + "Call the plumber" due=2026-11-29T09:00"""), // add
        new("meeting with Sara on tuesday 3pm, remind me an hour before", """+ "Meeting with Sara" due=2026-12-01T15:00 remind=2026-12-01T14:00"""), // add
        new("add dinner at nana's sunday 8pm 🍽️", """+ "Dinner at nana's" due=2026-11-29T20:00"""), // add
        new("add call the bank at 2:30 this afternoon >> actually make it 4:30", """+ "Call the bank" due=2026-11-28T16:30"""), // add
        new("put 'get haircut' on monday >> sorry, tuesday not monday", """+ "Get haircut" due=2026-12-01T09:00"""), // add
        new("add fix the leaking tap, note: buy a washer from the hardware store", """+ "Fix the leaking tap" desc="buy a washer from the hardware store" """), // add
        new("add 'order birthday cake' tagged family and shopping, due dec 5 at noon", """+ "Order birthday cake" due=2026-12-05T12:00 tags=[family,shopping]"""), // add
        new("remind me at 7pm tonight to charge the power bank", """+ "Charge the power bank" due=2026-11-28T19:00 remind=2026-11-28T19:00"""), // add
        new("low priority: sort old photos", """+ "Sort old photos" priority=low"""), // add
        new("add 'prepare slides' due sunday 9pm, high priority, and remind me 30 mins before", """+ "Prepare slides" due=2026-11-29T21:00 remind=2026-11-29T20:30 priority=high"""), // add
        new("plz add pick up kids from school every weekday at 1:30 pm", """+ "Pick up kids from school" due=2026-11-30T13:30 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""), // add
        new("add walk the dog daily at 6 in the evening, starting dec 1", """+ "Walk the dog" due=2026-12-01T18:00 rule=FREQ=DAILY"""), // add

        new("pls mvoe the dentist to monday 11am", """~ "Dentist appointment" due=2026-11-30T11:00"""), // update
        new("push task {Submit quarterly report} back by two days", """~ "Submit quarterly report" due=2026-11-30T17:00"""), // update
        new("delay buy groceries by 3 hours", """~ "Buy groceries" due=2026-11-28T21:00"""), // update
        new("rename call mom to 'Call mom about Eid plans'", """~ "Call mom" title="Call mom about Eid plans" """), // update
        new("make the passport one high priority", """~ "Renew passport" priority=high"""), // update
        new("lowr the priority of the quarterly report to low", """~ "Submit quarterly report" priority=low"""), // update
        new("tag dentist appointment with health", """~ "Dentist appointment" tags=[health]"""), // update
        new("remove the home tag from buy groceries", """~ "Buy groceries" tags=[]"""), // update
        new("add a note to the dentist appointment: bring the insurance card", """~ "Dentist appointment" desc="bring the insurance card" """), // update
        new("water the plants every 2 days instead of daily", """~ "Water the plants" rule=FREQ=DAILY;INTERVAL=2"""), // update
        new("stop repeating team standup", """~ "Team standup" rule=null"""), // update
        new("remind me about the dentist 2 hours before", """~ "Dentist appointment" remind=2026-12-04T13:00"""), // update
        new("remove the due date from call mom", """~ "Call mom" due=null"""), // update
        new("reopen renew passport, i didn't actually do it", """open "Renew passport" """), // update
        new("move groceries to tomorrow at 10am and make it high priority", """~ "Buy groceries" due=2026-11-29T10:00 priority=high"""), // update

        new("i spoke to mom 😊", """done "Call mom" """), // complete
        new("mark task {Buy groceries} as done", """done "Buy groceries" """), // complete
        new("finished the quarterly report finally!!", """done "Submit quarterly report" """), // complete
        new("delete Dentist appointment", """- "Dentist appointment" """), // complete
        new("delte task {Call mom}", """- "Call mom" """), // complete
        new("watered the plants", """done "Water the plants" """), // complete
        new("remove the passport task >> yes", """- "Renew passport" """), // complete
        new("groceries are done, and delete task {Dentist appointment}", """done "Buy groceries" ; - "Dentist appointment" """), // complete

        new("mark all my work tasks as done >> yes", """done "Submit quarterly report" ; done "Team standup" """), // bulk
        new("delete all completed tasks >> yes", """- "Pay electricity bill" ; - "Renew passport" """), // bulk
        new("complete everything due today >> no", "="), // bulk
        new("make all high priority tasks low priority >> yes", """~ "Dentist appointment" priority=low ; ~ "Submit quarterly report" priority=low"""), // bulk
        new("mark {Call mom} done >> undo", "="), // bulk
        new("delete the dentist appointment and the passport task >> yes", """- "Dentist appointment" ; - "Renew passport" """), // bulk

        new("what's on my plate today?", "list due=today"), // list
        new("show me my completed tasks", "list status=completed"), // list
        new("anything tagged work?", "list tag=work"), // list
        new("thanks, that's all for now 🙏", "="), // list
        new("how do i turn on dark mode in this app?", "="), // list
        new("which tasks are high priority", "list priority=high"), // list
    ];

    public static readonly IReadOnlyList<JudgedPhrasing> Urdu =
    [
        new("کل صبح دس بجے دودھ لینا ہے", """+ "دودھ لینا" due=2026-11-29T10:00"""), // add
        new("پیر کو شام چار بجے بینک جانا ہے، یاد دلا دینا", """+ "بینک جانا" due=2026-11-30T16:00 remind=2026-11-30T16:00"""), // add
        new("ہر جمعہ دوپہر دو بجے کپڑے دھونا ہے", """+ "کپڑے دھونا" due=2026-12-04T14:00 rule=FREQ=WEEKLY;BYDAY=FR"""), // add
        new("ہر مہینے کی پہلی تاریخ کو کرایہ دینا ہے", """+ "کرایہ دینا" due=2026-12-01T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=1"""), // add
        new("روزانہ رات دس بجے دوائی لینی ہے", """+ "دوائی لینی" due=2026-11-28T22:00 rule=FREQ=DAILY"""), // add
        new("منگل کو سہ پہر تین بجے ڈاکٹر کے پاس جانا ہے، ایک گھنٹہ پہلے یاد کروانا", """+ "ڈاکٹر کے پاس جانا" due=2026-12-01T15:00 remind=2026-12-01T14:00"""), // add
        new("پانچ دسمبر کو کیک آرڈر کرنا ہے، ہائی پرائیارٹی", """+ "کیک آرڈر کرنا" due=2026-12-05T09:00 priority=high"""), // add
        new("ہر دوسرے اتوار صبح گیارہ بجے گاڑی دھونی ہے", """+ "گاڑی دھونی" due=2026-11-29T11:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=SU"""), // add
        new("دو کام ایڈ کرو: سبزی لانا اور بجلی والے کو فون کرنا، دونوں کل شام چھ بجے", """+ "سبزی لانا" due=2026-11-29T18:00 ; + "بجلی والے کو فون کرنا" due=2026-11-29T18:00"""), // add
        new("آج رات آٹھ بجے کتاب واپس کرنی ہے >> نہیں، نو بجے", """+ "کتاب واپس کرنی" due=2026-11-28T21:00"""), // add
        new("ہر پیر اور جمعرات صبح سات بجے جم جانا ہے، ٹیگ health لگا دو", """+ "جم جانا" due=2026-11-30T07:00 tags=[health] rule=FREQ=WEEKLY;BYDAY=MO,TH"""), // add
        new("دس دسمبر کو ٹیکس فائل کرنا ہے، نوٹ میں لکھ دو: اکاؤنٹنٹ سے کاغذات لینے ہیں", """+ "ٹیکس فائل کرنا" due=2026-12-10T09:00 desc="اکاؤنٹنٹ سے کاغذات لینے ہیں" """), // add

        new("ڈینٹسٹ والی اپائنٹمنٹ جمعرات شام پانچ بجے کر دو", """~ "Dentist appointment" due=2026-12-03T17:00"""), // update
        new("ٹاسک {Call mom} کی پرائیارٹی ہائی کر دو", """~ "Call mom" priority=high"""), // update
        new("گروسری والا کام دو دن آگے کر دو", """~ "Buy groceries" due=2026-11-30T18:00"""), // update
        new("ٹیم سٹینڈ اپ پر ایک نوٹ ڈال دو: زوم لنک ای میل میں ہے", """~ "Team standup" desc="زوم لنک ای میل میں ہے" """), // update
        new("پاسپورٹ والے ٹاسک کو دوبارہ کھول دو", """open "Renew passport" """), // update
        new("کوارٹرلی رپورٹ کو پیر صبح گیارہ بجے کر دو اور پرائیارٹی میڈیم کر دو", """~ "Submit quarterly report" due=2026-11-30T11:00 priority=medium"""), // update
        new("ڈینٹسٹ سے ایک دن پہلے یاد دلانا", """~ "Dentist appointment" remind=2026-12-03T15:00"""), // update

        new("امی سے بات ہو گئی", """done "Call mom" """), // complete
        new("گروسری لے آیا ہوں ✅", """done "Buy groceries" """), // complete
        new("ٹاسک {Renew passport} ڈیلیٹ کر دو", """- "Renew passport" """), // complete
        new("رپورٹ جمع کروا دی", """done "Submit quarterly report" """), // complete
        new("ڈینٹسٹ والا ٹاسک مٹا دو >> جی ہاں", """- "Dentist appointment" """), // complete

        new("سارے مکمل شدہ کام ڈیلیٹ کر دو >> جی ہاں", """- "Pay electricity bill" ; - "Renew passport" """), // bulk
        new("آج کے سارے کام کل پر ڈال دو >> نہیں", "="), // bulk
        new("گروسری والا کام مکمل کر دو >> واپس کر دو", "="), // bulk

        new("آج کیا کیا کرنا ہے؟", "list due=today"), // list
        new("شکریہ!", "="), // list
        new("میرے ہائی پرائیارٹی کام دکھاؤ", "list priority=high"), // list
    ];

    public static readonly IReadOnlyList<JudgedPhrasing> RomanUrdu =
    [
        new("kal subah 8 baje gym jana hai", """+ "Gym jana" due=2026-11-29T08:00"""), // add
        new("parson shaam 5 bje ammi ko doctor ke paas le jana hai", """+ "Ammi ko doctor ke paas le jana" due=2026-11-30T17:00"""), // add
        new("har itwar raat 9 baje laundry karni hai", """+ "Laundry karni" due=2026-11-29T21:00 rule=FREQ=WEEKLY;BYDAY=SU"""), // add
        new("somvar ko subah 11 bje client call hai, ek ghanta pehle yaad dila dena", """+ "Client call" due=2026-11-30T11:00 remind=2026-11-30T10:00"""), // add
        new("har mahine ki aakhri tareekh ko salary check karni hai", """+ "Salary check karni" due=2026-11-30T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1"""), // add
        new("har mahine ke teesre jumma ko committee ki meeting, shaam 7 baje", """+ "Committee ki meeting" due=2026-12-18T19:00 rule=FREQ=MONTHLY;BYDAY=3FR"""), // add
        new("kal se har teen din baad subah 11 bje paudon ko khaad dalni hai", """+ "Paudon ko khaad dalni" due=2026-11-29T11:00 rule=FREQ=DAILY;INTERVAL=3"""), // add
        new("add kro: bijli ka bill jama karwana, 5 december tak, tag bills", """+ "Bijli ka bill jama karwana" due=2026-12-05T09:00 tags=[bills]"""), // add
        new("do kaam likh lo: doodh lana aur istri karwana, dono kal subah 9 bje", """+ "Doodh lana" due=2026-11-29T09:00 ; + "Istri karwana" due=2026-11-29T09:00"""), // add
        new("aaj raat 8 baje Ali ko call karna hai >> nahi yaar 9 baje", """+ "Ali ko call karna" due=2026-11-28T21:00"""), // add
        new("har weekday subah 7:30 bje bachon ko school chhorna hai, 18 december tak", """+ "Bachon ko school chhorna" due=2026-11-30T07:30 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20261218"""), // add
        new("low priority: almari saaf karni hai", """+ "Almari saaf karni" priority=low"""), // add
        new("budh ko dopahar 2 bje bank jana hai, note likh do: cheque book sath le jana", """+ "Bank jana" due=2026-12-02T14:00 desc="cheque book sath le jana" """), // add

        new("dentist wali appointment ko jumeraat shaam 6 bje kr do", """~ "Dentist appointment" due=2026-12-03T18:00"""), // update
        new("groceries wala task 2 ghante aage kardo", """~ "Buy groceries" due=2026-11-28T20:00"""), // update
        new("task {Call mom} ka naam badal ke 'Call mom and dad' kr do", """~ "Call mom" title="Call mom and dad" """), // update
        new("standup ko sirf mon aur wed ko repeat kro", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=MO,WE"""), // update
        new("quarterly report pe urgent tag laga do", """~ "Submit quarterly report" tags=[work,urgent]"""), // update
        new("paudon ko pani wale task ki repeat band krdo", """~ "Water the plants" rule=null"""), // update
        new("passport wale kaam ki priority high kr do aur due date 10 december kr do", """~ "Renew passport" priority=high due=2026-12-10T09:00"""), // update

        new("ammi ko call kar li hai", """done "Call mom" """), // complete
        new("task {Team standup} delete krdo", """- "Team standup" """), // complete
        new("groceries le aaya, done kr do", """done "Buy groceries" """), // complete
        new("electricity bill wala task hata do >> haan", """- "Pay electricity bill" """), // complete

        new("saare work wale tasks done kr do >> haan", """done "Submit quarterly report" ; done "Team standup" """), // bulk
        new("sab completed tasks delete kar do >> nahi rehne do", "="), // bulk
        new("dentist ko high se low kr do >> wapas kar do", "="), // bulk

        new("mere pending kaam dikhao", "list status=pending"), // list
        new("kya ye app WhatsApp pe reminder bhej sakti hai?", "="), // list
        new("work tag wale kaam kaun kaun se hain", "list tag=work"), // list
    ];
}
