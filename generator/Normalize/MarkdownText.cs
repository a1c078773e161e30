using System.Text;

namespace BriefingSite.Normalize;

/// <summary>Escapes plain text so Markdown shows it literally: no accidental emphasis, links, HTML or list markers.</summary>
public static class MarkdownText
{
    // '&' would start an entity, '^' a superscript; "++" and "==" (below) insertions and marks.
    private const string Special = "\\`*_[]<>#|~&^";

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            // "''" would become a closing double quote: the second apostrophe of a pair is escaped.
            if (Special.Contains(c) || (c is '+' or '=' && ((k + 1 < text.Length && text[k + 1] == c) || (k > 0 && text[k - 1] == c)))
                || (c == '\'' && k > 0 && text[k - 1] == '\'')) sb.Append('\\');
            sb.Append(c);
        }
        var s = sb.ToString();
        // A line starting "1. " or "- " or "+ " or "= " would become a list or a heading underline, and one of dashes and
        // spaces only ("-- -") a thematic break.
        if (s.Length > 0 && (s[0] is '-' or '+' or '=') && (s.Length == 1 || s[1] == ' ' || s.All(ch => ch == s[0]) || (s[0] == '-' && s.All(ch => ch is '-' or ' ' or '\t'))))
            s = "\\" + s;
        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i is > 0 and < 10 && i < s.Length && (s[i] is '.' or ')') && (i + 1 == s.Length || s[i + 1] == ' '))
            s = s[..i] + "\\" + s[i..];
        return s;
    }

    /// <summary>Markdown that shows <paramref name="markdown"/> as it is written, one paragraph per non-blank line.</summary>
    public static string Literal(string markdown) =>
        string.Join("\n\n", markdown.Split('\n').Select(ParagraphSplitter.Clean).Where(l => l.Length > 0).Select(Escape));
}
