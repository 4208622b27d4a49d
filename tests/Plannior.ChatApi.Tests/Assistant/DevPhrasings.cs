namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// A development batch of 210 phrasings (90 English, 60 Urdu in Urdu script, 60 Roman Urdu), written on 2 December
/// 2026 by a helper session working independently of the assistant: without reading its parser, tools or the
/// earlier generated/folded/judged tables, only <see cref="StateSpec"/>, <see cref="SeedTasks"/> and the earlier
/// batches' conventions. They are worded the way people type into a todo chat (pleasantries, typos outside titles,
/// number words, code-mixing), not the way the parser expects. Each case starts from <see cref="SeedTasks"/> on the
/// fixed clock (Saturday 28 November 2026, 10:00 Karachi) and is judged only by the tasks it leaves behind.
/// Conventions followed: a date without a time is 09:00 Karachi; a reschedule to another day keeps the task's time;
/// a repeat starts at its first occurrence after now; an UNTIL day is inclusive; "next Wednesday" is the coming one;
/// p1/p2 are high, p4 is low; deleting by a fuzzy title and every bulk action is confirmed with a second turn.
/// First run (2 December 2026, 13:42 UTC, as written, on the parser of branch parser-accuracy before any change made
/// for this batch — it already held a few general fixes made before the batch arrived: "kr do"/"krdo" verb tails,
/// "saadhe", a trailing "h" for "hai", bulk by a plural filter, past-tense completions): 110/210 = 52.4% (English
/// 55/90 = 61.1%, Urdu 26/60 = 43.3%, Roman Urdu 29/60 = 48.3%). Its misses were then fixed by their general pattern,
/// no expectation changed: 159/210 = 75.7% at the 14:25 deadline (English 68/90, Urdu 42/60, Roman Urdu 49/60); the
/// rows still failing are kept, unfixed, as the work left; <see cref="ScoredBatchTests"/> holds the batch to those counts.
/// </summary>
public static class DevPhrasings
{
    public static readonly IReadOnlyList<JudgedPhrasing> English =
    [
        // Adds: dates and times, digits and number words
        new("add collect the framed photos on the 5th", """+ "Collect the framed photos" due=2026-12-05T09:00"""),
        new("need to return the rented tent in four days", """+ "Return the rented tent" due=2026-12-02T09:00"""),
        new("call the vet tomorrow at quarter past four in the afternoon", """+ "Call the vet" due=2026-11-29T16:15"""),
        new("drop off the cheque at the bank on monday at 11:30 am", """+ "Drop off the cheque at the bank" due=2026-11-30T11:30"""),
        new("add haircut at twenty past six this evening", """+ "Haircut" due=2026-11-28T18:20"""),
        new("parent-teacher meeting on december 14th at 2:45 pm", """+ "Parent-teacher meeting" due=2026-12-14T14:45"""),
        new("add order the new sofa a week from today", """+ "Order the new sofa" due=2026-12-05T09:00"""),
        new("book train tickets to lahore the day after tomorrow at 8 in the morning", """+ "Book train tickets to lahore" due=2026-11-30T08:00"""),
        new("add check the oven timer in 45 minutes", """+ "Check the oven timer" due=2026-11-28T10:45"""),
        new("add collect the laundry on wednesday at ten to five in the afternoon", """+ "Collect the laundry" due=2026-12-02T16:50"""),
        new("add renew the wifi plan on the 4th of january", """+ "Renew the wifi plan" due=2027-01-04T09:00"""),

        // Adds: reminders
        new("remind me at 1:15 pm to move the car", """+ "Move the car" due=2026-11-28T13:15 remind=2026-11-28T13:15"""),
        new("remaind me to buy stamps tomorow at nine thirty am", """+ "Buy stamps" due=2026-11-29T09:30 remind=2026-11-29T09:30"""),
        new("dinner at the khans on friday at 8pm, remind me two hours before", """+ "Dinner at the khans" due=2026-12-04T20:00 remind=2026-12-04T18:00"""),
        new("renew the domain on december 12, and remind me 3 days before", """+ "Renew the domain" due=2026-12-12T09:00 remind=2026-12-09T09:00"""),
        new("interview with the recruiter tuesday 3pm - ping me half an hour before", """+ "Interview with the recruiter" due=2026-12-01T15:00 remind=2026-12-01T14:30"""),

        // Adds: recurrence
        new("add log expenses every weekday at 9pm", """+ "Log expenses" due=2026-11-30T21:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""),
        new("call grandpa every other sunday at 5pm", """+ "Call grandpa" due=2026-11-29T17:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=SU"""),
        new("neighbourhood committee meeting on the third friday of each month at 7pm", """+ "Neighbourhood committee meeting" due=2026-12-18T19:00 rule=FREQ=MONTHLY;BYDAY=3FR"""),
        new("transfer savings to the deposit account on the last day of every month", """+ "Transfer savings to the deposit account" due=2026-11-30T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1"""),
        new("clean the litter box every three days at 7:30 pm", """+ "Clean the litter box" due=2026-11-28T19:30 rule=FREQ=DAILY;INTERVAL=3"""),
        new("yoga every tuesday and thursday at 6:30am starting december 10", """+ "Yoga" due=2026-12-10T06:30 rule=FREQ=WEEKLY;BYDAY=TU,TH"""),
        new("water the garden every day at 6pm until december 20", """+ "Water the garden" due=2026-11-28T18:00 rule=FREQ=DAILY;UNTIL=20261220T185959Z"""),
        new("pay the maid every month on the 1st", """+ "Pay the maid" due=2026-12-01T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=1"""),
        new("backup the laptop every first monday of the month", """+ "Backup the laptop" due=2026-12-07T09:00 rule=FREQ=MONTHLY;BYDAY=1MO"""),
        new("add deep clean the kitchen every last sunday of the month", """+ "Deep clean the kitchen" due=2026-11-29T09:00 rule=FREQ=MONTHLY;BYDAY=-1SU"""),
        new("meal prep every sunday at 4pm starting dec 6 until the end of january", """+ "Meal prep" due=2026-12-06T16:00 rule=FREQ=WEEKLY;BYDAY=SU;UNTIL=20270131T185959Z"""),
        new("physio session every 2 weeks on monday and wednesday at 5pm", """+ "Physio session" due=2026-11-30T17:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE"""),

        // Adds: priorities
        new("get the brakes checked by thursday, p1", """+ "Get the brakes checked" due=2026-12-03T09:00 priority=high"""),
        new("add reorganise the bookshelf, not important", """+ "Reorganise the bookshelf" priority=low"""),
        new("urgent!! send the signed contract to the lawyer today by 3pm", """+ "Send the signed contract to the lawyer" due=2026-11-28T15:00 priority=high"""),
        new("add clean out the garage, p4", """+ "Clean out the garage" priority=low"""),
        new("add update my linkedin profile - low prio", """+ "Update my linkedin profile" priority=low"""),
        new("order new glasses p2", """+ "Order new glasses" priority=high"""),

        // Adds: tags and notes
        new("add buy a new drill bit set #diy #tools", """+ "Buy a new drill bit set" tags=[diy,tools]"""),
        new("add renew the gym membership, tag it fitness", """+ "Renew the gym membership" tags=[fitness]"""),
        new("add prepare slides, due monday, tags work and presentation", """+ "Prepare slides" due=2026-11-30T09:00 tags=[work,presentation]"""),
        new("add pick up the cake from the bakery tomorrow at 5pm. note: order number is 4471", """+ "Pick up the cake from the bakery" due=2026-11-29T17:00 desc="order number is 4471" """),
        new("add call the internet provider, description: ask about the fibre upgrade and the late fee", """+ "Call the internet provider" desc="ask about the fibre upgrade and the late fee" """),

        // Adds: several tasks in one message
        new("two things: call the insurance company monday at 11am, and pick up the suit from the tailor on wednesday", """+ "Call the insurance company" due=2026-11-30T11:00 ; + "Pick up the suit from the tailor" due=2026-12-02T09:00"""),
        new("add three tasks: buy batteries, fix the doorbell, and print the boarding passes", """+ "Buy batteries" ; + "Fix the doorbell" ; + "Print the boarding passes" """),
        new("tomorrow: get cash from the atm at 10am, then drop the kids at the park at 4pm", """+ "Get cash from the atm" due=2026-11-29T10:00 ; + "Drop the kids at the park" due=2026-11-29T16:00"""),
        new("add pay the gardener on friday p1 and renew netflix on the 15th #subscriptions", """+ "Pay the gardener" due=2026-12-04T09:00 priority=high ; + "Renew netflix" due=2026-12-15T09:00 tags=[subscriptions]"""),

        // Adds: wrapped in pleasantries, typos, context
        new("hey so i need to get my watch repaired by friday", """+ "Get my watch repaired" due=2026-12-04T09:00"""),
        new("pls add return the drill to bilal tmrw thx", """+ "Return the drill to bilal" due=2026-11-29T09:00"""),
        new("ugh, the car's making that rattling noise again. book a mechanic for monday at 10am please", """+ "Book a mechanic" due=2026-11-30T10:00"""),
        new("hiii could u add 'email the wedding photographer' for wensday, thank youu", """+ "Email the wedding photographer" due=2026-12-02T09:00"""),
        new("my sister lands thursday evening. add pick up sister from the airport on thursday at 6:40 pm", """+ "Pick up sister from the airport" due=2026-12-03T18:40"""),

        // Updates of the seeded tasks
        new("the dentist moved my appointment to the 11th, same time", """~ "Dentist appointment" due=2026-12-11T15:00"""),
        new("can we do call mom sunday at 6 in the evening instead", """~ "Call mom" due=2026-11-29T18:00"""),
        new("the report deadline got extended to tuesday", """~ "Submit quarterly report" due=2026-12-01T17:00"""),
        new("standup starts at 9:45 now", """~ "Team standup" due=2026-11-30T09:45"""),
        new("rename the dentist task to Dentist checkup with Dr Khan", """~ "Dentist appointment" title="Dentist checkup with Dr Khan" """),
        new("change 'Call mom' to 'Video call mom and dad'", """~ "Call mom" title="Video call mom and dad" """),
        new("groceries are more important than i thought, make it p1", """~ "Buy groceries" priority=high"""),
        new("the dentist isn't that pressing, set it to low priority", """~ "Dentist appointment" priority=low"""),
        new("add a note on the dentist appointment: bring the insurance card", """~ "Dentist appointment" desc="bring the insurance card" """),
        new("label the quarterly report with finance too", """~ "Submit quarterly report" tags=[work,finance]"""),
        new("groceries shouldn't be under home anymore, untag it", """~ "Buy groceries" tags=[]"""),
        new("i didn't actually pay the electricity bill, can you unmark it", """open "Pay electricity bill" """),
        new("call mom doesn't need a date, just keep it on the list", """~ "Call mom" due=null"""),
        new("water the plants every 3 days instead of daily", """~ "Water the plants" rule=FREQ=DAILY;INTERVAL=3"""),
        new("make the standup only monday wednesday and friday", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=MO,WE,FR"""),
        new("remind me the day before the dentist", """~ "Dentist appointment" remind=2026-12-03T15:00"""),
        new("set a reminder 20 minutes before the groceries", """~ "Buy groceries" remind=2026-11-28T17:40"""),

        // Completions, worded freely
        new("bought all the groceries 👍", """done "Buy groceries" """),
        new("called mom, she says hi", """done "Call mom" """),
        new("quarterly report is submitted", """done "Submit quarterly report" """),
        new("watered the plants already", """done "Water the plants" """),

        // Deletions (fuzzy title, so confirmed)
        new("scrap the dentist appointment, i'm switching clinics >> yes", """- "Dentist appointment" """),
        new("we don't do standups anymore, remove it >> yep remove it", """- "Team standup" """),
        new("delete the thing about mom >> no, keep it", "="),

        // Bulk, with confirmation
        new("close out all my work tasks >> yes please", """done "Submit quarterly report" ; done "Team standup" """),
        new("move everything due today to monday >> ok", """~ "Buy groceries" due=2026-11-30T18:00 ; ~ "Submit quarterly report" due=2026-11-30T17:00"""),
        new("drop all the high priority stuff to medium >> yes", """~ "Dentist appointment" priority=medium ; ~ "Submit quarterly report" priority=medium"""),
        new("reopen everything i've completed >> yes", """open "Pay electricity bill" ; open "Renew passport" """),
        new("clear out every completed task >> no, leave them", "="),
        new("tag {Buy groceries} and {Call mom} as family >> yes", """~ "Buy groceries" tags=[home,family] ; ~ "Call mom" tags=[family]"""),

        // Undo after a change
        new("add buy a phone case >> nvm undo that", "="),
        new("rename {Team standup} to Morning sync >> undo", "="),
        new("mark call mom as done >> oops undo", "="),

        // Listing and filters
        new("what's on for today?", "list status=pending due=today"),
        new("am i behind on anything", "list status=pending due=overdue"),
        new("show me this week's stuff", "list status=pending due=week"),
        new("which ones are high priority", "list priority=high"),
        new("show #work", "list tag=work"),
        new("what have i ticked off so far", "list status=completed"),

        // Nothing to change
        new("thanks, nothing else to add", "="),
        new("is it going to rain in islamabad this weekend?", "="),
        new("good morning!", "="),
    ];

    public static readonly IReadOnlyList<JudgedPhrasing> Urdu =
    [
        // Adds: dates and times
        new("پرسوں صبح سوا نو بجے بچوں کی فیس جمع کرانی ہے", """+ "بچوں کی فیس جمع کرانی" due=2026-11-30T09:15"""),
        new("تین دن بعد دوپہر ڈھائی بجے درزی سے کپڑے لینے ہیں", """+ "درزی سے کپڑے لینے" due=2026-12-01T14:30"""),
        new("بارہ تاریخ کو خالہ کی سالگرہ کا تحفہ خریدنا ہے", """+ "خالہ کی سالگرہ کا تحفہ خریدنا" due=2026-12-12T09:00"""),
        new("آج رات پونے دس بجے ابو کو فون کرنا ہے", """+ "ابو کو فون کرنا" due=2026-11-28T21:45"""),
        new("منگل کو شام ساڑھے چھ بجے کرکٹ کی پریکٹس", """+ "کرکٹ کی پریکٹس" due=2026-12-01T18:30"""),
        new("ایک ہفتے بعد گاڑی کی ٹیوننگ کروانی ہے", """+ "گاڑی کی ٹیوننگ کروانی" due=2026-12-05T09:00"""),
        new("دو گھنٹے بعد کپڑے استری کرنے ہیں", """+ "کپڑے استری کرنے" due=2026-11-28T12:00"""),
        new("سات جنوری کو شناختی کارڈ کی تجدید کرانی ہے", """+ "شناختی کارڈ کی تجدید کرانی" due=2027-01-07T09:00"""),

        // Adds: reminders
        new("مجھے کل صبح سات بجے یاد دلانا کہ گاڑی میں ہوا بھروانی ہے", """+ "گاڑی میں ہوا بھروانی" due=2026-11-29T07:00 remind=2026-11-29T07:00"""),
        new("جمعے کو شام پانچ بجے نکاح کی تقریب ہے، ایک گھنٹہ پہلے یاد دلا دیں", """+ "نکاح کی تقریب" due=2026-12-04T17:00 remind=2026-12-04T16:00"""),
        new("دس تاریخ کو انٹرنیٹ کا بل دینا ہے، ایک دن پہلے یاد کرا دینا", """+ "انٹرنیٹ کا بل دینا" due=2026-12-10T09:00 remind=2026-12-09T09:00"""),
        new("آج شام چار بجے یاد دہانی لگا دیں: دھوبی سے کپڑے لینے ہیں", """+ "دھوبی سے کپڑے لینے" due=2026-11-28T16:00 remind=2026-11-28T16:00"""),

        // Adds: recurrence
        new("پیر تا جمعہ ہر روز صبح آٹھ بجے حاضری لگانی ہے", """+ "حاضری لگانی" due=2026-11-30T08:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""),
        new("ہر دوسرے اتوار کو شام چار بجے نانی سے ملنے جانا ہے", """+ "نانی سے ملنے جانا" due=2026-11-29T16:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=SU"""),
        new("ہر مہینے کے تیسرے جمعے کو محلے کی کمیٹی کا اجلاس", """+ "محلے کی کمیٹی کا اجلاس" due=2026-12-18T09:00 rule=FREQ=MONTHLY;BYDAY=3FR"""),
        new("ہر مہینے کے آخری دن بچت اکاؤنٹ میں پیسے ڈالنے ہیں", """+ "بچت اکاؤنٹ میں پیسے ڈالنے" due=2026-11-30T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1"""),
        new("ہر تین دن بعد شام سات بجے بلی کا ڈبہ صاف کرنا ہے", """+ "بلی کا ڈبہ صاف کرنا" due=2026-11-28T19:00 rule=FREQ=DAILY;INTERVAL=3"""),
        new("دس دسمبر سے ہر جمعرات رات آٹھ بجے قرآن کی کلاس", """+ "قرآن کی کلاس" due=2026-12-10T20:00 rule=FREQ=WEEKLY;BYDAY=TH"""),
        new("ہر اتوار صبح دس بجے گاڑی دھونی ہے، اکتیس دسمبر تک", """+ "گاڑی دھونی" due=2026-11-29T10:00 rule=FREQ=WEEKLY;BYDAY=SU;UNTIL=20261231T185959Z"""),
        new("ہر مہینے کے پہلے پیر کو گھر کا بجٹ بنانا ہے", """+ "گھر کا بجٹ بنانا" due=2026-12-07T09:00 rule=FREQ=MONTHLY;BYDAY=1MO"""),
        new("ایک دن چھوڑ کر صبح ساڑھے چھ بجے دوڑ لگانی ہے", """+ "دوڑ لگانی" due=2026-11-29T06:30 rule=FREQ=DAILY;INTERVAL=2"""),

        // Adds: priorities, tags, notes
        new("بہت اہم: کل تک الیکٹریشن کو بلانا ہے", """+ "الیکٹریشن کو بلانا" due=2026-11-29T09:00 priority=high"""),
        new("الماری کی صفائی کرنی ہے، کوئی جلدی نہیں، کم ترجیح", """+ "الماری کی صفائی کرنی" priority=low"""),
        new("نئے پردے خریدنے ہیں #گھر #خریداری", """+ "نئے پردے خریدنے" tags=[گھر,خریداری]"""),
        new("پریزنٹیشن کی سلائیڈیں بنانی ہیں، ٹیگ: دفتر", """+ "پریزنٹیشن کی سلائیڈیں بنانی" tags=[دفتر]"""),
        new("ڈاکٹر کو رپورٹیں دکھانی ہیں، نوٹ: پرانی رپورٹیں بھی ساتھ لے جانی ہیں", """+ "ڈاکٹر کو رپورٹیں دکھانی" desc="پرانی رپورٹیں بھی ساتھ لے جانی ہیں" """),

        // Adds: several in one message, pleasantries
        new("کل دو کام ہیں: صبح دس بجے شناختی کارڈ کی کاپیاں کروانی ہیں اور شام چھ بجے دودھ والے کو پیسے دینے ہیں", """+ "شناختی کارڈ کی کاپیاں کروانی" due=2026-11-29T10:00 ; + "دودھ والے کو پیسے دینے" due=2026-11-29T18:00"""),
        new("یہ تین کام لکھ لیں: بلب بدلنا، نلکا ٹھیک کروانا، اور کتابیں واپس کرنی", """+ "بلب بدلنا" ; + "نلکا ٹھیک کروانا" ; + "کتابیں واپس کرنی" """),
        new("السلام علیکم، ذرا لکھ لیں کہ جمعہ کو درزی کو ناپ دینا ہے، شکریہ", """+ "درزی کو ناپ دینا" due=2026-12-04T09:00"""),

        // Updates of the seeded tasks
        new("{Dentist appointment} گیارہ تاریخ کو کر دیں، وقت وہی رہے", """~ "Dentist appointment" due=2026-12-11T15:00"""),
        new("امی کو فون والا کام کل شام سات بجے کر دیں", """~ "Call mom" due=2026-11-29T19:00"""),
        new("رپورٹ کی آخری تاریخ منگل تک بڑھا دیں", """~ "Submit quarterly report" due=2026-12-01T17:00"""),
        new("کام {Buy groceries} کا نیا نام: مہینے کا راشن", """~ "Buy groceries" title="مہینے کا راشن" """),
        new("کام {Call mom} کو زیادہ ترجیح دیں", """~ "Call mom" priority=high"""),
        new("کام {Dentist appointment} کو کم ترجیح والا بنا دیں", """~ "Dentist appointment" priority=low"""),
        new("کام {Submit quarterly report} میں نوٹ ڈال دیں: مالیاتی جدول آخر میں لگانا ہے", """~ "Submit quarterly report" desc="مالیاتی جدول آخر میں لگانا ہے" """),
        new("کام {Dentist appointment} پر صحت کا ٹیگ لگا دیں", """~ "Dentist appointment" tags=[صحت]"""),
        new("کام {Submit quarterly report} سے work کا ٹیگ اتار دیں", """~ "Submit quarterly report" tags=[]"""),
        new("بجلی کا بل اصل میں ابھی جمع نہیں ہوا، اسے دوبارہ کھلا کر دیں", """open "Pay electricity bill" """),
        new("کام {Call mom} کی کوئی تاریخ نہ رکھیں", """~ "Call mom" due=null"""),
        new("پودوں کو پانی دینے والا کام روز کے بجائے ہر تین دن بعد دہرایا جائے", """~ "Water the plants" rule=FREQ=DAILY;INTERVAL=3"""),
        new("کام {Team standup} اب صرف پیر اور جمعرات کو ہوا کرے گا", """~ "Team standup" rule=FREQ=WEEKLY;BYDAY=MO,TH"""),
        new("کام {Dentist appointment} سے دو گھنٹے پہلے یاد دلا دیں", """~ "Dentist appointment" remind=2026-12-04T13:00"""),

        // Completions
        new("امی کو فون کر لیا", """done "Call mom" """),
        new("سودا سلف لے آیا ہوں، {Buy groceries} مکمل کر دیں", """done "Buy groceries" """),
        new("پودوں کو پانی دے دیا ہے", """done "Water the plants" """),

        // Deletions (fuzzy title, so confirmed)
        new("ڈینٹسٹ والا کام مٹا دیں، اب نہیں جانا >> جی ہاں مٹا دیں", """- "Dentist appointment" """),
        new("اسٹینڈ اپ والا کام حذف کر دیں >> نہیں، رہنے دیں", "="),

        // Bulk, with confirmation
        new("work والے سب کام مکمل کر دیں >> جی ہاں", """done "Submit quarterly report" ; done "Team standup" """),
        new("آج کے سارے کام اتوار پر منتقل کر دیں >> ٹھیک ہے کر دیں", """~ "Buy groceries" due=2026-11-29T18:00 ; ~ "Submit quarterly report" due=2026-11-29T17:00"""),
        new("جتنے کام مکمل ہو چکے ہیں سب دوبارہ کھول دیں >> ہاں", """open "Pay electricity bill" ; open "Renew passport" """),

        // Undo after a change
        new("نیا کام: چھت کی ٹینکی صاف کروانی ہے >> نہیں یہ واپس کر دو", "="),
        new("کام {Call mom} کی ترجیح زیادہ کر دیں >> واپس کر دو", "="),

        // Listing and filters
        new("آج کیا کرنا باقی ہے؟", "list status=pending due=today"),
        new("جو کام وقت پر نہیں ہوئے وہ دکھائیں", "list status=pending due=overdue"),
        new("home ٹیگ والے کام دکھائیں", "list tag=home"),
        new("کون سے کام ہو چکے ہیں؟", "list status=completed"),

        // Nothing to change
        new("بہت شکریہ، اور کچھ نہیں", "="),
        new("آج اسلام آباد میں کتنی سردی ہے؟", "="),
        new("آپ کیسے ہیں؟", "="),
    ];

    public static readonly IReadOnlyList<JudgedPhrasing> RomanUrdu =
    [
        // Adds: dates and times
        new("parson subah sawa nau baje gaari ki registration renew karwani hai", """+ "Gaari ki registration renew karwani" due=2026-11-30T09:15"""),
        new("chaar din baad shaam saadhe chhe baje cousin ki mehndi mein jana hai", """+ "Cousin ki mehndi mein jana" due=2026-12-02T18:30"""),
        new("aaj raat sawa gyarah baje laptop charge pe lagana hai", """+ "Laptop charge pe lagana" due=2026-11-28T23:15"""),
        new("jumeraat ko dopahar dhai baje bank manager se milna hai", """+ "Bank manager se milna" due=2026-12-03T14:30"""),
        new("aadhe ghante baad chai ka paani chadhana hai", """+ "Chai ka paani chadhana" due=2026-11-28T10:30"""),
        new("3 january ko gas connection ki application deni hai", """+ "Gas connection ki application deni" due=2027-01-03T09:00"""),
        new("peer ko subah paune aath baje bachon ko school chhorna hai", """+ "Bachon ko school chhorna" due=2026-11-30T07:45"""),

        // Adds: reminders
        new("mujhe kal dopahar 12 baje yaad dilana ke electrician ko call karni hai", """+ "Electrician ko call karni" due=2026-11-29T12:00 remind=2026-11-29T12:00"""),
        new("budh ko raat 8 baje walima hai, 2 ghante pehle remind kar dena", """+ "Walima" due=2026-12-02T20:00 remind=2026-12-02T18:00"""),
        new("15 tareekh ko credit card ka bill bharna hai, ek din pehle yaad dila dena", """+ "Credit card ka bill bharna" due=2026-12-15T09:00 remind=2026-12-14T09:00"""),
        new("remind kar dena aaj 5 baje shaam: darzi se suit uthana hai", """+ "Darzi se suit uthana" due=2026-11-28T17:00 remind=2026-11-28T17:00"""),

        // Adds: recurrence
        new("monday se friday har roz shaam 6 baje timesheet bharni hai", """+ "Timesheet bharni" due=2026-11-30T18:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""),
        new("har doosre jumme ko raat 9 baje family dinner", """+ "Family dinner" due=2026-12-04T21:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=FR"""),
        new("har mahine ke teesre jumme ko society meeting", """+ "Society meeting" due=2026-12-18T09:00 rule=FREQ=MONTHLY;BYDAY=3FR"""),
        new("har mahine ke aakhri din kiraye ki raseed banani hai", """+ "Kiraye ki raseed banani" due=2026-11-30T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1"""),
        new("ek din chhor ke subah 7 baje machliyon ko khana dena hai", """+ "Machliyon ko khana dena" due=2026-11-29T07:00 rule=FREQ=DAILY;INTERVAL=2"""),
        new("har 4 din baad raat 10 baje bistar ki chadar badalni hai", """+ "Bistar ki chadar badalni" due=2026-11-28T22:00 rule=FREQ=DAILY;INTERVAL=4"""),
        new("7 december se har peer aur budh ko shaam 5 baje tuition parhani hai", """+ "Tuition parhani" due=2026-12-07T17:00 rule=FREQ=WEEKLY;BYDAY=MO,WE"""),
        new("roz raat 11 baje diary likhni hai 15 january tak", """+ "Diary likhni" due=2026-11-28T23:00 rule=FREQ=DAILY;UNTIL=20270115T185959Z"""),
        new("har mahine ki 5 tareekh ko maasi ko tankhwah deni hai", """+ "Maasi ko tankhwah deni" due=2026-12-05T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=5"""),

        // Adds: priorities, tags, notes
        new("urgent hai yaar, aaj 3 baje tak landlord ko agreement bhejna hai", """+ "Landlord ko agreement bhejna" due=2026-11-28T15:00 priority=high"""),
        new("garage ka kabaad bechna hai, zaroori nahi hai", """+ "Garage ka kabaad bechna" priority=low"""),
        new("naya mouse lena hai p4", """+ "Naya mouse lena" priority=low"""),
        new("eid ke kapre silwane hain #family #shopping", """+ "Eid ke kapre silwane" tags=[family,shopping]"""),
        new("sales deck update karna hai, tag laga do office aur q4", """+ "Sales deck update karna" tags=[office,q4]"""),
        new("ammi ke liye dawaiyan leni hain, note likh do: panadol aur vitamin d", """+ "Ammi ke liye dawaiyan leni" desc="panadol aur vitamin d" """),

        // Adds: several in one message, pleasantries
        new("kal ke do kaam: subah 11 baje car wash, aur shaam 7 baje nana ke ghar jana", """+ "Car wash" due=2026-11-29T11:00 ; + "Nana ke ghar jana" due=2026-11-29T19:00"""),
        new("teen kaam add karo: bulb lagana, fridge defrost karna, aur courier bhejna", """+ "Bulb lagana" ; + "Fridge defrost karna" ; + "Courier bhejna" """),
        new("yaar plz add kar do, juma ko barber ke paas jana hai", """+ "Barber ke paas jana" due=2026-12-04T09:00"""),
        new("bhai ek kaam likh lo na, parson shaam 4 baje gym ki membership renew karwani hai, shukriya", """+ "Gym ki membership renew karwani" due=2026-11-30T16:00"""),

        // Updates of the seeded tasks
        new("dentist wali appointment 14 tareekh ko shift kar do, time same rakhna", """~ "Dentist appointment" due=2026-12-14T15:00"""),
        new("ammi ko call wala kaam itwar raat 8 baje kar do", """~ "Call mom" due=2026-11-29T20:00"""),
        new("report ki deadline budh tak barha do", """~ "Submit quarterly report" due=2026-12-02T17:00"""),
        new("standup ka time subah saadhe das baje kar do", """~ "Team standup" due=2026-11-30T10:30"""),
        new("groceries wale task ka naam badal ke 'Sabzi aur phal lene' kar do", """~ "Buy groceries" title="Sabzi aur phal lene" """),
        new("dentist wale kaam ki priority medium kar do", """~ "Dentist appointment" priority=medium"""),
        new("call mom ko p1 kar do", """~ "Call mom" priority=high"""),
        new("report mein ye note add kar do: CFO ko cc karna hai", """~ "Submit quarterly report" desc="CFO ko cc karna hai" """),
        new("dentist pe health ka tag laga do", """~ "Dentist appointment" tags=[health]"""),
        new("groceries se home tag hata do", """~ "Buy groceries" tags=[]"""),
        new("bijli ka bill abhi jama nahi hua, usay incomplete mark kar do", """open "Pay electricity bill" """),
        new("groceries ki due date nikaal do", """~ "Buy groceries" due=null"""),
        new("plants ko paani har roz ki bajaye har itwar ko dena hai", """~ "Water the plants" rule=FREQ=WEEKLY;BYDAY=SU"""),
        new("report ka reminder 45 minute pehle set kar do", """~ "Submit quarterly report" remind=2026-11-28T16:15"""),

        // Completions
        new("ammi ko phone kar diya hai", """done "Call mom" """),
        new("report bhej di, done mark kar do", """done "Submit quarterly report" """),
        new("aaj paudon ko paani de diya", """done "Water the plants" """),

        // Deletions (fuzzy title, so confirmed)
        new("standup wala task delete kar do, ab nahi hota >> haan", """- "Team standup" """),
        new("dentist wala kaam uda do >> nahi ruko, rehne do", "="),

        // Bulk, with confirmation (an English yes too)
        new("jitne bhi overdue kaam hain sab kal subah 10 baje pe kar do >> yes", """~ "Call mom" due=2026-11-29T10:00"""),
        new("aaj ke saare kaam pe weekend ka tag laga do >> theek hai", """~ "Buy groceries" tags=[home,weekend] ; ~ "Submit quarterly report" tags=[work,weekend]"""),
        new("home tag wale saare kaam delete kar do >> nahi nahi", "="),

        // Undo after a change
        new("naya task: shoes polish karne hain >> undo kar do", "="),
        new("report ki priority low kar do >> nahi, wapas kar do", "="),

        // Listing and filters
        new("aaj ka schedule kya hai?", "list status=pending due=today"),
        new("kaunse kaam late ho gaye?", "list status=pending due=overdue"),
        new("is hafte kya kya pending hai", "list status=pending due=week"),
        new("high priority wale kaam batao", "list priority=high"),

        // Nothing to change
        new("bas itna hi, shukriya", "="),
        new("kal karachi mein garmi hogi?", "="),
    ];
}
