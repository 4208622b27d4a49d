using System.Text;
using System.Text.RegularExpressions;
using Plannior.Web.Tests.Infrastructure;

namespace Plannior.Web.Tests.Unit;

/// <summary>
/// No component writes UI text into its markup: every text node, every text attribute (placeholder, title,
/// aria-label, alt, label) and every string a text-position expression prints comes from the resources.
/// </summary>
public sealed partial class MarkupLiteralTests
{
    private static readonly string Components = Path.Combine(Repository.Root, "Plannior.Web", "Components");

    // words that are not UI text in any language
    private static readonly HashSet<string> AllowedWords = new(StringComparer.Ordinal) { "else" };

    private static readonly string[] RazorFileNames =
        [.. Directory.EnumerateFiles(Components, "*.razor", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Components, path))
            .Order(StringComparer.Ordinal)];

    public static TheoryData<string> RazorFiles() => [.. RazorFileNames];

    [Fact]
    public void Every_component_is_scanned()
    {
        Assert.True(RazorFileNames.Length >= 20, $"only {RazorFileNames.Length} components found under {Components}");
    }

    [Theory]
    [MemberData(nameof(RazorFiles))]
    public void A_component_has_no_ui_text_outside_the_resources(string file)
    {
        var leftovers = Literals(File.ReadAllText(Path.Combine(Components, file))).ToList();

        Assert.True(leftovers.Count == 0, $"{file}: {string.Join(" | ", leftovers)}");
    }

    [Fact]
    public void The_scan_finds_text_nodes_attributes_and_printed_strings()
    {
        const string markup = """
            @inject IStringLocalizer<SharedResource> L
            <p class="muted">Loading…</p>
            <input placeholder="Search tasks" @onchange="e => Changed(e)" />
            <button aria-label="@L["Close"]" title="Close" @onclick="() => open = false">@(busy ? "Saving…" : L["Save"])</button>
            <span class="@(done ? "task--done" : "")">@L["Ok"] ×</span>
            <span>@T["Count", n] @day.ToString("d MMM", culture) @(state == "failed" ? T["Failed"] : "")</span>
            @if (busy)
            {
                <b>@L["Busy"]</b>
            }
            @code { private string x = "not markup"; }
            """;

        Assert.Equal(["\"Saving…\"", "Loading…", "placeholder=\"Search tasks\"", "title=\"Close\""],
            Literals(markup).Order(StringComparer.Ordinal));
    }

    /// <summary>Every piece of markup text that has a word in it and does not come from an expression.</summary>
    public static IEnumerable<string> Literals(string razor)
    {
        var markup = Markup(razor);
        var text = new StringBuilder();
        for (var i = 0; i < markup.Length; i++)
        {
            // a tag opens with '<' and a name; "GetValues<TaskPriority>" is a generic argument
            if (markup[i] == '<' && i + 1 < markup.Length
                && (markup[i + 1] is '/' or '!' || (char.IsLetter(markup[i + 1]) && (i == 0 || !char.IsLetterOrDigit(markup[i - 1])))))
            {
                var end = TagEnd(markup, i);
                foreach (var found in AttributeLiterals(markup[i..end]))
                {
                    yield return found;
                }
                text.Append('\n');
                i = end - 1;
            }
            else
            {
                text.Append(markup[i]);
            }
        }
        foreach (var node in text.ToString().Split('\n'))
        {
            foreach (var printed in PrintedStrings(node))
            {
                yield return printed;
            }
            var words = WithoutExpressions(node).Trim();
            if (HasWord(words))
            {
                yield return words;
            }
        }
    }

    private static IEnumerable<string> AttributeLiterals(string tag)
    {
        foreach (Match attribute in TextAttribute().Matches(tag))
        {
            var start = attribute.Index + attribute.Length;
            var value = tag[start] == '@' ? tag[start..Math.Min(tag.Length, ExpressionEnd(tag, start))] : tag[start..tag.IndexOf('"', start)];
            if (!value.StartsWith('@') && HasWord(value))
            {
                yield return $"{attribute.Groups["name"].Value}=\"{value}\"";
            }
            foreach (var printed in PrintedStrings(value))
            {
                yield return printed;
            }
        }
    }

    // the closing '>' of a tag, past quoted values and the lambdas inside them
    private static int TagEnd(string markup, int open)
    {
        var quoted = false;
        for (var i = open + 1; i < markup.Length; i++)
        {
            if (markup[i] == '"' && !InsideIndexer(markup, i))
            {
                quoted = !quoted;
            }
            else if (markup[i] == '>' && !quoted)
            {
                return i + 1;
            }
        }
        return markup.Length;
    }

    // a quote of L["Key"] inside an attribute value does not end the value
    private static bool InsideIndexer(string text, int quote) =>
        (quote > 0 && text[quote - 1] == '[') || (quote + 1 < text.Length && text[quote + 1] is ']' or ',');

    private static int ExpressionEnd(string text, int at)
    {
        if (at + 1 < text.Length && text[at + 1] == '(')
        {
            return SkipBalanced(text, at + 1);
        }
        var i = at + 1;
        while (i < text.Length && text[i] != '"')
        {
            i = text[i] == '[' ? SkipBalanced(text, i) : i + 1;
        }
        return i;
    }

    // the markup only: no @code block, comments, scripts or drawings
    private static string Markup(string razor)
    {
        var code = CodeBlock().Match(razor);
        var markup = code.Success ? razor[..code.Index] : razor;
        markup = RazorComment().Replace(markup, "");
        markup = Script().Replace(markup, "");
        markup = Drawing().Replace(markup, "");
        // directives (@page, @inject, ...) and C# statements inside blocks
        return string.Join('\n', markup.Split('\n').Where(line =>
            !Directive().IsMatch(line) && !line.TrimEnd().EndsWith(';') && !SwitchLabel().IsMatch(line)));
    }

    private static IEnumerable<string> PrintedStrings(string text) =>
        StringLiteral().Matches(text).Select(match => match.Groups["text"].Value).Where(HasWord).Select(value => $"\"{value}\"");

    private static bool HasWord(string text) =>
        Word().Matches(text).Any(word => !AllowedWords.Contains(word.Value));

    // removes @name.member[...](...), @(...), @{...} and @if (...) / @foreach (...) heads
    private static string WithoutExpressions(string text)
    {
        text = ElseIf().Replace(text, "@if ");
        var result = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '@')
            {
                result.Append(text[i]);
                continue;
            }
            i++;
            if (i < text.Length && text[i] is '(' or '{')
            {
                i = SkipBalanced(text, i) - 1;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' || (text[i] == '?' && i + 1 < text.Length && text[i + 1] == '.')))
            {
                i++;
            }
            var name = text[start..i];
            if (name is "if" or "foreach" or "for" or "while" or "switch" or "using" or "else")
            {
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
            }
            while (i < text.Length && text[i] is '(' or '[')
            {
                i = SkipBalanced(text, i);
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.'))
                {
                    i++;
                }
            }
            i--;
        }
        return result.ToString();
    }

    private static int SkipBalanced(string text, int open)
    {
        var depth = 0;
        var inString = false;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && (i == 0 || text[i - 1] != '\\'))
            {
                inString = !inString;
            }
            else if (!inString && c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (!inString && c is ')' or ']' or '}' && --depth == 0)
            {
                return i + 1;
            }
        }
        return text.Length;
    }

    [GeneratedRegex(@"^@code\b", RegexOptions.Multiline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"<script\b.*?</script>", RegexOptions.Singleline)]
    private static partial Regex Script();

    [GeneratedRegex(@"<svg\b.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Drawing();

    [GeneratedRegex(@"^\s*(case\s.*|default):\s*$")]
    private static partial Regex SwitchLabel();

    [GeneratedRegex(@"^\s*@(page|inject|inherits|implements|attribute|rendermode|layout|using)\b")]
    private static partial Regex Directive();

    [GeneratedRegex(@"\s(?<name>placeholder|title|aria-label|alt|label)=""")]
    private static partial Regex TextAttribute();

    // a C# string an expression prints: not a resource key (L["Key"], T["Key", n]), a format (ToString("d MMM")) or a value compared with (== "failed")
    [GeneratedRegex("""(?<!\[\$?)(?<!ToString\()(?<![=!]=\s*)(?<!\w)"(?<text>[^"\\\r\n]*)"(?!\])""")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\belse\s+if\s*(?=\()")]
    private static partial Regex ElseIf();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Word();
}
