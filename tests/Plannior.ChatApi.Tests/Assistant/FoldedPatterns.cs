namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// The patterns behind the fresh batch's first-run misses (<see cref="FreshPhrasings"/>), each said again with other
/// tasks, days and words, so a fix counts only when it reads the pattern and not the one sentence it was seen in.
/// </summary>
public static class FoldedPatterns
{
    public static readonly IReadOnlyList<JudgedPhrasing> All =
    [
        // a priority said as whose tasks is the filter of a bulk change, never the change
        new("high priority wale saare kaam parson pe shift kar do >> haan", """~ "Dentist appointment" due=2026-11-30T15:00 ; ~ "Submit quarterly report" due=2026-11-30T17:00"""),
        new("move all high priority tasks to monday >> yes", """~ "Dentist appointment" due=2026-11-30T15:00 ; ~ "Submit quarterly report" due=2026-11-30T17:00"""),
        // a bare list of ids is one batch, confirmed first
        new("delete {Call mom} and {Renew passport} >> yes", """- "Call mom" ; - "Renew passport" """),
        new("complete {Buy groceries} and {Call mom} >> no", "="),
        new("delete {Buy groceries} and {Call mom} >> no wait", "="),
        new("set {Call mom} to high priority >> oops undo that", "="),
        // request words left out of titles
        new("kal subah 8 baje yaad dila dena ke doodh lena hai", """+ "Doodh lena" due=2026-11-29T08:00 remind=2026-11-29T08:00"""),
        new("مجھے کل شام پانچ بجے یاد دلا دینا کہ بل جمع کرانا ہے", """+ "بل جمع کرانا" due=2026-11-29T17:00 remind=2026-11-29T17:00"""),
        new("bohat zaroori hai, parson tak passport photo khinchwani hai", """+ "Passport photo khinchwani" due=2026-11-30T09:00 priority=high"""),
        new("add yoga every friday at 6pm until the end of january", """+ "Yoga" due=2026-12-04T18:00 rule=FREQ=WEEKLY;BYDAY=FR;UNTIL=20270131T185959Z"""),
        // a reminder some time before a new task is due
        new("renew car insurance dec 20, remind me 2 days before", """+ "Renew car insurance" due=2026-12-20T09:00 remind=2026-12-18T09:00"""),
        new("dinner with sara friday 8pm, remind me an hour before", """+ "Dinner with sara" due=2026-12-04T20:00 remind=2026-12-04T19:00"""),
        // two tasks in one bare message, each with its own verb
        new("buy flowers tomorrow and call the electrician on monday", """+ "Buy flowers" due=2026-11-29T09:00 ; + "Call the electrician" due=2026-11-30T09:00"""),
        new("doodh lena hai aur bijli ka bill bharna hai", """+ "Doodh lena" ; + "Bijli ka bill bharna" """),
        // completions in the past tense
        new("called mom finally", """done "Call mom" """),
        new("{Call mom} والا کام کر لیا ہے", """done "Call mom" """),
        // changes worded freely
        new("raise the groceries to high priority", """~ "Buy groceries" priority=high"""),
        new("change the standup to every monday", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=MO"""),
        new("groceries should be at 7pm from now on", """~ "Buy groceries" due=2026-11-28T19:00"""),
        new("groceries wala kaam agle jumma ko kar do", """~ "Buy groceries" due=2026-12-04T18:00"""),
        new("groceries pe shopping ka tag bhi laga do", """~ "Buy groceries" tags=[home,shopping]"""),
        new("dentist wale task mein note daal do: bring the x-ray", """~ "Dentist appointment" desc="bring the x-ray" """),
        new("groceries ka reminder aadha ghanta pehle laga do", """~ "Buy groceries" remind=2026-11-28T17:30"""),
        new("passport wala kaam dobara open kar do", """open "Renew passport" """),
        new("کام {Submit quarterly report} سے work والا ٹیگ ہٹا دیں", """~ "Submit quarterly report" tags=[]"""),
        // bulk by a filter
        new("tick off everything that's overdue >> yes", """done "Call mom" """),
        new("wipe out all completed tasks >> yes", """- "Pay electricity bill" ; - "Renew passport" """),
        new("show me the tasks i've already finished", "list status=completed"),
        // Urdu repeats: a weekday span, a starting date
        new("پیر سے جمعہ صبح آٹھ بجے ورزش کرنی ہے", """+ "ورزش کرنی" due=2026-11-30T08:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""),
        new("پندرہ دسمبر سے ہر منگل کو قرآن کی کلاس", """+ "قرآن کی کلاس" due=2026-12-15T09:00 rule=FREQ=WEEKLY;BYDAY=TU"""),
        // (fold3) the dev and sealed batches' misses, each pattern said again with other tasks, days and words
        // a task named only by what was done, said as done
        new("the quarterly report has been submitted", """done "Submit quarterly report" """),
        new("talked to mom", """done "Call mom" """),
        new("standup ✅", """done "Team standup" """),
        new("groceries le aaya hoon", """done "Buy groceries" """),
        new("دانتوں کے ڈاکٹر کے پاس ہو آیا ہوں", """done "Dentist appointment" """),
        // weekday lists as repeats, and as a repeat's new days
        new("add swimming on tuesdays thursdays and saturdays at 6pm", """+ "Swimming" due=2026-11-28T18:00 rule=FREQ=WEEKLY;BYDAY=TU,TH,SA"""),
        new("yoga class every 2 weeks on sunday at 8am", """+ "Yoga class" due=2026-11-29T08:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=SU"""),
        new("make the standup only tuesdays and thursdays", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=TU,TH"""),
        new("standup ab sirf mangal aur jumeraat ko hoga", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=TU,TH"""),
        new("کام {Team standup} اب صرف منگل اور جمعہ کو ہوا کرے گا", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=TU,FR"""),
        new("20 december se har itwar ko tennis, subah 7 baje", """+ "Tennis" due=2026-12-20T07:00 rule=FREQ=WEEKLY;BYDAY=SU"""),
        // a reminder some time before the due time, of a new task or of one that exists
        new("lunch with sana monday 1pm - ping me an hour before", """+ "Lunch with sana" due=2026-11-30T13:00 remind=2026-11-30T12:00"""),
        new("ping me two hours before the dentist", """~ "Dentist appointment" remind=2026-12-04T13:00"""),
        new("parson shaam 6 baje mehndi hai, aadha ghanta pehle remind kar dena", """+ "Mehndi" due=2026-11-30T18:00 remind=2026-11-30T17:30"""),
        new("پانچ تاریخ کو گاڑی کی قسط دینی ہے، ایک دن پہلے یاد کرا دینا", """+ "گاڑی کی قسط دینی" due=2026-12-05T09:00 remind=2026-12-04T09:00"""),
        new("standup سے آدھا گھنٹہ پہلے یاد دہانی لگا دیں", """~ "Team standup" remind=2026-11-30T09:00"""),
        // tags put on and taken off
        new("put a #urgent tag on the dentist", """~ "Dentist appointment" tags=[urgent]"""),
        new("take the work tag off the standup", """~ "Team standup" tags=[]"""),
        new("کام {Team standup} کا work ٹیگ اتار دیں", """~ "Team standup" tags=[]"""),
        new("dentist پر 'صحت' کا ٹیگ لگا دیں", """~ "Dentist appointment" tags=[صحت]"""),
        new("gutter saaf karwana hai, tag laga do ghar aur maintenance", """+ "Gutter saaf karwana" tags=[ghar,maintenance]"""),
        // changes of day and priority worded freely
        new("could we move the standup to wednesday", """~ "Team standup" due=2026-12-02T09:30"""),
        new("the dentist can wait until next week", """~ "Dentist appointment" due=2026-11-30T15:00"""),
        new("call mom والا کام اتوار کو کر دیں", """~ "Call mom" due=2026-11-29T17:00"""),
        new("dentist ko 10 tareekh pe kar do", """~ "Dentist appointment" due=2026-12-10T15:00"""),
        new("standup ko high priority kar do", """~ "Team standup" priority=high"""),
        new("groceries والے کام کی ترجیح سب سے اونچی کر دیں", """~ "Buy groceries" priority=high"""),
        // every task a filter finds, with a clause after it
        new("everything tagged work is finished, mark them all >> yes", """done "Submit quarterly report" ; done "Team standup" """),
        new("reopen all the tasks i've finished >> yes", """open "Pay electricity bill" ; open "Renew passport" """),
        new("work wale saare kaam parson pe daal do >> haan", """~ "Submit quarterly report" due=2026-11-30T17:00"""),
        new("جتنے کام لیٹ ہیں سب کل پر کر دیں >> جی ہاں کر دیں", """~ "Call mom" due=2026-11-29T17:00"""),
        // a note after the task, in each language's way of writing it
        new("add renew car registration - notes: bring the old papers", """+ "Renew car registration" desc="bring the old papers" """),
        new("plumber ko bulana hai, note likh do: kitchen ka nalka", """+ "Plumber ko bulana" desc="kitchen ka nalka" """),
        new("بینک جانا ہے، نوٹ: چیک بک ساتھ لے جانی ہے", """+ "بینک جانا" desc="چیک بک ساتھ لے جانی ہے" """),
        // lists announced by their count or their day
        new("do kaam add karo: gaari dhulwana aur bill jama karna", """+ "Gaari dhulwana" ; + "Bill jama karna" """),
        new("یہ دو کام لکھ لیں: چابی بنوانی، اور پردے دھلوانے", """+ "چابی بنوانی" ; + "پردے دھلوانے" """),
        new("three things: buy stamps, call the bank, and book a cab", """+ "Buy stamps" ; + "Call the bank" ; + "Book a cab" """),
        new("tomorrow: dentist checkup at 11am, then gym at 6pm", """+ "Dentist checkup" due=2026-11-29T11:00 ; + "Gym" due=2026-11-29T18:00"""),
        // what a task was, said beside what it becomes
        new("water the plants weekly on sundays instead of every day", """~ "Water the plants" rule=FREQ=WEEKLY;BYDAY=SU"""),
        new("plants ko paani rozana ki bajaye har hafte dena hai", """~ "Water the plants" rule=FREQ=WEEKLY"""),
        new("پودوں کو پانی روزانہ کے بجائے ہر دو دن بعد دینا ہے", """~ "Water the plants" rule=FREQ=DAILY;INTERVAL=2"""),
        // undo and search in Urdu's ways
        new("دودھ لانا ہے >> اسے انڈو کر دیں", "="),
        new("kal dhobi ko kapray dene hain >> ye wala undo kar do", "="),
        new("report wala kaam dhoondh kar dikhao", "list query=report"),
        // a second clause that points back at the task the first one named
        new("the report isn't urgent anymore, set it to low", """~ "Submit quarterly report" priority=low"""),
        new("i haven't actually renewed the passport, unmark it", """open "Renew passport" """),
        new("we don't need the dentist anymore, delete it >> yes", """- "Dentist appointment" """),
        new("groceries wala task delete kar do, ab zaroorat nahi >> haan", """- "Buy groceries" """),
        new("پاسپورٹ والا کام مٹا دیں، اب ضرورت نہیں >> جی ہاں", """- "Renew passport" """),
        // a weekday two letters off, and a task after a sentence that only says why
        new("add 'pick up dry cleaning' on wedensday", """+ "Pick up dry cleaning" due=2026-12-02T09:00"""),
        new("the kitchen tap is leaking again. call the plumber on monday at 9am", """+ "Call the plumber" due=2026-11-30T09:00"""),
        // a date the task no longer needs
        new("the dentist doesn't need a deadline, i'll book it later", """~ "Dentist appointment" due=null"""),
        new("groceries no longer needs a date", """~ "Buy groceries" due=null"""),
        // (fold4) batch D's first-run misses, each pattern said again with other tasks, days and words
        // a heading that only says "a task", then the task, then its details clause by clause
        new("نیا ٹاسک: درزی سے کپڑے لینا، منگل شام چھ بجے", """+ "درزی سے کپڑے لینا" due=2026-12-01T18:00"""),
        new("کام شامل کریں: گیس کا بل جمع کرانا، کل صبح دس بجے", """+ "گیس کا بل جمع کرانا" due=2026-11-29T10:00"""),
        new("ٹاسک: گاڑی کی قسط دینا، کل رات آٹھ بجے، مجھے یاد دلا دینا", """+ "گاڑی کی قسط دینا" due=2026-11-29T20:00 remind=2026-11-29T20:00"""),
        new("naya kaam: car wash karwani, jumeraat ko subah 11 baje", """+ "Car wash karwani" due=2026-12-03T11:00"""),
        new("task likh do: dhobi se kapray lene, kal sham 7 baje", """+ "Dhobi se kapray lene" due=2026-11-29T19:00"""),
        new("new task: renew the gym membership, monday 6pm", """+ "Renew the gym membership" due=2026-11-30T18:00"""),
        // an Urdu weekday with a time of day after it, in a new task and in a change
        new("'استری کرنا' ٹاسک شامل کریں، اتوار شام پانچ بجے", """+ "استری کرنا" due=2026-11-29T17:00"""),
        new("call mom والا کام جمعہ صبح دس بجے کر دیں", """~ "Call mom" due=2026-12-04T10:00"""),
        // a part of the day, then the time it means; a short weekday after "for"
        new("add pick up the suit by friday evening, 6pm", """+ "Pick up the suit" due=2026-12-04T18:00"""),
        new("add 'book the hall' for thu 3pm", """+ "Book the hall" due=2026-12-03T15:00"""),
        // an emoji closing the message is not part of the title
        new("add swim laps on sunday at 6am 🏊‍♂️", """+ "Swim laps" due=2026-11-29T06:00"""),
        new("کل صبح سات بجے دوائی لینی ہے 💊", """+ "دوائی لینی" due=2026-11-29T07:00"""),
        // Roman Urdu repeats with the days named in English, "har weekday", every nth day
        new("'Swimming' har tuesday thursday sham 6 baje", """+ "Swimming" due=2026-12-01T18:00 rule=FREQ=WEEKLY;BYDAY=TU,TH"""),
        new("'Yoga' har weekday subah 6 baje add kar do", """+ "Yoga" due=2026-11-30T06:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""),
        new("'Family lunch' har dusre sunday dopahar 1 baje", """+ "Family lunch" due=2026-11-29T13:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=SU"""),
        new("call mom wala task har chauthe din kr do", """~ "Call mom" rule=FREQ=DAILY;INTERVAL=4"""),
        new("'بستر کی چادر بدلنا' ہر تیسرے دن", """+ "بستر کی چادر بدلنا" due=2026-11-29T09:00 rule=FREQ=DAILY;INTERVAL=3"""),
        // an Urdu interval of weeks, then its day
        new("ہر تین ہفتے بعد جمعہ کو 'گاڑی دھلوانا' کا کام ڈال دو", """+ "گاڑی دھلوانا" due=2026-12-04T09:00 rule=FREQ=WEEKLY;INTERVAL=3;BYDAY=FR"""),
        new("har 2 hafte baad itwar ko 'Ghar ki safai'", """+ "Ghar ki safai" due=2026-11-29T09:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=SU"""),
        // a repeat changed to "only every <day>"
        new("standup اب روز نہیں، صرف ہر جمعہ", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=FR"""),
        new("call mom ab sirf har itwar ko", """~ "Call mom" rule=FREQ=WEEKLY;BYDAY=SU"""),
        new("call mom only every sunday", """~ "Call mom" rule=FREQ=WEEKLY;BYDAY=SU"""),
        // "کا ٹائم": the time of the task named
        new("dentist کا ٹائم کل شام پانچ بجے کر دیں", """~ "Dentist appointment" due=2026-11-29T17:00"""),
        // a closing clause telling what someone else did is why, not a completion
        new("dentist ki priority low kar do, doctor ne date aage kar di", """~ "Dentist appointment" priority=low"""),
        new("report کی ترجیح کم کر دیں، باس نے مہلت دے دی ہے", """~ "Submit quarterly report" priority=low"""),
        // a remark naming the task, then a change that names none
        new("the standup matters more now, raise the priority", """~ "Team standup" priority=high"""),
        // tasks listed by whose they are
        new("show me my home stuff", "list tag=home"),
        new("home wale kaam dikhao zara", "list tag=home"),
        new("bills والے کام دکھائیں", "list tag=bills"),
        new("کون سے کام باقی ہیں جن کی تاریخ گزر گئی ہے؟", "list status=pending due=overdue"),
        // (fold5) patterns where unseen batches miss most, written fresh (not taken from any batch), each in the languages it is said in
        // Urdu and Roman Urdu changes closed by "kar dein/kar do": a day, a time, a priority, a name, tags (English words in Urdu letters too)
        new("dentist wala kaam somvar ko kar dein", """~ "Dentist appointment" due=2026-11-30T15:00"""),
        new("call mom ko parson shaam 6 baje kar do", """~ "Call mom" due=2026-11-30T18:00"""),
        new("رپورٹ والا کام پیر کو کر دیں", """~ "Submit quarterly report" due=2026-11-30T17:00"""),
        new("groceries ki priority high kar dein", """~ "Buy groceries" priority=high"""),
        new("پودوں والے کام کی ترجیح کم کر دیں", """~ "Water the plants" priority=low"""),
        new("call mom ka naam 'Call ammi' kar do", """~ "Call mom" title="Call ammi" """),
        new("کام {Call mom} کا نام بدل کر 'امی کو فون' کر دیں", """~ "Call mom" title="امی کو فون" """),
        new("dentist pe health ka tag laga dein", """~ "Dentist appointment" tags=[health]"""),
        new("رپورٹ سے work کا ٹیگ ہٹا دیں", """~ "Submit quarterly report" tags=[]"""),
        new("standup ke saare tags hata do", """~ "Team standup" tags=[]"""),
        new("untag the report, it isn't work anymore", """~ "Submit quarterly report" tags=[]"""),
        new("ڈینٹسٹ کی پرائیورٹی کم کر دیں", """~ "Dentist appointment" priority=low"""),
        // corrections and follow-ups: a bare hour or day after a new or moved task changes it; "it", "wo wala", "اسے"
        new("add yoga tomorrow at 6pm >> actually make it 7", """+ "Yoga" due=2026-11-29T19:00"""),
        new("kal subah 8 baje gym jana hai >> nahi, 9 baje", """+ "Gym jana" due=2026-11-29T09:00"""),
        new("کل شام چھ بجے درزی سے کپڑے لینے ہیں >> نہیں، سات بجے", """+ "درزی سے کپڑے لینے" due=2026-11-29T19:00"""),
        new("move the dentist to monday >> actually tuesday", """~ "Dentist appointment" due=2026-12-01T15:00"""),
        new("add book the car service on monday >> no wait, wednesday", """+ "Book the car service" due=2026-12-02T09:00"""),
        new("standup wala kaam dikhao >> wo wala kal pe kar do", """~ "Team standup" due=2026-11-29T09:30"""),
        new("add pick up the cake on sunday >> set that one to high priority", """+ "Pick up the cake" due=2026-11-29T09:00 priority=high"""),
        new("standup wala kaam dikhao >> اسے منگل پر کر دیں", """~ "Team standup" due=2026-12-01T09:30"""),
        // two changes of one task in one message, each with its own verb
        new("move the report to monday and make it low priority", """~ "Submit quarterly report" due=2026-11-30T17:00 priority=low"""),
        new("report ko monday pe kar do aur priority low kar do", """~ "Submit quarterly report" due=2026-11-30T17:00 priority=low"""),
        new("standup wala kaam dikhao >> usay kal sham 6 baje kar do aur priority high kar do", """~ "Team standup" due=2026-11-29T18:00 priority=high"""),
        new("standup wala kaam dikhao >> اسے کل شام چھ بجے کر دیں اور ترجیح زیادہ کر دیں", """~ "Team standup" due=2026-11-29T18:00 priority=high"""),
        // reminders relative to the due time: a day, an hour, the night before at a time
        new("remind me about the dentist a day before", """~ "Dentist appointment" remind=2026-12-03T15:00"""),
        new("dentist ka reminder ek ghanta pehle laga do", """~ "Dentist appointment" remind=2026-12-04T14:00"""),
        new("ڈینٹسٹ کی یاد دہانی ایک دن پہلے لگا دیں", """~ "Dentist appointment" remind=2026-12-03T15:00"""),
        new("add pay rent on 5 december, remind me 2 days before", """+ "Pay rent" due=2026-12-05T09:00 remind=2026-12-03T09:00"""),
        new("5 december ko kiraya dena hai, do din pehle yaad dila dena", """+ "Kiraya dena" due=2026-12-05T09:00 remind=2026-12-03T09:00"""),
        new("پانچ دسمبر کو کرایہ دینا ہے، دو دن پہلے یاد دلا دینا", """+ "کرایہ دینا" due=2026-12-05T09:00 remind=2026-12-03T09:00"""),
        new("add flight to lahore on 12 december at 7am, remind me the night before at 9pm", """+ "Flight to lahore" due=2026-12-12T07:00 remind=2026-12-11T21:00"""),
        new("12 december subah 7 baje flight hai, ek din pehle raat 9 baje yaad dila dena", """+ "Flight" due=2026-12-12T07:00 remind=2026-12-11T21:00"""),
        new("بارہ دسمبر صبح سات بجے فلائٹ ہے، ایک دن پہلے رات نو بجے یاد دلا دینا", """+ "فلائٹ" due=2026-12-12T07:00 remind=2026-12-11T21:00"""),
        // repeats: every other week, the last day of the month, every weekday at 8, a day of every month
        new("add team lunch every other week on friday at 1pm", """+ "Team lunch" due=2026-12-04T13:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"""),
        new("add pay the credit card on the last day of every month", """+ "Pay the credit card" due=2026-11-30T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1"""),
        new("add stretch every weekday at 8", """+ "Stretch" due=2026-11-30T08:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""),
        new("har mahine ki 5 tareekh ko kiraya dena hai", """+ "Kiraya dena" due=2026-12-05T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=5"""),
        new("ہر مہینے کی پانچ تاریخ کو کرایہ دینا ہے", """+ "کرایہ دینا" due=2026-12-05T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=5"""),
        new("har doosre hafte budh ko ghar ki safai", """+ "Ghar ki safai" due=2026-12-02T09:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"""),
        new("ہر مہینے کی آخری تاریخ کو بل بھرنا ہے", """+ "بل بھرنا" due=2026-11-30T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1"""),
        new("har mahine ki aakhri tareekh ko bill bharna hai", """+ "Bill bharna" due=2026-11-30T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1"""),
        new("har weekday subah 8 baje walk", """+ "Walk" due=2026-11-30T08:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""),
        new("ہر دوسرے ہفتے بدھ کو گھر کی صفائی", """+ "گھر کی صفائی" due=2026-12-02T09:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=WE"""),
        // number words for dates and times: ordinals beside a month, a number before a month, in twenty minutes
        new("add call the landlord on the fifth of december at half past four in the afternoon", """+ "Call the landlord" due=2026-12-05T16:30"""),
        new("remind me to stretch in twenty minutes", """+ "Stretch" due=2026-11-28T10:20 remind=2026-11-28T10:20"""),
        new("teen din baad subah saade nau baje bank jana hai", """+ "Bank jana" due=2026-12-01T09:30"""),
        new("تین دن بعد صبح ساڑھے نو بجے بینک جانا ہے", """+ "بینک جانا" due=2026-12-01T09:30"""),
        new("add dinner with the family on december twelfth at seven pm", """+ "Dinner with the family" due=2026-12-12T19:00"""),
        new("barah december ko shaam saat baje shaadi hai", """+ "Shaadi" due=2026-12-12T19:00"""),
        new("بارہ دسمبر کو شام سات بجے شادی ہے", """+ "شادی" due=2026-12-12T19:00"""),
        // "instead" of a task that does not exist is a new task; moved by an amount
        new("swimming on monday instead of tuesday", """+ "Swimming" due=2026-11-30T09:00"""),
        new("dentist ko ek din aage kar dein", """~ "Dentist appointment" due=2026-12-05T15:00"""),
        // more of the same patterns: two changes, ordinals, a correction, undo of a whole batch, by meaning
        new("رپورٹ کو پیر پر کر دیں اور ترجیح کم کر دیں", """~ "Submit quarterly report" due=2026-11-30T17:00 priority=low"""),
        new("dentist ko do din aage kar do", """~ "Dentist appointment" due=2026-12-06T15:00"""),
        new("add a haircut on the twenty-first of december", """+ "Haircut" due=2026-12-21T09:00"""),
        new("add buy gift on december twenty fifth at 10am", """+ "Buy gift" due=2026-12-25T10:00"""),
        new("add mow the lawn tomorrow at 5pm >> no, 6", """+ "Mow the lawn" due=2026-11-29T18:00"""),
        new("delete all completed tasks >> yes >> undo", """="""),
        new("sab mukammal kaam hata do >> haan >> wapas kar do", """="""),
        new("مکمل شدہ سارے کام حذف کر دیں >> جی ہاں >> واپس کر دیں", """="""),
        new("the plants are watered", """done "Water the plants" """),
        // two commands in one message, each naming its own task; a delete by the full title is no guess, so not asked
        new("complete buy groceries and delete call mom", """done "Buy groceries" ; - "Call mom" """),
        new("move the dentist to monday at 11am. also mark the standup done", """~ "Dentist appointment" due=2026-11-30T11:00 ; done "Team standup" """),
        new("groceries done kar do aur call mom delete kar do", """done "Buy groceries" ; - "Call mom" """),
        new("گروسری مکمل کر دیں اور رپورٹ کی ترجیح کم کر دیں", """done "Buy groceries" ; ~ "Submit quarterly report" priority=low"""),
        new("delete the mom one and complete {Buy groceries} >> yes", """- "Call mom" ; done "Buy groceries" """),
        // the second asks: the first is done at once, and the yes is the second's
        new("complete {Buy groceries} and delete the mom one >> yes", """done "Buy groceries" ; - "Call mom" """),
        new("complete {Buy groceries} and delete the mom one >> no", """done "Buy groceries" """),
        // what one message did is undone as one
        new("complete {Buy groceries} and delete {Call mom} >> undo", "="),
        new("remove renew passport", """- "Renew passport" """),
        new("delete all completed tasks, then mark {Call mom} done >> yes", """- "Pay electricity bill" ; - "Renew passport" ; done "Call mom" """),
        // batch E (English): "remind me <when> to <task>" is a new task, whatever "of the" it holds
        new("remind me on friday at 10am to renew the lease for the flat", """+ "Renew the lease for the flat" due=2026-12-04T10:00 remind=2026-12-04T10:00"""),
        // a bare ", tag X"
        new("renew car registration on monday, tag car", """+ "Renew car registration" due=2026-11-30T09:00 tags=[car]"""),
        // a moved task's reminder keeps its lead on the new time
        new("remind me to pay the nanny friday at 6pm >> make it 7", """+ "Pay the nanny" due=2026-12-04T19:00 remind=2026-12-04T19:00"""),
        new("add team lunch monday 1pm, remind me 30 minutes before >> actually make it 2pm", """+ "Team lunch" due=2026-11-30T14:00 remind=2026-11-30T13:30"""),
        // "it's X not Y", "make it <a new title>"
        new("add gym session thursday 7pm >> sorry, it's friday not thursday", """+ "Gym session" due=2026-12-04T19:00"""),
        new("add order pizza >> no wait, make it order sushi", """+ "Order sushi" """),
        // "friday's agenda" names the agenda, not the day
        new("add review friday's agenda on thursday at 4pm", """+ "Review friday's agenda" due=2026-12-03T16:00"""),
        // "only tue and thu now", then "please update it"
        new("standup is only tue and thu now, please update it", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=TU,TH"""),
        // the speaker's own reason after a delete is no part of the name
        new("remove the team standup, we cancelled it", """- "Team standup" """),
        new("delete water the plants, i don't need it anymore", """- "Water the plants" """),
        // a thing to do said bare, then what "it" should have: a new task, unless one has that name in full
        new("book a table at the cafe, no date yet, tag it food", """+ "Book a table at the cafe" tags=[food]"""),
        new("pick up the dry cleaning, make it high priority", """+ "Pick up the dry cleaning" priority=high"""),
        new("call mom, make it high priority", """~ "Call mom" priority=high"""),
        // "both" said of two new tasks
        new("add paint the fence and fix the gate, both on monday", """+ "Paint the fence" due=2026-11-30T09:00 ; + "Fix the gate" due=2026-11-30T09:00"""),
        // (fold6u) batch E's Urdu and Roman Urdu misses, each pattern said again with other tasks, days and words
        // a heading with another verb ("bana do", "daalo", "ڈالو"), a quoted title straight after it, a note "in the note"
        new("کام بنا دو: بچوں کی فیس جمع کرانا، جمعہ صبح دس بجے", """+ "بچوں کی فیس جمع کرانا" due=2026-12-04T10:00"""),
        new("naya task banao: car ki service karwani, monday sham 4 baje", """+ "Car ki service karwani" due=2026-11-30T16:00"""),
        new("task daal do 'Ghar ka kiraya bhejna', note: bank transfer se", """+ "Ghar ka kiraya bhejna" desc="bank transfer se" """),
        new("ایک کام ڈالو 'گاڑی کا ٹیکس بھرنا' اور نوٹ میں لکھو: دفتر کے پاس والے بینک سے", """+ "گاڑی کا ٹیکس بھرنا" desc="دفتر کے پاس والے بینک سے" """),
        new("ek kaam bana do \"Naye parde lene\" aur note mein likh do: neele rang ke", """+ "Naye parde lene" desc="neele rang ke" """),
        new("ٹاسک بنا دو: استری والے کو کپڑے دینا، کل صبح آٹھ بجے، یاد بھی دلا دینا", """+ "استری والے کو کپڑے دینا" due=2026-11-29T08:00 remind=2026-11-29T08:00"""),
        new("task bana do: dhobi ko kapre dene, kal subah 8 baje, yaad bhi dila dena", """+ "Dhobi ko kapre dene" due=2026-11-29T08:00 remind=2026-11-29T08:00"""),
        // a tag said between the word "tag" and its verb
        new("اتوار شام چار بجے بچوں کو پارک لے جانا ہے، ٹیگ family لگا دو", """+ "بچوں کو پارک لے جانا" due=2026-11-29T16:00 tags=[family]"""),
        new("monday subah 11 baje bank jana hai, tag errands laga do", """+ "Bank jana" due=2026-11-30T11:00 tags=[errands]"""),
        // a correction closed by "make it", keeping the part of the day the task had
        new("کل صبح نو بجے درزی کے پاس جانا ہے >> نہیں، دس بجے کر دیں", """+ "درزی کے پاس جانا" due=2026-11-29T10:00"""),
        new("parson shaam 5 baje chai pe jana hai >> nahi bhai 6 baje kar do", """+ "Chai pe jana" due=2026-11-30T18:00"""),
        // moved later by an amount ("late", "peeche"), the time kept
        new("رپورٹ دو دن لیٹ کر دیں", """~ "Submit quarterly report" due=2026-11-30T17:00"""),
        new("standup ek din late kar do", """~ "Team standup" due=2026-12-01T09:30"""),
        new("dentist wali appointment 2 din peeche kr do", """~ "Dentist appointment" due=2026-12-06T15:00"""),
        // a named task's new repeat, closed by "kar do"
        new("پودوں کو پانی دینا ہر تین دن بعد کر دیں", """~ "Water the plants" rule=FREQ=DAILY;INTERVAL=3"""),
        new("paudon ko paani ab har teen din baad kar do", """~ "Water the plants" rule=FREQ=DAILY;INTERVAL=3"""),
        // a repeat until a day said month first, due at its first time
        new("jan 10 tak rozana raat 9 bje dawai leni hai", """+ "Dawai leni" due=2026-11-28T21:00 rule=FREQ=DAILY;UNTIL=20270110"""),
        new("december 24 tak rozana subah 7 baje walk pe jana hai", """+ "Walk pe jana" due=2026-11-29T07:00 rule=FREQ=DAILY;UNTIL=20261224"""),
        // days joined by "aur" are one list of days, with the verb after them
        new("standup ab sirf mangal aur juma ko hoga, update kar do", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=TU,FR"""),
        new("سٹینڈ اپ اب صرف پیر اور بدھ کو ہو گا، تبدیل کر دیں", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=MO,WE"""),
        // "remind me" so long before a task that exists
        new("ڈینٹسٹ سے ایک گھنٹہ پہلے یاد دلا دینا", """~ "Dentist appointment" remind=2026-12-04T14:00"""),
        new("report se aadha ghanta pehle yaad dila dena", """~ "Submit quarterly report" remind=2026-11-28T16:30"""),
        new("dentist se 2 ghante pehle remind kar dena", """~ "Dentist appointment" remind=2026-12-04T13:00"""),
        // a remark in a list that the item before it has no date
        new("3 kaam add karo: bijli wale ko phone karna, kapre dhone, aur gas ka bill bharna, iski abhi koi date nahi", """+ "Bijli wale ko phone karna" ; + "Kapre dhone" ; + "Gas ka bill bharna" """),
        new("دو کام ڈال دو: درزی کو فون کرنا کل دوپہر ایک بجے، اور جوتے لینا، اس کی کوئی تاریخ نہیں", """+ "درزی کو فون کرنا" due=2026-11-29T13:00 ; + "جوتے لینا" """),
        // done in the past tense with "kr", "ku" for "ko", "haan kr do" as a yes
        new("report jama kr di hai", """done "Submit quarterly report" """),
        new("mom ko call kr liya hai", """done "Call mom" """),
        new("groceries ku delete kr do >> haan kr do", """- "Buy groceries" """),
        new("dentist ku parson pe kr do", """~ "Dentist appointment" due=2026-11-30T15:00"""),
        // undo after owning up to the slip
        new("report wale task ko low priority kr do >> galat ho gaya, wapas kr do", "="),
        new("گروسری کو کل پر کر دیں >> غلطی ہو گئی، واپس کر دیں", "="),
        // "is there any X task": a search
        new("dentist ka koi kaam hai?", "list query=dentist"),
        new("گروسری کا کوئی کام ہے؟", "list query=گروسری"),
        // batch F (English): a tag list ends where a date begins; a four-letter command typo; "lower the priority of X";
        // "anything tagged X?"; "both"/"dono"/"دونوں" after a counted list
        new("add 'renew library card' tagged books and errands, due dec 8 at 3pm", """+ "Renew library card" due=2026-12-08T15:00 tags=[books,errands]"""),
        new("pls mvoe the standup to tuesday 10am", """~ "Team standup" due=2026-12-01T10:00"""),
        new("lower the priority of the dentist appointment", """~ "Dentist appointment" priority=low"""),
        new("raise the priority of buy groceries", """~ "Buy groceries" priority=high"""),
        new("anything tagged home?", "list tag=home"),
        new("دو کام لکھ لو: دوائی لانا اور کپڑے دھونا، دونوں پرسوں صبح دس بجے", """+ "دوائی لانا" due=2026-11-30T10:00 ; + "کپڑے دھونا" due=2026-11-30T10:00"""),
        new("2 kaam add kar do: gas ka bill bharna aur car wash karwani, dono monday ko", """+ "Gas ka bill bharna" due=2026-11-30T09:00 ; + "Car wash karwani" due=2026-11-30T09:00"""),
        // a real word one letter from a command word is left as it is
        new("add watch a movie with the kids on sunday at 5pm", """+ "Watch a movie with the kids" due=2026-11-29T17:00"""),
        new("add buy gifts for mom and dad, both by friday", """+ "Buy gifts for mom and dad" due=2026-12-04T09:00"""),
        // English priority words in Urdu letters, in their spellings by ear
        new("جوتے پالش کرنا ہے، میڈیم پریارٹی", """+ "جوتے پالش کرنا" priority=medium"""),
        new("ڈینٹسٹ کی پرائیورٹی لو کر دو", """~ "Dentist appointment" priority=low"""),
        new("ڈینٹسٹ کو منگل شام چار بجے کر دو اور پریارٹی لو کر دو", """~ "Dentist appointment" due=2026-12-01T16:00 priority=low"""),
        new("میرے لو پرائیارٹی کام دکھاؤ", "list priority=low"),
        // done in the past tense: a talk that happened, a thing had done by someone else
        new("ڈینٹسٹ کی اپائنٹمنٹ ہو گئی", """done "Dentist appointment" """),
        new("سودا منگوا لیا", """done "Buy groceries" """),
        new("ammi se baat ho gayi", """done "Call mom" """),
        new("report jama karwa di hai", """done "Submit quarterly report" """),
        // a heading that is the verb alone, then the task
        new("likh lo: darzi se kapre lene, kal shaam 5 bje", """+ "Darzi se kapre lene" due=2026-11-29T17:00"""),
        new("شامل کر دیں: جوتے لینا، پرسوں شام چھ بجے", """+ "جوتے لینا" due=2026-11-30T18:00"""),
        // English short weekday names in Roman Urdu
        new("paudon ko pani sirf sat aur sun ko repeat karo", """~ "Water the plants" rule=FREQ=WEEKLY;BYDAY=SA,SU"""),
        new("standup ko sirf tue, thu aur fri ko repeat kr do", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=TU,TH,FR"""),
        // stop repeating
        new("standup ki repeat khatam kar do", """~ "Team standup" rule=null"""),
        new("سٹینڈ اپ کی تکرار بند کر دیں", """~ "Team standup" rule=null"""),
        // one verb, several tasks named: a batch, asked first
        new("delete the dentist appointment and the call mom task >> yes", """- "Dentist appointment" ; - "Call mom" """),
        new("ڈینٹسٹ اور امی کو فون والے کام حذف کر دیں >> جی ہاں", """- "Dentist appointment" ; - "Call mom" """),
        new("groceries aur call mom dono complete kar do >> haan", """done "Buy groceries" ; done "Call mom" """),
        new("delete groceries, call mom and the dentist one >> no", "="),
        // two days at once are the days a task repeats on
        new("standup peer aur budh ko kar do", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=MO,WE"""),
        new("سٹینڈ اپ منگل اور جمعرات کو کر دیں", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=TU,TH"""),
        new("add gym on mon and thu at 7am", """+ "Gym" due=2026-11-30T07:00 rule=FREQ=WEEKLY;BYDAY=MO,TH"""),
        // put off, not done
        new("dentist ek din late ho gaya", """~ "Dentist appointment" due=2026-12-05T15:00"""),
        new("ڈینٹسٹ ایک دن لیٹ ہو گیا", """~ "Dentist appointment" due=2026-12-05T15:00"""),
        // priority moved down or up in Roman Urdu
        new("report ki priority lowr kar do", """~ "Submit quarterly report" priority=low"""),
        new("call mom ki priority upar kar do", """~ "Call mom" priority=high"""),
        // a Roman Urdu name for a title in Urdu letters
        new("کپڑے استری کرنے ہیں >> kapre istri wala task delete kar do >> haan", "="),
    ];
}
