namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// Sealed held-out batch D: 60 English, 30 Urdu (Urdu script), 30 Roman Urdu, written on 2 December 2026 by an
/// independent writer who read only the expectation language (StateSpec), the seed tasks, the conversation judge,
/// the JudgedPhrasing record and the sealed-batch file header, never the assistant's parser, tools or tables nor any
/// earlier phrasing batch, as people type into a todo chat (typos, lower case, emoji, pleasantries, varied Roman Urdu
/// spellings, Urdu number words, English words inside Urdu sentences). Each case starts from <see cref="SeedTasks"/>
/// on the fixed clock (Saturday 28 November 2026, 10:00 Karachi) and is judged only by the tasks it leaves behind
/// (<see cref="StateSpec"/>); date-only phrases are due at 09:00 and a bare "remind me" reminds at the due time.
/// Mix, like an app's real traffic: 50 adds (42%), 29 updates of seeded tasks (24%), 17 completes and deletes (14%),
/// 12 bulk actions with a yes/no turn or undo (10%), 12 listing questions and messages that must change nothing (10%).
/// It stayed sealed until its single run (2 December 2026, 16:46 UTC, on main after the day's parser work):
/// 87/120 = 72.5% (English 49/60, Urdu 17/30, Roman Urdu 21/30), short of the 95% target. Six of the misses are
/// deletes by a loose title match that the assistant confirmed first, as the product requires, where the row expects
/// a one-turn delete. No expectation was changed; <see cref="ScoredBatchTests"/> holds the batch to its score.
/// </summary>
public static class SealedPhrasingsD
{
    public static readonly IReadOnlyList<JudgedPhrasing> English =
    [
        // Adds: dates, times, number words
        new("add pick up dry cleaning tmrw at 6pm", """+ "Pick up dry cleaning" due=2026-11-29T18:00"""),
        new("remind me to call the bank on monday at 11:30am", """+ "Call the bank" due=2026-11-30T11:30 remind=2026-11-30T11:30"""),
        new("need to book a haircut in 3 days", """+ "Book a haircut" due=2026-12-01T09:00"""),
        new("add buy a birthday gift for sara by thursday evening, 7pm", """+ "Buy a birthday gift for Sara" due=2026-12-03T19:00"""),
        new("todo: renew gym membership on the 15th", """+ "Renew gym membership" due=2026-12-15T09:00"""),
        new("add call the plumber in two hours", """+ "Call the plumber" due=2026-11-28T12:00"""),
        new("add 'send invoice to client' for wed 10am, high priority pls", """+ "Send invoice to client" due=2026-12-02T10:00 priority=high"""),
        new("add clean out the garage sunday 4pm, low priority", """+ "Clean out the garage" due=2026-11-29T16:00 priority=low"""),
        new("can u add order new glasses for the 2nd at half past two pm", """+ "Order new glasses" due=2026-12-02T14:30"""),
        // Adds: reminders, also relative to the due time
        new("add get the car serviced on dec 10 at 9:30am and remind me 1 hour before", """+ "Get the car serviced" due=2026-12-10T09:30 remind=2026-12-10T08:30"""),
        new("add flight to islamabad on friday 11 december at 6am, remind me the night before at 10pm", """+ "Flight to Islamabad" due=2026-12-11T06:00 remind=2026-12-10T22:00"""),
        new("add submit tax return by 31st december 5pm and remind me two days before", """+ "Submit tax return" due=2026-12-31T17:00 remind=2026-12-29T17:00"""),
        // Adds: tags and notes
        new("add pay the internet bill on tuesday at noon, tag it bills", """+ "Pay the internet bill" due=2026-12-01T12:00 tags=[bills]"""),
        new("add prepare slides for the review monday 3pm #work #presentation", """+ "Prepare slides for the review" due=2026-11-30T15:00 tags=[work,presentation]"""),
        new("add ask landlord about the leak tomorrow 10am, note: bathroom ceiling near the fan", """+ "Ask landlord about the leak" desc="bathroom ceiling near the fan" due=2026-11-29T10:00"""),
        // Adds: recurrence
        new("add take vitamins every day at 9pm", """+ "Take vitamins" due=2026-11-28T21:00 rule=FREQ=DAILY"""),
        new("add go to the gym every weekday at 7am 💪", """+ "Go to the gym" due=2026-11-30T07:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""),
        new("add mow the lawn every other saturday at 8am starting dec 5", """+ "Mow the lawn" due=2026-12-05T08:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"""),
        new("add book club on the first thursday of every month at 7pm", """+ "Book club" due=2026-12-03T19:00 rule=FREQ=MONTHLY;BYDAY=1TH"""),
        new("add pay rent on the last day of every month at 10am", """+ "Pay rent" due=2026-11-30T10:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1"""),
        new("add change the water filter every 10 days starting monday 9am", """+ "Change the water filter" due=2026-11-30T09:00 rule=FREQ=DAILY;INTERVAL=10"""),
        new("add arabic class every tuesday and thursday at 6pm until 17 december", """+ "Arabic class" due=2026-12-01T18:00 rule=FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20261217"""),
        // Adds: two in one message, and a correction in the next turn
        new("add two things: buy milk today at 4pm, and call the electrician tomorrow at 11am", """+ "Buy milk" due=2026-11-28T16:00 ; + "Call the electrician" due=2026-11-29T11:00"""),
        new("add dinner with ali tonight at 8pm >> actually make it 9", """+ "Dinner with Ali" due=2026-11-28T21:00"""),

        // Updates of seeded tasks
        new("move the dentist to monday at 11am", """~ "Dentist appointment" due=2026-11-30T11:00"""),
        new("push the quarterly report back by a day", """~ "Submit quarterly report" due=2026-11-29T17:00"""),
        new("rename call mom to video call with mom", """~ "Call mom" title="Video call with mom" """),
        new("the standup matters more now, make it high priority", """~ "Team standup" priority=high"""),
        new("groceries arent that important, lower the priority", """~ "Buy groceries" priority=low"""),
        new("tag the dentist appointment as health", """~ "Dentist appointment" tags=[health]"""),
        new("remove the work tag from the quarterly report", """~ "Submit quarterly report" tags=[]"""),
        new("add a note to buy groceries: eggs, bread and rice", """~ "Buy groceries" desc="eggs, bread and rice" """),
        new("water the plants every 2 days instead of daily", """~ "Water the plants" rule=FREQ=DAILY;INTERVAL=2"""),
        new("standup is only mon wed fri from now on", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=MO,WE,FR"""),
        new("remind me about the dentist 2 hours before", """~ "Dentist appointment" remind=2026-12-04T13:00"""),
        new("call mom doesn't need a date, clear it", """~ "Call mom" due=null"""),
        new("oops i didnt actually renew my passport, reopen it", """open "Renew passport" """),
        new("change task {Buy groceries} to 7:30 pm today", """~ "Buy groceries" due=2026-11-28T19:30"""),
        new("stop repeating the plant watering", """~ "Water the plants" rule=null"""),

        // Completes and deletes: by title, by meaning, by id
        new("done with the quarterly report 🎉", """done "Submit quarterly report" """),
        new("called mom already", """done "Call mom" """),
        new("i watered the plants", """done "Water the plants" """),
        new("delete the dentist appointment, i cancelled it", """- "Dentist appointment" """),
        new("remove task {Renew passport}", """- "Renew passport" """),
        new("complete {Buy groceries} pls", """done "Buy groceries" """),
        new("get rid of the electricity bill task", """- "Pay electricity bill" """),
        new("mark standup as finished", """done "Team standup" """),
        new("bought the groceries, tick that off. and delete call mom", """done "Buy groceries" ; - "Call mom" """),

        // Bulk actions with a confirmation turn, and undo
        new("delete all my work tasks >> yes", """- "Submit quarterly report" ; - "Team standup" """),
        new("clear all completed tasks >> yes go ahead", """- "Pay electricity bill" ; - "Renew passport" """),
        new("mark everything due today as done >> yes", """done "Buy groceries" ; done "Submit quarterly report" """),
        new("delete all my tasks >> no wait, don't", "="),
        new("delete call mom >> undo that", "="),
        new("delete all completed tasks >> yes >> undo, bring them both back", "="),

        // Listing questions and messages that change nothing
        new("what's due today?", "list due=today"),
        new("show me my work stuff", "list tag=work"),
        new("what have i already finished", "list status=completed"),
        new("anything high priority still pending?", "list status=pending priority=high"),
        new("thanks, that's all for now 😊", "="),
        new("what's the capital of australia?", "="),
    ];

    public static readonly IReadOnlyList<JudgedPhrasing> Urdu =
    [
        // Adds
        new("""کل شام چھ بجے "Car wash" کا ٹاسک بنا دیں""", """+ "Car wash" due=2026-11-29T18:00"""),
        new("ٹاسک شامل کریں: بینک جانا، پیر صبح ساڑھے دس بجے", """+ "بینک جانا" due=2026-11-30T10:30"""),
        new("ٹاسک: دوائی لینا، آج رات نو بجے، مجھے یاد دلا دینا", """+ "دوائی لینا" due=2026-11-28T21:00 remind=2026-11-28T21:00"""),
        new("نیا کام: بجلی والے کو فون کرنا، تین دن بعد دوپہر دو بجے", """+ "بجلی والے کو فون کرنا" due=2026-12-01T14:00"""),
        new("ٹاسک بنائیں 'کپڑے استری کرنا' پرسوں شام سوا پانچ بجے، priority high", """+ "کپڑے استری کرنا" due=2026-11-30T17:15 priority=high"""),
        new("روزانہ صبح سات بجے 'واک پر جانا' add کر دیں", """+ "واک پر جانا" due=2026-11-29T07:00 rule=FREQ=DAILY"""),
        new("ہر جمعہ دوپہر ڈیڑھ بجے 'Jumma prayer' کا ٹاسک بنا دو", """+ "Jumma prayer" due=2026-12-04T13:30 rule=FREQ=WEEKLY;BYDAY=FR"""),
        new("ٹاسک: 'کمیٹی کے پیسے دینا'، ہر مہینے کی آخری تاریخ کو شام چار بجے", """+ "کمیٹی کے پیسے دینا" due=2026-11-30T16:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1"""),
        new("ہر دو ہفتے بعد بدھ کو شام سات بجے 'گھر کی صفائی' کا کام ڈال دو", """+ "گھر کی صفائی" due=2026-12-02T19:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"""),
        new("'انگریزی کلاس' ہر پیر شام پانچ بجے، 21 دسمبر تک", """+ "انگریزی کلاس" due=2026-11-30T17:00 rule=FREQ=WEEKLY;BYDAY=MO;UNTIL=20261221"""),
        new("'ڈاکٹر کے پاس جانا' 10 دسمبر کو صبح دس بجے، ایک گھنٹہ پہلے یاد دلا دینا", """+ "ڈاکٹر کے پاس جانا" due=2026-12-10T10:00 remind=2026-12-10T09:00"""),
        new("'بچوں کی فیس جمع کرانا' ٹاسک شامل کریں، جمعرات صبح گیارہ بجے، نوٹ: اسکول کے اکاؤنٹ میں", """+ "بچوں کی فیس جمع کرانا" desc="اسکول کے اکاؤنٹ میں" due=2026-12-03T11:00"""),
        new("دو کام add کرو: 'دودھ لانا' آج شام پانچ بجے اور 'گاڑی کی سروس' منگل صبح نو بجے", """+ "دودھ لانا" due=2026-11-28T17:00 ; + "گاڑی کی سروس" due=2026-12-01T09:00"""),

        // Updates of seeded tasks
        new("ڈینٹسٹ والی اپائنٹمنٹ منگل شام چار بجے کر دیں", """~ "Dentist appointment" due=2026-12-01T16:00"""),
        new("امی کو فون والے کام کو high priority کر دو", """~ "Call mom" priority=high"""),
        new("گروسری والے ٹاسک میں نوٹ لکھ دو: آٹا اور چینی", """~ "Buy groceries" desc="آٹا اور چینی" """),
        new("کوارٹرلی رپورٹ کا ٹائم آج شام سات بجے کر دیں", """~ "Submit quarterly report" due=2026-11-28T19:00"""),
        new("پودوں کو پانی دینے والا کام اب روز نہیں، صرف ہر اتوار صبح آٹھ بجے", """~ "Water the plants" rule=FREQ=WEEKLY;BYDAY=SU"""),
        new("اسٹینڈ اپ سے work کا ٹیگ ہٹا دو", """~ "Team standup" tags=[]"""),
        new("پاسپورٹ والا کام دوبارہ کھول دیں، ابھی رینیو نہیں ہوا", """open "Renew passport" """),

        // Completes and deletes
        new("امی کو فون کر لیا ہے", """done "Call mom" """),
        new("ڈینٹسٹ والا ٹاسک ڈیلیٹ کر دیں", """- "Dentist appointment" """),
        new("ٹاسک {Submit quarterly report} مکمل ہو گیا", """done "Submit quarterly report" """),
        new("بجلی کے بل والا ٹاسک حذف کر دو، اب اس کی ضرورت نہیں", """- "Pay electricity bill" """),

        // Bulk actions with a confirmation turn
        new("سارے مکمل شدہ کام ڈیلیٹ کر دو >> جی ہاں", """- "Pay electricity bill" ; - "Renew passport" """),
        new("work والے سارے ٹاسک مکمل کر دو >> ہاں", """done "Submit quarterly report" ; done "Team standup" """),
        new("میرے سارے کام ڈیلیٹ کر دو >> نہیں، رہنے دو", "="),

        // Listing questions and messages that change nothing
        new("آج کیا کیا کرنا ہے؟", "list due=today"),
        new("کون سے کام رہ گئے ہیں جن کی تاریخ گزر چکی ہے؟", "list status=pending due=overdue"),
        new("شکریہ، بہت مدد ہو گئی 🙏", "="),
    ];

    public static readonly IReadOnlyList<JudgedPhrasing> RomanUrdu =
    [
        // Adds
        new("kal subah 11 baje 'Car insurance renew' ka task bana do", """+ "Car insurance renew" due=2026-11-29T11:00"""),
        new("task add kr do: Darzi se kapray lene, monday sham 5 baje", """+ "Darzi se kapray lene" due=2026-11-30T17:00"""),
        new("yaar 'Ammi ki dawai' aaj raat 10 baje add kar dena aur yaad bhi dila dena", """+ "Ammi ki dawai" due=2026-11-28T22:00 remind=2026-11-28T22:00"""),
        new("'Presentation ready karni' ka task daal do parson dopahar dhai baje, high priority", """+ "Presentation ready karni" due=2026-11-30T14:30 priority=high"""),
        new("har roz raat 9 baje 'Diary likhna' add krna", """+ "Diary likhna" due=2026-11-28T21:00 rule=FREQ=DAILY"""),
        new("'Gym' har weekday subah sawa saat baje add kr do", """+ "Gym" due=2026-11-30T07:15 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""),
        new("'Gas ka bill' har mahine ki aakhri tareekh ko subah 10 baje add kar do", """+ "Gas ka bill" due=2026-11-30T10:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1"""),
        new("'Family dinner' har mahine ke pehle itwaar ko sham 8 baje, add kr dein", """+ "Family dinner" due=2026-12-06T20:00 rule=FREQ=MONTHLY;BYDAY=1SU"""),
        new("'Plants ko khaad dalni' har dusre saturday subah 9 baje, 5 december se shuru", """+ "Plants ko khaad dalni" due=2026-12-05T09:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"""),
        new("'Tuition class' har monday wednesday friday sham 4 baje, 18 dec tak", """+ "Tuition class" due=2026-11-30T16:00 rule=FREQ=WEEKLY;BYDAY=MO,WE,FR;UNTIL=20261218"""),
        new("'Uni fee jama karani' 12 dec ko dopahar 12 baje, ek din pehle yaad dila dena", """+ "Uni fee jama karani" due=2026-12-12T12:00 remind=2026-12-11T12:00"""),
        new("'Cousin ki shadi ka gift' add kr do 24 december ke liye, note: budget 5000 tak", """+ "Cousin ki shadi ka gift" desc="budget 5000 tak" due=2026-12-24T09:00"""),
        new("do task add kro: 'Anday lane' aaj sham 6 baje aur 'Bike ki service' kal subah 10 baje", """+ "Anday lane" due=2026-11-28T18:00 ; + "Bike ki service" due=2026-11-29T10:00"""),

        // Updates of seeded tasks
        new("dentist wali appointment ko jumeraat sham 6 baje kr do", """~ "Dentist appointment" due=2026-12-03T18:00"""),
        new("call mom ka naam badal kr 'Ammi ko call' kar do", """~ "Call mom" title="Ammi ko call" """),
        new("groceries wale task pe 'weekend' tag bhi laga do", """~ "Buy groceries" tags=[home,weekend]"""),
        new("quarterly report ki priority low kr do, boss ne time de diya", """~ "Submit quarterly report" priority=low"""),
        new("standup ka reminder 15 minute pehle laga do", """~ "Team standup" remind=2026-11-30T09:15"""),
        new("water the plants wala task har teesre din kr do", """~ "Water the plants" rule=FREQ=DAILY;INTERVAL=3"""),
        new("bijli ka bill wala task dobara open kr do, payment fail ho gayi thi", """open "Pay electricity bill" """),

        // Completes and deletes
        new("groceries le aaya hun ✅", """done "Buy groceries" """),
        new("passport wala task delete kr do", """- "Renew passport" """),
        new("task {Call mom} ho gaya", """done "Call mom" """),
        new("standup wala task hi hata do, ab woh meeting nahi hoti", """- "Team standup" """),

        // Bulk actions with a confirmation turn, and undo
        new("saare completed tasks delete kar do >> haan kar do", """- "Pay electricity bill" ; - "Renew passport" """),
        new("aaj ke saare kaam done kr do >> ji haan", """done "Buy groceries" ; done "Submit quarterly report" """),
        new("dentist wala task delete kro >> oh nahi, undo kr do", "="),

        // Listing questions and messages that change nothing
        new("meri high priority wali list dikhao", "list priority=high"),
        new("work wale kaam dikhao zara", "list tag=work"),
        new("kya tum mere liye pizza order kar sakte ho?", "="),
    ];
}
