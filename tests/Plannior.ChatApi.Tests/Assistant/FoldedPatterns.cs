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
    ];
}
