namespace Plannior.ChatApi.Chat.Offline;

using System.Text.RegularExpressions;

internal static partial class IntentCues
{
    /// <summary>
    /// The command verbs of a set of lexicons (<see cref="ILexicon.Verbs"/>), joined into one compiled pattern per
    /// kind when the set is built, so adding a language's verbs needs no change to the parser.
    /// </summary>
    internal sealed class VerbPatterns
    {
        private const RegexOptions Compiled = Options | RegexOptions.Compiled;

        // what a kind with no verbs in any lexicon reads: nothing (an empty alternation would match everywhere)
        private const string Nothing = "(?!)";

        public VerbPatterns(IReadOnlyList<ILexicon> lexicons)
        {
            var verbs = lexicons.Select(l => l.Verbs).ToList();
            ListLead = Lead(verbs, v => v.ListLead);
            ListTrail = Trail(verbs, v => v.ListTrail);
            AddLead = Lead(verbs, v => v.AddLead);
            AddTrail = Trail(verbs, v => v.AddTrail);
            CompleteLead = Lead(verbs, v => v.CompleteLead);
            CompleteTrail = Trail(verbs, v => v.CompleteTrail);
            UpdateLead = Lead(verbs, v => v.UpdateLead);
            UpdateTrail = Trail(verbs, v => v.UpdateTrail);
            DeleteLead = Lead(verbs, v => v.DeleteLead);
            DeleteTrail = Trail(verbs, v => v.DeleteTrail);
            Undo = new Regex($"^(?:{Join(verbs, v => v.Undo)})$", Compiled);
        }

        public Regex ListLead { get; }
        public Regex ListTrail { get; }
        public Regex AddLead { get; }
        public Regex AddTrail { get; }
        public Regex CompleteLead { get; }
        public Regex CompleteTrail { get; }
        public Regex UpdateLead { get; }
        public Regex UpdateTrail { get; }
        public Regex DeleteLead { get; }
        public Regex DeleteTrail { get; }

        /// <summary>"undo", "wapas kar do", "واپس کر دیں": the whole message asks to revert the latest change.</summary>
        public Regex Undo { get; }

        private static Regex Lead(List<CommandVerbs> verbs, Func<CommandVerbs, IReadOnlyList<string>> kind) =>
            new($@"^(?:{Join(verbs, kind)})\b", Compiled);

        private static Regex Trail(List<CommandVerbs> verbs, Func<CommandVerbs, IReadOnlyList<string>> kind) =>
            new($"(?:{Join(verbs, kind)})$", Compiled);

        // in lexicon order, each fragment grouped so its own alternatives stay inside it
        private static string Join(List<CommandVerbs> verbs, Func<CommandVerbs, IReadOnlyList<string>> kind)
        {
            var fragments = verbs.SelectMany(kind).Select(f => $"(?:{f})").ToList();
            return fragments.Count == 0 ? Nothing : string.Join('|', fragments);
        }
    }
}
