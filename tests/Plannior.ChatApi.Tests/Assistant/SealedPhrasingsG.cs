namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// Sealed held-out batch G: 60 English, 30 Urdu (Urdu script), 30 Roman Urdu, written on 3 December 2026 by an
/// independent writer who read only the writer's brief, the expectation language (StateSpec), the seed tasks, the
/// conversation judge, the JudgedPhrasing record, the sealed-batch file header and the product contract (API.md), never
/// the assistant's parser, tools or tables nor any other phrasing batch. English leans to casual phone typing (short,
/// lower case, "tmrw", "tmr", "wk", "mins", "hrs", typos in command words, emoji); Urdu to how people in Karachi and
/// Lahore type in Urdu script (English words in Urdu letters: میٹنگ، ریمائنڈر، ٹاسک، ڈیلیٹ، کمپلیٹ، پرائیورٹی), with Urdu
/// number words (دس، سات، ساڑھے پانچ، پونے گیارہ); Roman Urdu in varied spellings (kal/kl, bje/baje, krna/karna, h).
/// Each case starts from <see cref="SeedTasks"/> on the fixed clock (Saturday 28 November 2026, 10:00 Karachi) and is
/// judged only by the tasks it leaves behind (<see cref="StateSpec"/>); date-only phrases are due at 09:00 and a bare
/// "remind me" reminds at the due time.
/// Mix, like an app's real traffic: 50 adds (42%), 29 updates of seeded tasks (24%), 17 completes and deletes (14%),
/// 12 bulk actions with a yes/no turn or undo (10%), 12 listing questions and messages that must change nothing (10%).
/// It stays sealed until its single run.
/// </summary>
public static class SealedPhrasingsG
{
    public static readonly IReadOnlyList<JudgedPhrasing> English =
    [
        new("remind me to call ali tmrw at 5pm", """+ "Call ali" due=2026-11-29T17:00 remind=2026-11-29T17:00"""), // add
        new("add buy milk pls", """ + "Buy milk" """), // add
        new("pick up dry cleaning mon 6pm", """+ "Pick up dry cleaning" due=2026-11-30T18:00"""), // add
        new("renew car insurance dec 15, remind me a day before", """+ "Renew car insurance" due=2026-12-15T09:00 remind=2026-12-14T09:00"""), // add
        new("gym every weekday 7am", """+ "Gym" due=2026-11-30T07:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""), // add
        new("pay rent on the last day of every month, p1", """+ "Pay rent" due=2026-11-30T09:00 priority=high rule=FREQ=MONTHLY;BYMONTHDAY=-1"""), // add
        new("take meds every 2 days at 8am starting tmr", """+ "Take meds" due=2026-11-29T08:00 rule=FREQ=DAILY;INTERVAL=2"""), // add
        new("book club 3rd friday of every month 7pm", """+ "Book club" due=2026-12-18T19:00 rule=FREQ=MONTHLY;BYDAY=3FR"""), // add
        new("clean the fridge every other week starting monday", """+ "Clean the fridge" due=2026-11-30T09:00 rule=FREQ=WEEKLY;INTERVAL=2"""), // add
        new("call the bank in 2 hrs", """+ "Call the bank" due=2026-11-28T12:00"""), // add
        new("submit visa form fri 3pm, remind me 1 hr before", """+ "Submit visa form" due=2026-12-04T15:00 remind=2026-12-04T14:00"""), // add
        new("laundry tmrw at quarter to eleven #home", """+ "Laundry" due=2026-11-29T10:45 tags=[home]"""), // add
        new("prep slides for client mtg tue 11am high priority #work", """+ "Prep slides for client mtg" due=2026-12-01T11:00 priority=high tags=[work]"""), // add
        new("get a haircut, low priority, no date", """+ "Get a haircut" priority=low"""), // add
        new("add 2 things: return library books tmrw, and email hr on monday", """+ "Return library books" due=2026-11-29T09:00 ; + "Email hr" due=2026-11-30T09:00"""), // add
        new("change water filter in 3 days", """+ "Change water filter" due=2026-12-01T09:00"""), // add
        new("parent teacher meeting dec 10 4:30pm, remind me 30 mins before", """+ "Parent teacher meeting" due=2026-12-10T16:30 remind=2026-12-10T16:00"""), // add
        new("remidn me to take out the trash tonight at 9", """+ "Take out the trash" due=2026-11-28T21:00 remind=2026-11-28T21:00"""), // add
        new("fix bike brakes on dec 5, note: ask ahmed for the tool", """ + "Fix bike brakes" due=2026-12-05T09:00 desc="ask ahmed for the tool" """), // add
        new("call nani at half past seven tonight", """+ "Call nani" due=2026-11-28T19:30"""), // add
        new("order birthday cake for sara by thurs 5pm 🎂", """+ "Order birthday cake for sara" due=2026-12-03T17:00"""), // add
        new("can u add pay internet bill on the 5th of every month #bills", """+ "Pay internet bill" due=2026-12-05T09:00 tags=[bills] rule=FREQ=MONTHLY;BYMONTHDAY=5"""), // add
        new("yoga every tue and thu 6:30pm until dec 31", """+ "Yoga" due=2026-12-01T18:30 rule=FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261231"""), // add
        new("remind me to buy flowers at 4pm >> actually make it 5", """+ "Buy flowers" due=2026-11-28T17:00 remind=2026-11-28T17:00"""), // add
        new("check on the oven in 45 mins 🍕", """+ "Check on the oven" due=2026-11-28T10:45"""), // add
        new("move dentist to dec 7 same time", """~ "Dentist appointment" due=2026-12-07T15:00"""), // update
        new("push the quarterly report to mon 5pm", """~ "Submit quarterly report" due=2026-11-30T17:00"""), // update
        new("rename 'Buy groceries' to 'Weekly grocery run'", """ ~ "Buy groceries" title="Weekly grocery run" """), // update
        new("make call mom high priority", """~ "Call mom" priority=high"""), // update
        new("remove the due date from call mom", """~ "Call mom" due=null"""), // update
        new("tag the dentist appointment as health", """~ "Dentist appointment" tags=[health]"""), // update
        new("add a note to the quarterly report: use numbers from the finance sheet", """ ~ "Submit quarterly report" desc="use numbers from the finance sheet" """), // update
        new("reopen renew passport, still havent done it 😅", """ open "Renew passport" """), // update
        new("electricity bill isnt actually paid, mark it not done", """ open "Pay electricity bill" """), // update
        new("remind me about the dentist 2 hrs before", """~ "Dentist appointment" remind=2026-12-04T13:00"""), // update
        new("standup is at 10 now not 9:30", """~ "Team standup" due=2026-11-30T10:00"""), // update
        new("water the plants at 7am instead", """~ "Water the plants" due=2026-11-29T07:00"""), // update
        new("groceries r urgent, make it high prio and tag it urgent", """~ "Buy groceries" priority=high tags=[home,urgent]"""), // update
        new("move call mom to sunday 5pm >> actually make it 6", """~ "Call mom" due=2026-11-29T18:00"""), // update
        new("done with call mom ✅", """ done "Call mom" """), // complete
        new("finished the quarterly report finally", """ done "Submit quarterly report" """), // complete
        new("watered the plants", """ done "Water the plants" """), // complete
        new("mark task {Buy groceries} done", """ done "Buy groceries" """), // complete
        new("compelte team standup", """ done "Team standup" """), // complete
        new("delete Renew passport", """ - "Renew passport" """), // delete
        new("remove the dentist thing pls >> yes", """ - "Dentist appointment" """), // delete
        new("delte task {Pay electricity bill}", """ - "Pay electricity bill" """), // delete
        new("get rid of call mom, she's visiting instead >> yes", """ - "Call mom" """), // delete
        new("mark all my work tasks done >> yes", """ done "Submit quarterly report" ; done "Team standup" """), // bulk
        new("delete all completed tasks >> yes", """ - "Pay electricity bill" ; - "Renew passport" """), // bulk
        new("clear everything due today >> no", """="""), // bulk
        new("move everything due today to tmrw, same times >> yes", """~ "Buy groceries" due=2026-11-29T18:00 ; ~ "Submit quarterly report" due=2026-11-29T17:00"""), // bulk
        new("make all high priority tasks low >> yes", """~ "Dentist appointment" priority=low ; ~ "Submit quarterly report" priority=low"""), // bulk
        new("mark groceries done >> undo pls", """="""), // bulk
        new("whats on today?", """="""), // list
        new("show overdue stuff", """="""), // list
        new("thx 🙏", """="""), // none
        new("remind me tmrw", """="""), // none
        new("how many tasks left this wk", """="""), // list
        new("delete it", """="""), // none
    ];

    public static readonly IReadOnlyList<JudgedPhrasing> Urdu =
    [
        new("کل صبح دس بجے بینک جانا ہے، ریمائنڈر لگا دو", """+ "بینک جانا" due=2026-11-29T10:00 remind=2026-11-29T10:00"""), // add
        new("پیر کو شام ساڑھے پانچ بجے کلائنٹ میٹنگ ہے", """+ "کلائنٹ میٹنگ" due=2026-11-30T17:30"""), // add
        new("آج رات نو بجے دودھ لانا ہے", """+ "دودھ لانا" due=2026-11-28T21:00"""), // add
        new("روزانہ صبح سات بجے واک کا ریمائنڈر لگا دو", """+ "واک" due=2026-11-29T07:00 remind=2026-11-29T07:00 rule=FREQ=DAILY"""), // add
        new("ہر مہینے کی آخری تاریخ کو کرایہ دینا ہے", """+ "کرایہ دینا" due=2026-11-30T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1"""), // add
        new("جمعہ کو صبح پونے گیارہ بجے ڈاکٹر کے پاس جانا ہے، ایک گھنٹہ پہلے یاد دلانا", """+ "ڈاکٹر کے پاس جانا" due=2026-12-04T10:45 remind=2026-12-04T09:45"""), // add
        new("پیر سے جمعہ ہر روز شام چھ بجے جم جانا", """+ "جم جانا" due=2026-11-30T18:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""), // add
        new("پرسوں الیکٹریشن کو بلانا ہے، ہائی پرائیورٹی", """+ "الیکٹریشن کو بلانا" due=2026-11-30T09:00 priority=high"""), // add
        new("دو ٹاسک ایڈ کرو: کل سبزی لانا اور منگل کو گاڑی کی سروس کروانا", """+ "سبزی لانا" due=2026-11-29T09:00 ; + "گاڑی کی سروس کروانا" due=2026-12-01T09:00"""), // add
        new("پندرہ دسمبر کو شادی کا گفٹ خریدنا #family", """+ "شادی کا گفٹ خریدنا" due=2026-12-15T09:00 tags=[family]"""), // add
        new("ہر دوسرے ہفتے اتوار کو گھر کی صفائی، اس اتوار سے شروع", """+ "گھر کی صفائی" due=2026-11-29T09:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=SU"""), // add
        new("آدھے گھنٹے بعد یاد دلانا: کپڑے مشین سے نکالنا", """+ "کپڑے مشین سے نکالنا" due=2026-11-28T10:30 remind=2026-11-28T10:30"""), // add
        new("کل شام سات بجے نانی کے گھر جانا ہے >> نہیں، آٹھ بجے کر دو", """+ "نانی کے گھر جانا" due=2026-11-29T20:00"""), // add
        new("ڈینٹسٹ والی اپائنٹمنٹ سات دسمبر کو کر دو، ٹائم وہی رکھنا", """~ "Dentist appointment" due=2026-12-07T15:00"""), // update
        new("امی والی کال کی پرائیورٹی ہائی کر دو", """~ "Call mom" priority=high"""), // update
        new("گروسری والا ٹاسک آج شام سات بجے کر دو", """~ "Buy groceries" due=2026-11-28T19:00"""), // update
        new("کوارٹرلی رپورٹ میں نوٹ ڈال دو: فنانس سے نمبر لینے ہیں", """ ~ "Submit quarterly report" desc="فنانس سے نمبر لینے ہیں" """), // update
        new("پاسپورٹ والا ٹاسک دوبارہ اوپن کر دو، ابھی نہیں ہوا", """ open "Renew passport" """), // update
        new("امی کو کال والے ٹاسک سے ڈیٹ ہٹا دو", """~ "Call mom" due=null"""), // update
        new("اسٹینڈاپ میٹنگ کا ٹائم صبح دس بجے کر دو", """~ "Team standup" due=2026-11-30T10:00"""), // update
        new("امی کو فون کر لیا ✅", """ done "Call mom" """), // complete
        new("پودوں کو پانی دے دیا", """ done "Water the plants" """), // complete
        new("ٹاسک {Renew passport} ڈیلیٹ کر دو", """ - "Renew passport" """), // delete
        new("ڈینٹسٹ والا ٹاسک ڈیلیٹ کر دو >> ہاں", """ - "Dentist appointment" """), // delete
        new("سارے کمپلیٹ ہو چکے ٹاسک ڈیلیٹ کر دو >> ہاں", """ - "Pay electricity bill" ; - "Renew passport" """), // bulk
        new("ورک والے سارے ٹاسک کمپلیٹ کر دو >> نہیں", """="""), // bulk
        new("گروسری والا ٹاسک کمپلیٹ کر دو >> انڈو کر دو", """="""), // bulk
        new("آج کیا کیا کرنا ہے؟", """="""), // list
        new("شکریہ 😊", """="""), // none
        new("کون سے ٹاسک لیٹ ہو گئے ہیں؟", """="""), // list
    ];

    public static readonly IReadOnlyList<JudgedPhrasing> RomanUrdu =
    [
        new("kal subah 10 bje doctor ke paas jana yaad dila dena", """+ "Doctor ke paas jana" due=2026-11-29T10:00 remind=2026-11-29T10:00"""), // add
        new("aaj shaam saarhe paanch baje sabzi lene jana h", """+ "Sabzi lene jana" due=2026-11-28T17:30"""), // add
        new("har roz raat das baje dawai ka reminder laga do", """+ "Dawai" due=2026-11-28T22:00 remind=2026-11-28T22:00 rule=FREQ=DAILY"""), // add
        new("monday subah 11 bje client meeting h, 15 min pehle yaad krwana", """+ "Client meeting" due=2026-11-30T11:00 remind=2026-11-30T10:45"""), // add
        new("har mahine ki 1 tareekh ko internet ka bill dena #bills", """+ "Internet ka bill dena" due=2026-12-01T09:00 tags=[bills] rule=FREQ=MONTHLY;BYMONTHDAY=1"""), // add
        new("parso ammi ke liye dawai lana, high priority", """+ "Ammi ke liye dawai lana" due=2026-11-30T09:00 priority=high"""), // add
        new("har weekday subah aath baje gym jana", """+ "Gym jana" due=2026-11-30T08:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""), // add
        new("do kaam add kr do: kl car wash karwana aur budh ko bijli ka bill jama karwana", """+ "Car wash karwana" due=2026-11-29T09:00 ; + "Bijli ka bill jama karwana" due=2026-12-02T09:00"""), // add
        new("har dusre din subah 7 bje plants ko khaad dalna, kal se start", """+ "Plants ko khaad dalna" due=2026-11-29T07:00 rule=FREQ=DAILY;INTERVAL=2"""), // add
        new("20 december ko shaadi ka gift lena, note: budget 5000", """ + "Shaadi ka gift lena" due=2026-12-20T09:00 desc="budget 5000" """), // add
        new("ek ghante baad chai ka break", """+ "Chai ka break" due=2026-11-28T11:00"""), // add
        new("kal sham 6 bje nani ko call krna >> nahi 7 bje kr do", """+ "Nani ko call krna" due=2026-11-29T19:00"""), // add
        new("dentist wali appointment 9 december ko kr do same time", """~ "Dentist appointment" due=2026-12-09T15:00"""), // update
        new("call mom ki priority high kr do", """~ "Call mom" priority=high"""), // update
        new("buy groceries ka naam badal ke 'Ration lana' kr do", """ ~ "Buy groceries" title="Ration lana" """), // update
        new("quarterly report pe note likh do: manager ko cc krna", """ ~ "Submit quarterly report" desc="manager ko cc krna" """), // update
        new("passport renew wala task dubara open kr do", """ open "Renew passport" """), // update
        new("standup pe office ka tag bhi laga do", """~ "Team standup" tags=[work,office]"""), // update
        new("groceries se date hata do plz", """~ "Buy groceries" due=null"""), // update
        new("dentist se 1 din pehle remind krwana", """~ "Dentist appointment" remind=2026-12-03T15:00"""), // update
        new("ammi ko call kr li", """ done "Call mom" """), // complete
        new("report submit kr di ✅", """ done "Submit quarterly report" """), // complete
        new("task {Call mom} delete kr do", """ - "Call mom" """), // delete
        new("bijli ke bill wala task delete krdo >> haan", """ - "Pay electricity bill" """), // delete
        new("aaj ke sare tasks complete kr do >> haan", """ done "Buy groceries" ; done "Submit quarterly report" """), // bulk
        new("sab kuch delete kr do >> nahi", """="""), // bulk
        new("call mom ko done kr do >> undo kr do", """="""), // bulk
        new("kal kya kya h?", """="""), // list
        new("shukriya bhai", """="""), // none
        new("ye wala delete kr do", """="""), // none
    ];
}
