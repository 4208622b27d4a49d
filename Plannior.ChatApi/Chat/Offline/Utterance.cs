namespace Plannior.ChatApi.Chat.Offline;

using System.Text.RegularExpressions;

// The part of the user's message not yet explained: each recognised phrase is cut out,
// so whatever is left at the end is the task title or the name of the task meant.
internal sealed class Utterance(string text)
{
    public string Text { get; private set; } = text;

    public Match? Take(Regex regex)
    {
        var match = regex.Match(Text);
        if (!match.Success)
        {
            return null;
        }

        Cut(match.Index, match.Length);
        return match;
    }

    public List<Match> TakeAll(Regex regex)
    {
        var taken = new List<Match>();
        while (Take(regex) is { } match)
        {
            taken.Add(match);
        }

        return taken;
    }

    /// <summary>Puts words a phrase took back at the end, where they still name what they named.</summary>
    public void Append(string words) => Text = $"{Text} {words}";

    public void Prepend(string words) => Text = $"{words} {Text}";

    public void Cut(int index, int length) => Text = string.Concat(Text.AsSpan(0, index), " ", Text.AsSpan(index + length));

    /// <summary>What is left of a part read on its own goes back in that part's place.</summary>
    public void Splice(int index, int length, string rest) => Text = $"{Text[..index]} {rest} {Text[(index + length)..]}";

    public void Replace(Regex regex, string replacement) => Text = regex.Replace(Text, replacement);

    public bool Has(Regex regex) => regex.IsMatch(Text);
}
