namespace Plannior.ChatApi.Chat.Offline;

using System.Text;

internal static class TextNormalizer
{
    // Keyboards and phones produce several code points for the same Urdu letter or digit;
    // the phrase patterns are written with the Urdu ones.
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            switch (c)
            {
                case >= '\u06F0' and <= '\u06F9': sb.Append((char)('0' + (c - '\u06F0'))); break;
                case >= '\u0660' and <= '\u0669': sb.Append((char)('0' + (c - '\u0660'))); break;
                case '\u064A' or '\u0649': sb.Append('\u06CC'); break; // Arabic yeh → Farsi yeh
                case '\u0643': sb.Append('\u06A9'); break; // Arabic kaf → keheh
                case '\u0647': sb.Append('\u06C1'); break; // heh → heh goal
                case '\u061F': sb.Append('?'); break;
                case '\u060C': sb.Append(','); break;
                case '\u06D4': sb.Append('.'); break;
                case '\u2018' or '\u2019' or '\u201B' or '\u2032': sb.Append('\''); break;
                case '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u201E': sb.Append('"'); break;
                case '\u2013' or '\u2014': sb.Append(" - "); break;
                case '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' or '\u0640': break;
                case >= '\u064B' and <= '\u065F' or '\u0670': break; // harakat are optional in Urdu
                default: sb.Append(char.IsWhiteSpace(c) ? ' ' : c); break;
            }
        }

        return Collapse(sb.ToString());
    }

    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
