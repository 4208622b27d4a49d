namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// Sealed held-out batch C: 60 English, 30 Urdu (Urdu script), 30 Roman Urdu, written on 2 December 2026 by an
/// independent writer who never read the assistant's parser, tools or tables (nor the earlier folded or generated
/// phrasings), as people type into a todo chat. Each case starts from <see cref="SeedTasks"/> on the fixed clock
/// (Saturday 28 November 2026, 10:00 Karachi) and is judged only by the tasks it leaves behind (<see cref="StateSpec"/>).
/// The mix follows an app's real traffic: about 40% adds, 25% updates of seeded tasks, 15% completes and deletes, 10%
/// bulk actions with yes/no and undo, 10% listing questions and messages that must change nothing.
/// It stayed sealed until its single run (2 December 2026, 14:23 UTC, on main after the day's parser work):
/// 81/120 = 67.5% (English 40/60, Urdu 20/30, Roman Urdu 21/30), short of the 95%
/// target. No expectation was changed; its misses are kept as the work left and <see cref="ScoredBatchTests"/> holds
/// the batch to that score.
/// </summary>
public static class SealedPhrasings
{
    public static readonly IReadOnlyList<JudgedPhrasing> English =
    [
        // Adds: dates and times, digits and number words
        new("pls add get tyres checked on wednesday at 5:15pm", """+ "Get tyres checked" due=2026-12-02T17:15"""),
        new("add pick up the kids from school at twenty past three this afternoon", """+ "Pick up the kids from school" due=2026-11-28T15:20"""),
        new("add drop the laundry off in 45 minutes", """+ "Drop the laundry off" due=2026-11-28T10:45"""),
        new("add renew car registration a week from today", """+ "Renew car registration" due=2026-12-05T09:00"""),
        new("add call the electrician in four days at eleven am", """+ "Call the electrician" due=2026-12-02T11:00"""),
        new("hey could u add fix the wobbly chair leg tmrw thx", """+ "Fix the wobbly chair leg" due=2026-11-29T09:00"""),
        // Adds: reminders
        new("remind me to move the car at 1:30pm", """+ "Move the car" due=2026-11-28T13:30 remind=2026-11-28T13:30"""),
        new("add submit tax return on december 10 at noon and remind me 2 hours before", """+ "Submit tax return" due=2026-12-10T12:00 remind=2026-12-10T10:00"""),
        new("pick up the cake from the bakery tomorrow 5pm, ping me half an hour earlier", """+ "Pick up the cake from the bakery" due=2026-11-29T17:00 remind=2026-11-29T16:30"""),
        new("remind me tomorrow at 8 am to send the rent", """+ "Send the rent" due=2026-11-29T08:00 remind=2026-11-29T08:00"""),
        // Adds: recurrence
        new("add take out the recycling every tuesday at 8pm", """+ "Take out the recycling" due=2026-12-01T20:00 rule=FREQ=WEEKLY;BYDAY=TU"""),
        new("take iron tablets every 3 days at 9pm", """+ "Take iron tablets" due=2026-11-28T21:00 rule=FREQ=DAILY;INTERVAL=3"""),
        new("payroll review every other monday at 2pm", """+ "Payroll review" due=2026-11-30T14:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"""),
        new("pay the house rent on the 1st of each month", """+ "Pay the house rent" due=2026-12-01T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=1"""),
        new("family dinner on the first sunday of every month at 8pm", """+ "Family dinner" due=2026-12-06T20:00 rule=FREQ=MONTHLY;BYDAY=1SU"""),
        new("add gym on mondays wednesdays and fridays at 7am", """+ "Gym" due=2026-11-30T07:00 rule=FREQ=WEEKLY;BYDAY=MO,WE,FR"""),
        new("add arabic class every thursday at 6pm until dec 24", """+ "Arabic class" due=2026-12-03T18:00 rule=FREQ=WEEKLY;BYDAY=TH;UNTIL=20261224T185959Z"""),
        new("starting january 4th, french lesson every monday at 5pm", """+ "French lesson" due=2027-01-04T17:00 rule=FREQ=WEEKLY;BYDAY=MO"""),
        new("clean the aquarium every 2 weeks on saturday at 4pm", """+ "Clean the aquarium" due=2026-11-28T16:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=SA"""),
        // Adds: priorities, tags, notes, two at once
        new("add book the venue for the workshop, high priority", """+ "Book the venue for the workshop" priority=high"""),
        new("low priority, no rush: reorganise the garage", """+ "Reorganise the garage" priority=low"""),
        new("add update my cv #career #jobhunt", """+ "Update my cv" tags=[career,jobhunt]"""),
        new("new task call the insurance company - notes: policy number is 44-1902", """+ "Call the insurance company" desc="policy number is 44-1902" """),
        new("add two things: buy stamps today at 4pm, and post the wedding card on monday", """+ "Buy stamps" due=2026-11-28T16:00 ; + "Post the wedding card" due=2026-11-30T09:00"""),

        // Updates of the seeded tasks
        new("can we shift the dentist to tuesday", """~ "Dentist appointment" due=2026-12-01T15:00"""),
        new("the groceries can wait till tomorrow", """~ "Buy groceries" due=2026-11-29T18:00"""),
        new("actually make the report due at 3pm", """~ "Submit quarterly report" due=2026-11-28T15:00"""),
        new("move call mom to monday at 6:45pm", """~ "Call mom" due=2026-11-30T18:45"""),
        new("rename the plants task to Water the balcony plants", """~ "Water the plants" title="Water the balcony plants" """),
        new("the dentist isn't that urgent, set it to low", """~ "Dentist appointment" priority=low"""),
        new("add a note on the dentist one: bring the insurance card", """~ "Dentist appointment" desc="bring the insurance card" """),
        new("put a #family tag on call mom", """~ "Call mom" tags=[family]"""),
        new("take the home tag off the groceries", """~ "Buy groceries" tags=[]"""),
        new("i need to redo the passport renewal, reopen it", """open "Renew passport" """),
        new("drop the deadline on call mom, i'll do it whenever", """~ "Call mom" due=null"""),
        new("water the plants only on weekends from now on", """~ "Water the plants" rule=FREQ=WEEKLY;BYDAY=SA,SU"""),
        new("make standup weekly on mondays only", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=MO"""),
        new("ping me a day before the dentist", """~ "Dentist appointment" remind=2026-12-03T15:00"""),
        new("remind me about groceries 1 hour before", """~ "Buy groceries" remind=2026-11-28T17:00"""),

        // Completes and deletes
        new("done with the dentist", """done "Dentist appointment" """),
        new("plants are watered", """done "Water the plants" """),
        new("spoke to mom just now", """done "Call mom" """),
        new("groceries ✅", """done "Buy groceries" """),
        new("i already renewed the passport", "="),
        new("scrap the report task >> yes", """- "Submit quarterly report" """),
        new("remove the electricity bill one >> yep, delete it", """- "Pay electricity bill" """),
        new("get rid of the standup task >> sure", """- "Team standup" """),
        new("delete the mom call thing >> hmm no, keep it", "="),

        // Bulk, confirmation, undo
        new("everything due today is done, mark them all >> yes", """done "Buy groceries" ; done "Submit quarterly report" """),
        new("push all my high priority tasks back by a day >> yes", """~ "Dentist appointment" due=2026-12-05T15:00 ; ~ "Submit quarterly report" due=2026-11-29T17:00"""),
        new("clear out all the completed stuff >> nope", "="),
        new("mark all the work stuff as complete >> no", "="),
        new("add buy bin bags >> oops undo", "="),
        new("rename call mom to call dad >> wait undo that", "="),

        // Listing, pleasantries, out of scope
        new("did i miss anything? whats overdue", "list status=pending due=overdue"),
        new("what's left for today", "list status=pending due=today"),
        new("which of my tasks are high priority?", "list priority=high"),
        new("find anything about the dentist", "list query=dentist"),
        new("good morning!", "="),
        new("what's 15% of 2400?", "="),
    ];

    public static readonly IReadOnlyList<JudgedPhrasing> Urdu =
    [
        // Adds
        new("پیر کو دوپہر تین بجے بچوں کی فیس جمع کروانی ہے", """+ "بچوں کی فیس جمع کروانی" due=2026-11-30T15:00"""),
        new("چار دن بعد نانی کے گھر جانا ہے", """+ "نانی کے گھر جانا" due=2026-12-02T09:00"""),
        new("مجھے کل صبح سات بجے یاد کرانا کہ ابو کو ایئرپورٹ چھوڑنا ہے", """+ "ابو کو ایئرپورٹ چھوڑنا" due=2026-11-29T07:00 remind=2026-11-29T07:00"""),
        new("جمعرات کو شام چھ بجے میٹنگ ہے، آدھا گھنٹہ پہلے یاد دلا دینا", """+ "میٹنگ" due=2026-12-03T18:00 remind=2026-12-03T17:30"""),
        new("ہر جمعرات رات آٹھ بجے قرآن کی کلاس", """+ "قرآن کی کلاس" due=2026-12-03T20:00 rule=FREQ=WEEKLY;BYDAY=TH"""),
        new("روز صبح چھ بجے واک پر جانا ہے", """+ "واک پر جانا" due=2026-11-29T06:00 rule=FREQ=DAILY"""),
        new("ہر مہینے کی دس تاریخ کو انٹرنیٹ کا بل دینا ہے", """+ "انٹرنیٹ کا بل دینا" due=2026-12-10T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=10"""),
        new("ہر تین دن بعد شام پانچ بجے پودوں پر اسپرے کرنا ہے", """+ "پودوں پر اسپرے کرنا" due=2026-11-28T17:00 rule=FREQ=DAILY;INTERVAL=3"""),
        new("ہر مہینے کے پہلے پیر کو بجٹ دیکھنا ہے", """+ "بجٹ دیکھنا" due=2026-12-07T09:00 rule=FREQ=MONTHLY;BYDAY=1MO"""),
        new("اکتیس دسمبر تک ہر اتوار کو گاڑی صاف کرنی ہے", """+ "گاڑی صاف کرنی" due=2026-11-29T09:00 rule=FREQ=WEEKLY;BYDAY=SU;UNTIL=20261231T185959Z"""),
        new("بہت ضروری: بجلی والے کو فون کرنا ہے", """+ "بجلی والے کو فون کرنا" priority=high"""),
        new("انڈے لانے ہیں اور کل صبح دس بجے دھوبی کو کپڑے دینے ہیں", """+ "انڈے لانے" ; + "دھوبی کو کپڑے دینے" due=2026-11-29T10:00"""),

        // Updates of the seeded tasks
        new("dentist والی اپائنٹمنٹ بدھ کو کر دیں", """~ "Dentist appointment" due=2026-12-02T15:00"""),
        new("call mom والے کام کی ترجیح سب سے اونچی کر دیں", """~ "Call mom" priority=high"""),
        new("groceries والے کام کا نام بدل کر 'راشن لانا' رکھ دیں", """~ "Buy groceries" title="راشن لانا" """),
        new("standup والے کام میں نوٹ لکھ دیں: لیپ ٹاپ چارج رکھنا", """~ "Team standup" desc="لیپ ٹاپ چارج رکھنا" """),
        new("بجلی کے بل والا کام دوبارہ نامکمل کر دیں", """open "Pay electricity bill" """),
        new("پودوں کو پانی والا کام اب ہر تین دن میں ایک بار کر دیں", """~ "Water the plants" rule=FREQ=DAILY;INTERVAL=3"""),
        new("dentist سے ایک گھنٹہ پہلے یاد دہانی لگا دیں", """~ "Dentist appointment" remind=2026-12-04T14:00"""),
        new("groceries پر 'جلدی' کا ٹیگ لگا دیں", """~ "Buy groceries" tags=[home,جلدی]"""),

        // Completes and deletes
        new("امی کو فون کر لیا ہے", """done "Call mom" """),
        new("گروسری لے آئی ہوں", """done "Buy groceries" """),
        new("report والا کام حذف کر دیں >> جی ہاں", """- "Submit quarterly report" """),
        new("standup والا کام مٹا دیں >> نہیں، رہنے دیں", "="),

        // Bulk, confirmation, undo
        new("work والے سب کام مکمل کر دیں >> ہاں ٹھیک ہے", """done "Submit quarterly report" ; done "Team standup" """),
        new("سارے لیٹ کام کل پر ڈال دیں >> ہاں", """~ "Call mom" due=2026-11-29T17:00"""),
        new("ابو کی دوائی لانی ہے >> یہ والا انڈو کر دیں", "="),

        // Listing, out of scope
        new("home والے کام دکھا دیں", "list tag=home"),
        new("سب سے ضروری کام کون سے ہیں؟", "list priority=high"),
        new("مجھے بریانی کی ترکیب بتاؤ", "="),
    ];

    public static readonly IReadOnlyList<JudgedPhrasing> RomanUrdu =
    [
        // Adds
        new("parso raat 8 baje cousin ki mehndi hai", """+ "Cousin ki mehndi" due=2026-11-30T20:00"""),
        new("mangal ko subah gyarah baje interview hai", """+ "Interview" due=2026-12-01T11:00"""),
        new("mujhe 20 minute baad yaad dilana ke chulha band karna hai", """+ "Chulha band karna" due=2026-11-28T10:20 remind=2026-11-28T10:20"""),
        new("kal dopahar 1 baje lunch with bilal, aik ghanta pehle remind kar dena", """+ "Lunch with bilal" due=2026-11-29T13:00 remind=2026-11-29T12:00"""),
        new("roz raat 11 baje phone charge pe lagana hai", """+ "Phone charge pe lagana" due=2026-11-28T23:00 rule=FREQ=DAILY"""),
        new("har doosre itwar ko nani se milne jana", """+ "Nani se milne jana" due=2026-11-29T09:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=SU"""),
        new("har mahine ki 25 tareekh ko maid ki tankhwah deni hai", """+ "Maid ki tankhwah deni" due=2026-12-25T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=25"""),
        new("har mahine ke aakhri jumme ko team dinner", """+ "Team dinner" due=2026-12-25T09:00 rule=FREQ=MONTHLY;BYDAY=-1FR"""),
        new("15 december se har budh ko coding class, raat 9 baje", """+ "Coding class" due=2026-12-16T21:00 rule=FREQ=WEEKLY;BYDAY=WE"""),
        new("bijli wale ko bulana hai p1", """+ "Bijli wale ko bulana" priority=high"""),
        new("dawaiyan order karni hain aur kal shaam 5 baje darzi se suit lena hai", """+ "Dawaiyan order karni" ; + "Darzi se suit lena" due=2026-11-29T17:00"""),
        new("kitaabein wapas karni hain #library, note: late fee 200 rupay", """+ "Kitaabein wapas karni" tags=[library] desc="late fee 200 rupay" """),

        // Updates of the seeded tasks
        new("dentist wali appointment 11 tareekh ko shift kar do", """~ "Dentist appointment" due=2026-12-11T15:00"""),
        new("report ka time dopahar 2 baje kar do", """~ "Submit quarterly report" due=2026-11-28T14:00"""),
        new("plants wale task ka naam 'Paudon ko pani dena' kar do", """~ "Water the plants" title="Paudon ko pani dena" """),
        new("groceries ko low priority kar do", """~ "Buy groceries" priority=low"""),
        new("standup mein note daal do: sprint board update karna", """~ "Team standup" desc="sprint board update karna" """),
        new("report se work ka tag hata do", """~ "Submit quarterly report" tags=[]"""),
        new("standup ab sirf peer aur budh ko hoga", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=MO,WE"""),
        new("groceries ka reminder 15 minute pehle laga do", """~ "Buy groceries" remind=2026-11-28T17:45"""),

        // Completes and deletes
        new("dentist ho aaya hoon", """done "Dentist appointment" """),
        new("paudon ko pani de diya", """done "Water the plants" """),
        new("call mom wala task uda do >> haan", """- "Call mom" """),
        new("groceries wala kaam delete karo >> nahi rehne do", "="),

        // Bulk, confirmation, undo
        new("work wale saare tasks parso pe daal do >> haan kar do", """~ "Submit quarterly report" due=2026-11-30T17:00"""),
        new("jitne bhi kaam aaj ke hain sab done kar do >> nahi abhi nahi", "="),
        new("report ki priority low kar do >> undo karo", "="),

        // Listing, out of scope
        new("kaunse kaam late ho gaye hain", "list status=pending due=overdue"),
        new("passport wala task dhoond ke dikhao", "list query=passport"),
        new("yaar cricket ka score kya hai", "="),
    ];
}
