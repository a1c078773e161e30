using System.Net;
using System.Text;
using BriefingSite.Model;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace BriefingSite.Rendering;

/// <summary>
/// Inserts sentence anchors and links into a paragraph's inline tree at plain-text offsets.
/// Links are only placed over text that sits in one top-level literal, so the HTML always stays well nested.
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

        var pendingAnchors = new Queue<(int Start, string Id)>(anchors.OrderBy(a => a.Start));
        var usable = links.Where(l => !linkedKeys.Contains(l.Key)).ToList();
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
                var link = usable.FirstOrDefault(l => l.Start >= cursor && l.Start + l.Length <= end && !linkedKeys.Contains(l.Key)
                                                      && !pendingAnchors.Any(a => a.Start > l.Start && a.Start < l.Start + l.Length));
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

    private static void Anchor(ContainerInline container, string id) =>
        container.AppendChild(new HtmlInline($"<span class=\"s\" id=\"{id}\"></span>"));

    private static void Literal(ContainerInline container, string text, int from, int length)
    {
        if (length <= 0) return;
        container.AppendChild(new LiteralInline(new StringSlice(text, from, from + length - 1)));
    }
}
