using Xunit.Abstractions;

namespace Plannior.ChatApi.Tests.Assistant;

/// <summary>
/// Batches that are not all green yet, held to what they score: every conversation runs as in
/// <see cref="AssistantStateTests"/>, and each language must keep at least the passes it had when the batch was last
/// counted. A change that loses a case the parser understood fails here and names it; one that wins a case is seen in
/// the printed score, and the floor is raised with it. Misses stay in the batch, unfixed by hand, as the work left.
/// </summary>
public sealed class ScoredBatchTests(AssistantFixture fixture, ITestOutputHelper output) : IClassFixture<AssistantFixture>
{
    public static TheoryData<string> Batches => ["dev", "sealed", "sealed-d", "sealed-e", "sealed-f", "sealed-g", "sealed-h"];

    private static (IReadOnlyList<JudgedPhrasing> English, IReadOnlyList<JudgedPhrasing> Urdu, IReadOnlyList<JudgedPhrasing> RomanUrdu, (int English, int Urdu, int RomanUrdu) Floor) Batch(string name) => name switch
    {
        // 209/210 = 99.5% at 16:32 UTC on 2 December 2026 (first run 52.4%, 75.7% at 14:25), fixed by pattern (branch fold3);
        // 210/210 at 19:35 UTC with "untag it" (fold5)
        "dev" => (DevPhrasings.English, DevPhrasings.Urdu, DevPhrasings.RomanUrdu, (90, 60, 60)),
        // first run 14:23 UTC on 2 December 2026: 81/120 = 67.5%; 120/120 at 16:20 UTC after the same pattern fixes (fold3)
        "sealed" => (SealedPhrasings.English, SealedPhrasings.Urdu, SealedPhrasings.RomanUrdu, (60, 30, 30)),
        // its single first run, 16:46 UTC on 2 December 2026, on main after the fold3 work: 87/120 = 72.5%;
        // 109/120 = 90.8% at 17:10 UTC after its misses were folded in by pattern (branch fold4); 113/120 at 19:35 UTC (fold5:
        // untagging with no tag named, Urdu-lettered English names, a reminder the night before at a time, a correction
        // turn, undo of a whole batch). 115/120 on 3 December (fold6: two commands in one message, a delete naming the whole
        // title runs at once, a reason after a delete). The misses left are deletes by a loose name, which the product confirms first.
        "sealed-d" => (SealedPhrasingsD.English, SealedPhrasingsD.Urdu, SealedPhrasingsD.RomanUrdu, (59, 28, 28)),
        // its single first run, 11:55 UTC on 3 December 2026, on main after two-commands-in-one-message (63af62e):
        // 93/120 = 77.5% (English 51/60, Urdu 23/30, Roman Urdu 19/30)
        // English 58/60 at 12:40 UTC (fold6: "remind me <when> to …", ", tag X", "it's X not Y", "make it <title>", a corrected
        // time moving its reminder, "monday's demo", "only mon and wed now, can you update it"); 60/60 at 12:35 UTC ("both for
        // sunday", a bare task then "tag it travel", ", no date yet"); Urdu 30/30 and Roman Urdu 30/30 at 12:38 UTC with their
        // misses folded in by pattern (fold6u: other add verbs and "نوٹ میں لکھو", a correction closed by "kar do", "late"/"لیٹ"
        // moves, "remind me" before a task, "X ka koi task hai?", "kr li hai", undo after "galti ho gayi"; ", tag personal" by fold6)
        "sealed-e" => (SealedPhrasingsE.English, SealedPhrasingsE.Urdu, SealedPhrasingsE.RomanUrdu, (60, 30, 30)),
        // its single first run, 12:50 UTC on 3 December 2026, on main at 5604fde after batch E was folded in (fold6, fold6u):
        // 104/120 = 86.7% (English 55/60, Urdu 23/30, Roman Urdu 26/30)
        // 58/24/27 at 13:07 UTC (fold7: a tag list ends where a date begins, "mvoe", "lower the priority of X", "anything
        // tagged X?", "both"/"dono"/"دونوں" after a counted list); Urdu and Roman Urdu 29/30 with fold7u (priority words in
        // Urdu letters respelled, "ہو گئی"/"جمع کروا دی" as done, "add kro: …", short English weekdays in Roman repeats,
        // "repeat band kar do"); 30/30 each once merged with fold7's "dono"
        "sealed-f" => (SealedPhrasingsF.English, SealedPhrasingsF.Urdu, SealedPhrasingsF.RomanUrdu, (59, 30, 30)),
        // its single first run, 20:06 UTC on 3 December 2026, on main at c30ede1: 98/120 = 81.7% (English 50/60, Urdu 22/30,
        // Roman Urdu 26/30); its misses are not folded in yet
        "sealed-g" => (SealedPhrasingsG.English, SealedPhrasingsG.Urdu, SealedPhrasingsG.RomanUrdu, (50, 22, 26)),
        // its single first run, the same run: 61/120 = 50.8% (English 29/60, Urdu 16/30, Roman Urdu 16/30); chattier
        // messages (context before the request, several sentences), not folded in yet
        "sealed-h" => (SealedPhrasingsH.English, SealedPhrasingsH.Urdu, SealedPhrasingsH.RomanUrdu, (29, 16, 16)),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Batches))]
    public async Task Each_language_keeps_the_cases_it_understood(string name)
    {
        var batch = Batch(name);
        var languages = new[] { ("English", batch.English, batch.Floor.English), ("Urdu", batch.Urdu, batch.Floor.Urdu), ("RomanUrdu", batch.RomanUrdu, batch.Floor.RomanUrdu) };
        var shortfalls = new List<string>();
        foreach (var (language, rows, floor) in languages)
        {
            var misses = new List<string>();
            foreach (var row in rows)
            {
                var problems = await ConversationJudge.RunAsync(await fixture.NewUserAsync(), row.Conversation, row.Expected);
                if (problems.Count > 0)
                {
                    misses.Add($"\"{row.Conversation}\" (expected {row.Expected}): {string.Join("; ", problems)}");
                }
            }
            var passed = rows.Count - misses.Count;
            output.WriteLine($"{name} {language}: {passed}/{rows.Count} (floor {floor})");
            misses.ForEach(miss => output.WriteLine("  miss " + miss));
            if (passed < floor)
            {
                shortfalls.Add($"{language}: {passed}/{rows.Count}, below the {floor} it had; misses:\n    " + string.Join("\n    ", misses));
            }
        }

        Assert.True(shortfalls.Count == 0, $"The {name} batch lost cases:\n  " + string.Join("\n  ", shortfalls));
    }
}
