namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// Sealed held-out batch H: 60 English, 30 Urdu (Urdu script), 30 Roman Urdu, written on 3 December 2026 by an
/// independent writer who read only the expectation language (StateSpec), the seed tasks, the conversation judge,
/// the JudgedPhrasing record, the sealed-batch file header and the public API contract, never the assistant's parser,
/// tools or tables nor any other phrasing batch, as people type into a todo chat. Batch H's flavour: chatty,
/// conversational English (pleasantries, context before the request, "hey could you…", "oh and also…", corrections in
/// a second turn); formal, polite Urdu (آپ، براہ کرم، فرما دیں) mixed with everyday forms and English words; Roman Urdu
/// in WhatsApp spelling (kl, krdo, plz, h, k, wla/wala, ho gya, nai/nahi, shm, subha). Each case starts from
/// <see cref="SeedTasks"/> on the fixed clock (Saturday 28 November 2026, 10:00 Karachi) and is judged only by the
/// tasks it leaves behind (<see cref="StateSpec"/>); date-only phrases are due at 09:00 and a bare "remind me" reminds
/// at the due time. Mix, like an app's real traffic: 50 adds (42%), 29 updates of seeded tasks (24%), 17 completes and
/// deletes (14%), 12 bulk actions with a yes/no turn or undo (10%), 12 listing questions and messages that must change
/// nothing (10%). It stays sealed until its single run.
/// </summary>
public static class SealedPhrasingsH
{
    public static readonly IReadOnlyList<JudgedPhrasing> English =
    [
        new("hey! hope your day's going well 😊 could you add pick up dry cleaning for tomorrow at 5pm? thanks a ton", """+ "Pick up dry cleaning" due=2026-11-29T17:00"""), // add
        new("ok so my sister's birthday is coming up 🎂 remind me to order the birthday cake on december 12 at 11am, and give me a heads up a day before pls", """+ "Order the birthday cake" due=2026-12-12T11:00 remind=2026-12-11T11:00"""), // add
        new("hi there, quick one. I need 'Renew car insurance' on my list for dec 15th, it's kind of urgent so high priority please", """+ "Renew car insurance" due=2026-12-15T09:00 priority=high"""), // add
        new("so I've been trying to get fitter lately lol. can you add go for a run every weekday at 6:30am?", """+ "Go for a run" due=2026-11-30T06:30 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""), // add
        new("hey could you set up 'Take out the recycling' every other week on thursday at 8pm, starting this thursday? the bins get collected every two weeks here", """+ "Take out the recycling" due=2026-12-03T20:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"""), // add
        new("our book club meets on the third friday of every month, can you add book club for that at 7pm? thx 📚", """+ "Book club" due=2026-12-18T19:00 rule=FREQ=MONTHLY;BYDAY=3FR"""), // add
        new("I always forget this one 🙈 add pay rent on the last day of every month pls, and tag it bills", """+ "Pay rent" due=2026-11-30T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1 tags=[bills]"""), // add
        new("could you add check blood pressure every 2 days at 8am? doctor's orders 😅", """+ "Check blood pressure" due=2026-11-29T08:00 rule=FREQ=DAILY;INTERVAL=2"""), // add
        new("so starting december 7 I have physio every monday and wednesday at 4pm, until the end of december. can you add physio session for that?", """+ "Physio session" due=2026-12-07T16:00 rule=FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20261231"""), // add
        new("hello! can you add two things for me: buy printer ink and return library books, both for tomorrow", """+ "Buy printer ink" due=2026-11-29T09:00 ; + "Return library books" due=2026-11-29T09:00"""), // add
        new("ugh the kitchen sink is leaking again. could you please add call the plumber for monday at ten in the morning?", """+ "Call the plumber" due=2026-11-30T10:00"""), // add
        new("hey 👋 add book flights for winter break, p1, tag it travel. no date yet, still figuring it out", """+ "Book flights for winter break" priority=high tags=[travel]"""), // add
        new("can u add 'Fix the bike tyre' for sunday afternoon at 3, low priority, no rush really", """+ "Fix the bike tyre" due=2026-11-29T15:00 priority=low"""), // add
        new("remind me to send the invoice to Ahmed on tuesday at 9:30am, and put a note on it: include the november hours", """+ "Send the invoice to Ahmed" due=2026-12-01T09:30 remind=2026-12-01T09:30 desc="include the november hours" """), // add
        new("could you add prep slides for the client demo on dec 3 at 2pm. oh and also remind me 30 minutes before", """+ "Prep slides for the client demo" due=2026-12-03T14:00 remind=2026-12-03T13:30"""), // add
        new("can you add dinner with the Khans on friday at 7pm? >> actually make it 8, they're running late", """+ "Dinner with the Khans" due=2026-12-04T20:00"""), // add
        new("hey could you add water the garden? every 3 days at 7am please, the new plants are thirsty", """+ "Water the garden" due=2026-11-29T07:00 rule=FREQ=DAILY;INTERVAL=3"""), // add
        new("I keep meaning to do this before they charge me again, add cancel gym membership for december 19 please", """+ "Cancel gym membership" due=2026-12-19T09:00"""), // add
        new("pls add get a haircut tomorrow, tags: personal and selfcare. I look like a mess lol", """+ "Get a haircut" due=2026-11-29T09:00 tags=[personal,selfcare]"""), // add
        new("hey, sorry to bother you again 😅 can you add 'Weekly budget review' every sunday at 8pm starting tomorrow?", """+ "Weekly budget review" due=2026-11-29T20:00 rule=FREQ=WEEKLY;BYDAY=SU"""), // add
        new("add pay the internet bill on the 5th of december and remind me 2 days before pls, they cut it off last time", """+ "Pay the internet bill" due=2026-12-05T09:00 remind=2026-12-03T09:00"""), // add
        new("could you add 'Mail the tax documents' for december first at noon? oh and also make it high priority", """+ "Mail the tax documents" due=2026-12-01T12:00 priority=high"""), // add
        new("add buy a new charger for this evening at 6pm >> sorry, I meant tomorrow, same time", """+ "Buy a new charger" due=2026-11-29T18:00"""), // add
        new("hi! could you add a task 'Plan Ayesha's surprise party' for the 19th of december at 6pm with the note: ask Sara about the venue", """+ "Plan Ayesha's surprise party" due=2026-12-19T18:00 desc="ask Sara about the venue" """), // add
        new("every friday at 5pm until the end of january I have to send in timesheets, could you add submit timesheet for that and tag it work?", """+ "Submit timesheet" due=2026-12-04T17:00 rule=FREQ=WEEKLY;BYDAY=FR;UNTIL=20270131 tags=[work]"""), // add

        new("hey, the dentist's office just called and moved my appointment to december 9th at 11am, could you update it?", """~ "Dentist appointment" due=2026-12-09T11:00"""), // update
        new("oh btw can you rename call mom to call mom and dad? they're both home this week", """~ "Call mom" title="Call mom and dad" """), // update
        new("the quarterly report isn't that urgent anymore, could you drop it to medium priority?", """~ "Submit quarterly report" priority=medium"""), // update
        new("can you add the tag errands to buy groceries? keep home on it too", """~ "Buy groceries" tags=[home,errands]"""), // update
        new("hmm turns out the electricity bill payment bounced 😩 can you reopen that task?", """open "Pay electricity bill" """), // update
        new("could you take the date off call mom? I'll just call whenever I get a chance", """~ "Call mom" due=null"""), // update
        new("please add a note to the dentist appointment: bring the x-ray reports", """~ "Dentist appointment" desc="bring the x-ray reports" """), // update
        new("hey, can you push buy groceries to tomorrow at 11am? not going out today, too tired", """~ "Buy groceries" due=2026-11-29T11:00"""), // update
        new("set a reminder for my dentist appointment one hour before it pls", """~ "Dentist appointment" remind=2026-12-04T14:00"""), // update
        new("could you reopen renew passport and make it high priority? turns out mine expires in march 😬", """open "Renew passport" priority=high"""), // update
        new("make task {Call mom} high priority please, I've been putting it off way too long", """~ "Call mom" priority=high"""), // update
        new("heads up, standup is at 10am from now on. can you update team standup's time?", """~ "Team standup" due=2026-11-30T10:00"""), // update
        new("my manager gave me an extension 🙏 can you change the quarterly report deadline to monday 3pm?", """~ "Submit quarterly report" due=2026-11-30T15:00"""), // update
        new("can you move call mom to tomorrow at 7pm? >> oh wait, make that 6pm", """~ "Call mom" due=2026-11-29T18:00"""), // update
        new("hey, the plants only need watering every other day now that it's winter, can you change water the plants to that?", """~ "Water the plants" rule=FREQ=DAILY;INTERVAL=2"""), // update

        new("just got back from the store, buy groceries is done ✅", """done "Buy groceries" """), // complete
        new("finally submitted the quarterly report!! can you tick it off?", """done "Submit quarterly report" """), // complete
        new("talked to mom for an hour this morning 😊 mark call mom done pls", """done "Call mom" """), // complete
        new("I watered the plants already, check that off for me thanks", """done "Water the plants" """), // complete
        new("mark task {Team standup} complete", """done "Team standup" """), // complete
        new("please delete the task {Renew passport}, I don't need it anymore", """- "Renew passport" """), // delete
        new("hey can you delete dentist appointment? I'm switching dentists so I'll make a new one later >> yes", """- "Dentist appointment" """), // delete
        new("could you remove pay electricity bill from my list? it's old and done anyway", """- "Pay electricity bill" """), // delete
        new("get rid of the groceries task, my brother already went >> yes please", """- "Buy groceries" """), // delete

        new("can you mark everything that's due today as done? long day but I got it all sorted >> yes", """done "Buy groceries" ; done "Submit quarterly report" """), // bulk
        new("delete all my completed tasks please, doing some spring cleaning >> yes", """- "Pay electricity bill" ; - "Renew passport" """), // bulk
        new("could you delete all the work tasks? >> no actually, never mind", "="), // bulk
        new("mark call mom done >> oops no, undo that, I haven't called yet", "="), // bulk
        new("hey could you make all my work tasks high priority? >> yes", """~ "Team standup" priority=high"""), // bulk
        new("can you mark both call mom and buy groceries done? >> yep, both", """done "Call mom" ; done "Buy groceries" """), // bulk

        new("good morning! what's on my plate for today?", "="), // list
        new("thanks so much, you're a lifesaver 🙏", "="), // none
        new("hey, which of my tasks are high priority right now?", "="), // list
        new("do I have anything overdue? just checking before the weekend gets busy", "="), // list
        new("just curious, how do recurring tasks work in this app?", "="), // none
    ];

    public static readonly IReadOnlyList<JudgedPhrasing> Urdu =
    [
        new("براہ کرم ایک ٹاسک شامل کر دیں: دودھ لانا، کل شام پانچ بجے", """+ "دودھ لانا" due=2026-11-29T17:00"""), // add
        new("آپ سے گزارش ہے کہ پیر کو صبح دس بجے بینک جانا یاد دلا دیں", """+ "بینک جانا" due=2026-11-30T10:00 remind=2026-11-30T10:00"""), // add
        new("براہ کرم ٹاسک شامل فرما دیں: بجلی والے کو فون کرنا، منگل شام ساڑھے پانچ بجے، ترجیح زیادہ", """+ "بجلی والے کو فون کرنا" due=2026-12-01T17:30 priority=high"""), // add
        new("پیر سے جمعہ ہر روز صبح سات بجے ورزش کرنا شامل کر دیں، شکریہ", """+ "ورزش کرنا" due=2026-11-30T07:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""), // add
        new("براہ کرم ہر مہینے کی آخری تاریخ کو کرایہ دینا شامل کر دیں، ٹیگ bills لگا دیں", """+ "کرایہ دینا" due=2026-11-30T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1 tags=[bills]"""), // add
        new("ہر دو دن بعد صبح آٹھ بجے دوائی لینا، براہ کرم یہ شامل کر دیں", """+ "دوائی لینا" due=2026-11-29T08:00 rule=FREQ=DAILY;INTERVAL=2"""), // add
        new("دس دسمبر کو شام سات بجے امی کی دوا لانا شامل کر دیں، اور ایک گھنٹہ پہلے یاد دہانی کروا دیں", """+ "امی کی دوا لانا" due=2026-12-10T19:00 remind=2026-12-10T18:00"""), // add
        new("براہ کرم دو کام شامل کر دیں: کپڑے استری کرنا اور جوتے پالش کرنا، دونوں کل کے لیے", """+ "کپڑے استری کرنا" due=2026-11-29T09:00 ; + "جوتے پالش کرنا" due=2026-11-29T09:00"""), // add
        new("مہربانی فرما کر ہر دو ہفتے بعد اتوار کو صبح گیارہ بجے گاڑی دھونا شامل کر دیں، کل سے شروع", """+ "گاڑی دھونا" due=2026-11-29T11:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=SU"""), // add
        new("جمعرات کو صبح پونے گیارہ بجے ڈاکٹر سے ملاقات شامل کر دیں، نوٹ: رپورٹس ساتھ لے جانی ہیں", """+ "ڈاکٹر سے ملاقات" due=2026-12-03T10:45 desc="رپورٹس ساتھ لے جانی ہیں" """), // add
        new("ٹاسک شامل کریں: شادی کا تحفہ خریدنا، بارہ دسمبر، ٹیگ shopping", """+ "شادی کا تحفہ خریدنا" due=2026-12-12T09:00 tags=[shopping]"""), // add
        new("براہ کرم کل صبح نو بجے درزی کے پاس جانا شامل کر دیں >> معاف کیجیے، دس بجے کر دیں", """+ "درزی کے پاس جانا" due=2026-11-29T10:00"""), // add

        new("براہ کرم Dentist appointment کو سات دسمبر دوپہر تین بجے کر دیں", """~ "Dentist appointment" due=2026-12-07T15:00"""), // update
        new("آپ Call mom کی ترجیح زیادہ کر دیں، مہربانی", """~ "Call mom" priority=high"""), // update
        new("Buy groceries والے ٹاسک میں نوٹ لکھ دیں: انڈے اور ڈبل روٹی", """~ "Buy groceries" desc="انڈے اور ڈبل روٹی" """), // update
        new("بجلی کے بل والا ٹاسک دوبارہ کھول دیں، بل ابھی ادا نہیں ہوا", """open "Pay electricity bill" """), // update
        new("براہ کرم ٹاسک {Submit quarterly report} سے تاریخ ہٹا دیں", """~ "Submit quarterly report" due=null"""), // update
        new("Team standup پر meeting کا ٹیگ بھی لگا دیں", """~ "Team standup" tags=[work,meeting]"""), // update
        new("براہ کرم ٹاسک {Call mom} کا نام بدل کر \"امی کو فون کرنا\" کر دیں", """~ "Call mom" title="امی کو فون کرنا" """), // update

        new("امی سے بات ہو گئی ہے، Call mom مکمل کر دیں", """done "Call mom" """), // complete
        new("پودوں کو پانی دے دیا ہے، براہ کرم Water the plants پر مکمل کا نشان لگا دیں", """done "Water the plants" """), // complete
        new("ٹاسک {Renew passport} حذف فرما دیں", """- "Renew passport" """), // delete
        new("الحمدللہ رپورٹ جمع ہو گئی، Submit quarterly report کو done کر دیں", """done "Submit quarterly report" """), // complete

        new("آج کے تمام کام مکمل کر دیں >> ہاں", """done "Buy groceries" ; done "Submit quarterly report" """), // bulk
        new("سارے مکمل شدہ ٹاسک حذف کر دیں >> نہیں، رہنے دیں", "="), // bulk
        new("Buy groceries مکمل کر دیں >> معاف کیجیے، غلطی ہو گئی، undo کر دیں", "="), // bulk

        new("آج میرے کون کون سے کام باقی ہیں؟", "="), // list
        new("بہت شکریہ، آپ نے بڑی مدد کی", "="), // none
        new("کیا میرا کوئی کام overdue ہے؟", "="), // list
        new("السلام علیکم، آپ کیسے ہیں؟", "="), // none
    ];

    public static readonly IReadOnlyList<JudgedPhrasing> RomanUrdu =
    [
        new("kl shm chhe bje doodh lana h plz add krdo", """+ "Doodh lana" due=2026-11-29T18:00"""), // add
        new("yr plz remind krdena k monday subha 9 bje bank jana h", """+ "Bank jana" due=2026-11-30T09:00 remind=2026-11-30T09:00"""), // add
        new("add krdo: bijli wale ko call krna, tuesday shm saarhe paanch bje, high priority", """+ "Bijli wale ko call krna" due=2026-12-01T17:30 priority=high"""), // add
        new("har weekday subah 7 bje gym jana add krdo plz", """+ "Gym jana" due=2026-11-30T07:00 rule=FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"""), // add
        new("har mahine k last din rent dena h, add krdo aur tag bills laga do", """+ "Rent dena" due=2026-11-30T09:00 rule=FREQ=MONTHLY;BYMONTHDAY=-1 tags=[bills]"""), // add
        new("har 2 din baad subha 8 bje dawai leni h plz add kr do", """+ "Dawai leni" due=2026-11-29T08:00 rule=FREQ=DAILY;INTERVAL=2"""), // add
        new("10 dec ko shaam 7 bje ammi ki dawa lani h, add krdo aur 1 ghanta pehle yaad dila dena", """+ "Ammi ki dawa lani" due=2026-12-10T19:00 remind=2026-12-10T18:00"""), // add
        new("do kaam add krdo: kapre press krna aur joote polish krna, dono kl k liye", """+ "Kapre press krna" due=2026-11-29T09:00 ; + "Joote polish krna" due=2026-11-29T09:00"""), // add
        new("har do hafte baad sunday ko subha 11 bje gaari dhona add krdo, kl se start", """+ "Gaari dhona" due=2026-11-29T11:00 rule=FREQ=WEEKLY;INTERVAL=2;BYDAY=SU"""), // add
        new("thursday ko pone 11 bje doctor k pas jana h add krdo, note likh do: reports sath le k jani hain", """+ "Doctor k pas jana" due=2026-12-03T10:45 desc="reports sath le k jani hain" """), // add
        new("shadi ka gift lena h 12 dec ko, add krdo aur tag shopping laga do", """+ "Shadi ka gift lena" due=2026-12-12T09:00 tags=[shopping]"""), // add
        new("kl subha nau bje darzi k pas jana add krdo >> nai yr das bje krdo", """+ "Darzi k pas jana" due=2026-11-29T10:00"""), // add
        new("friday tk office ki presentation bnani h, add krdo p1 rkh k", """+ "Office ki presentation bnani" due=2026-12-04T09:00 priority=high"""), // add

        new("dentist wali appointment 8 dec ko 4 bje krdo plz", """~ "Dentist appointment" due=2026-12-08T16:00"""), // update
        new("call mom ki priority high krdo yr", """~ "Call mom" priority=high"""), // update
        new("buy groceries wale task me note dal do: anday aur bread", """~ "Buy groceries" desc="anday aur bread" """), // update
        new("bijli ka bill wla task wapis open krdo, abhi pay nai hua", """open "Pay electricity bill" """), // update
        new("{Submit quarterly report} ki date hata do plz", """~ "Submit quarterly report" due=null"""), // update
        new("team standup pe meeting ka tag bhi laga do", """~ "Team standup" tags=[work,meeting]"""), // update
        new("renew passport ki priority low se medium krdo", """~ "Renew passport" priority=medium"""), // update

        new("ammi se baat ho gyi, call mom done krdo", """done "Call mom" """), // complete
        new("plants ko pani de dia h, water the plants done mark krdo", """done "Water the plants" """), // complete
        new("{Renew passport} wala task delete krdo", """- "Renew passport" """), // delete
        new("report submit ho gyi finally 🎉 submit quarterly report complete krdo", """done "Submit quarterly report" """), // complete

        new("aaj k saare kaam done krdo >> haan", """done "Buy groceries" ; done "Submit quarterly report" """), // bulk
        new("saare completed tasks delete krdo >> nahi rehne do", "="), // bulk
        new("buy groceries done krdo >> oh nai, undo krdo plz galti se hogya", "="), // bulk

        new("aaj kya kya krna h?", "="), // list
        new("shukriya yr bht help hogyi 🙏", "="), // none
        new("kya koi overdue task h mera?", "="), // list
    ];
}
