using System.Text;

namespace BriefingSite.Normalize;

/// <summary>
/// Splits plain text into paragraphs. Text in the wild puts one paragraph per line (seeds, scraped pages)
/// or hard-wraps paragraphs at a fixed width (e-mail, wire copy); a blank-line-separated block is joined
/// only when its lines look wrapped.
/// </summary>
public static class ParagraphSplitter
{
    /// <summary>
    /// Markdown keeps its own structure: blocks are cut only at blank lines and their lines are left as written,
    /// so lists, indented code and fenced code survive.
    /// </summary>
    public static List<TextParagraph> SplitBlocks(string body, int firstLine)
    {
        var result = new List<TextParagraph>();
        var lines = body.Split('\n');
        var start = -1;
        for (var i = 0; i <= lines.Length; i++)
        {
            var blank = i == lines.Length || lines[i].Trim().Length == 0;
            if (!blank && start < 0) start = i;
            if (blank && start >= 0)
            {
                result.Add(new TextParagraph(string.Join('\n', lines[start..i].Select(KeepIndent)), firstLine + start));
                start = -1;
            }
        }
        return result;
    }

    /// <summary>Control and invisible characters go as in <see cref="Clean"/>, but indentation stays: it is Markdown structure.</summary>
    private static string KeepIndent(string line)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] is ' ' or '\t') indent++;
        return line[..indent] + Clean(line[indent..]);
    }

    public static List<TextParagraph> Split(string body, int firstLine)
    {
        var lines = body.Split('\n');
        var blocks = new List<List<(string Text, int Line)>>();
        List<(string, int)>? current = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Clean(lines[i]);
            if (line.Length == 0) { current = null; continue; }
            if (current is null) { current = []; blocks.Add(current); }
            current.Add((line, firstLine + i));
        }

        var result = new List<TextParagraph>();
        foreach (var block in blocks)
        {
            if (block.Count > 1 && LooksWrapped(block))
                result.Add(new TextParagraph(string.Join(' ', block.Select(b => b.Text)), block[0].Line));
            else
                result.AddRange(block.Select(b => new TextParagraph(b.Text, b.Line)));
        }
        return result;
    }

    /// <summary>Wrapped text: every line but the last is of similar, moderate width and most do not end a sentence.</summary>
    private static bool LooksWrapped(List<(string Text, int Line)> block)
    {
        var inner = block.Take(block.Count - 1).Select(b => b.Text).ToList();
        if (inner.Any(t => t.Length is < 45 or > 100)) return false;
        if (inner.Count > 1 && inner.Max(t => t.Length) - inner.Min(t => t.Length) > 25) return false;
        var unfinished = inner.Count(t => !".!?\"”'’:".Contains(t[^1]));
        return unfinished * 3 >= inner.Count * 2;
    }

    /// <summary>No-break and other odd spaces become plain spaces; control characters go; runs of spaces collapse.</summary>
    public static string Clean(string line)
    {
        var sb = new StringBuilder(line.Length);
        var lastSpace = true;
        foreach (var ch in line)
        {
            var c = ch;
            if (c is '\u00A0' or '\u2007' or '\u202F' or '\t' || (char.IsWhiteSpace(c) && c != '\n')) c = ' ';
            else if (char.IsControl(c) || c is '\u200B' or '\uFEFF' or '\uFFFE' or '\uFFFF' or >= '\uFDD0' and <= '\uFDEF') continue;  // noncharacters too
            if (c == ' ')
            {
                if (lastSpace) continue;
                lastSpace = true;
            }
            else lastSpace = false;
            sb.Append(c);
        }
        return sb.ToString().TrimEnd();
    }
}
