using System.Net;
using System.Text;
using BriefingSite.Model;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace BriefingSite.Rendering;

/// <summary>
/// Inserts sentence anchors and links into a paragraph's inline tree at plain-text offsets.
/// Links are only placed over text that sits in one top-level literal, so the HTML always stays well nested.
/// Linear in the number of links and anchors: a paragraph with thousands of each stays fast.
/// </summary>
internal static class InlineAnnotator
{
    public static void Apply(ContainerInline container, List<(int Start, string Id)> anchors, List<InlineLink> links, HashSet<string> linkedKeys)
    {
        if (anchors.Count == 0 && links.Count == 0) return;
        var children = new List<(Inline Node, int Start, int End)>();
        var offset = 0;
        foreach (var child in container)
        {
            var sb = new StringBuilder();
            MarkdownRenderer.Append(sb, child);
            children.Add((child, offset, offset + sb.Length));
            offset += sb.Length;
        }
        foreach (var c in children) c.Node.Remove();

        var sortedAnchors = anchors.OrderBy(a => a.Start).ToList();
        var anchorStarts = sortedAnchors.Select(a => a.Start).ToArray();
        var pendingAnchors = new Queue<(int Start, string Id)>(sortedAnchors);
        var candidates = new LinkCandidates(links.Where(l => !linkedKeys.Contains(l.Key)).OrderBy(l => l.Start).ToList(), anchorStarts, linkedKeys);
        foreach (var (node, start, end) in children)
        {
            if (node is not LiteralInline literal)
            {
                while (pendingAnchors.Count > 0 && pendingAnchors.Peek().Start < end) Anchor(container, pendingAnchors.Dequeue().Id);
                container.AppendChild(node);
                continue;
            }
            var text = literal.Content.ToString();
            var cursor = start;
            while (cursor < end)
            {
                while (pendingAnchors.Count > 0 && pendingAnchors.Peek().Start <= cursor) Anchor(container, pendingAnchors.Dequeue().Id);
                var link = candidates.Next(cursor, end);
                var nextAnchor = pendingAnchors.Count > 0 && pendingAnchors.Peek().Start < end ? pendingAnchors.Peek().Start : end;
                if (link is not null && link.Start < nextAnchor)
                {
                    Literal(container, text, cursor - start, link.Start - cursor);
                    var cls = link.CssClass is null ? "" : $" class=\"{WebUtility.HtmlEncode(link.CssClass)}\"";
                    container.AppendChild(new HtmlInline($"<a href=\"{WebUtility.HtmlEncode(link.Href)}\"{cls}>"));
                    Literal(container, text, link.Start - start, link.Length);
                    container.AppendChild(new HtmlInline("</a>"));
                    linkedKeys.Add(link.Key);
                    cursor = link.Start + link.Length;
                }
                else
                {
                    Literal(container, text, cursor - start, nextAnchor - cursor);
                    cursor = nextAnchor;
                }
            }
        }
        while (pendingAnchors.Count > 0) Anchor(container, pendingAnchors.Dequeue().Id);
    }

    /// <summary>
    /// Walks the links in start order once. A link passed over is never placeable later: its key is already linked,
    /// a sentence starts inside it, or it runs past the end of its literal, and the cursor only moves forward.
    /// </summary>
    private sealed class LinkCandidates(List<InlineLink> links, int[] anchorStarts, HashSet<string> linkedKeys)
    {
        private int next;

        /// <summary>The first link starting at or after <paramref name="cursor"/> that fits in the literal ending at <paramref name="end"/>.</summary>
        public InlineLink? Next(int cursor, int end)
        {
            while (next < links.Count && links[next].Start < cursor) next++;
            for (; next < links.Count && links[next].Start <= end; next++)
            {
                var l = links[next];
                if (l.Start + l.Length <= end && !linkedKeys.Contains(l.Key) && !AnchorInside(l.Start, l.Start + l.Length)) return l;
            }
            return null;
        }

        private bool AnchorInside(int from, int to)
        {
            var i = Array.BinarySearch(anchorStarts, from + 1);
            if (i < 0) i = ~i;
            else while (i > 0 && anchorStarts[i - 1] == from + 1) i--;
            return i < anchorStarts.Length && anchorStarts[i] < to;
        }
    }

    private static void Anchor(ContainerInline container, string id) =>
        container.AppendChild(new HtmlInline($"<span class=\"s\" id=\"{id}\"></span>"));

    private static void Literal(ContainerInline container, string text, int from, int length)
    {
        if (length <= 0) return;
        container.AppendChild(new LiteralInline(new StringSlice(text, from, from + length - 1)));
    }
}
