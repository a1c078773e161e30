using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using BriefingSite.Model;
using BriefingSite.Normalize;
using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingSite.Rendering;

/// <summary>
/// Markdown → HTML through one Markdig pipeline, built once. Raw HTML is never passed through (it shows as text),
/// links may only use http(s), mailto or site-relative targets, and every paragraph and sentence gets an id
/// so that other pages can point at the exact sentence a fact came from.
/// </summary>
public sealed class MarkdownRenderer
{
    /// <summary>Deepest nesting of blocks and inlines rendered as Markdown; deeper text is shown literally (Markdig itself stops at 128).</summary>
    public const int MaxNesting = 64;

    // Immutable once built and shared, so that the nesting check sees exactly what rendering will see.
    private static readonly MarkdownPipeline SharedPipeline = new MarkdownPipelineBuilder()
        .UseSmartyPants()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    private readonly MarkdownPipeline pipeline = SharedPipeline;

    /// <summary>True when <paramref name="markdown"/> nests deeper than <see cref="MaxNesting"/> (or deeper than Markdig accepts).</summary>
    public static bool NestsTooDeep(string markdown) => TryParse(markdown) is null;

    /// <summary>The parsed document, or null when it nests too deeply to render safely.</summary>
    private static MarkdownDocument? TryParse(string markdown)
    {
        MarkdownDocument doc;
        try { doc = Markdown.Parse(markdown, SharedPipeline); }
        catch (ArgumentException) { return null; }  // Markdig's own depth limit
        return Depth(doc) > MaxNesting ? null : doc;
    }

    /// <summary>Parses; text too deep to render is parsed as literal paragraphs instead, so no input can exhaust the stack.</summary>
    private static MarkdownDocument Parse(string markdown) =>
        (markdown.Length > MaxNesting ? TryParse(markdown) : Markdown.Parse(markdown, SharedPipeline))
        ?? Markdown.Parse(MarkdownText.Literal(markdown), SharedPipeline);

    /// <summary>Depth of the block and inline tree, measured without recursion.</summary>
    private static int Depth(MarkdownObject root)
    {
        var max = 0;
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > max) max = depth;
            if (depth > MaxNesting) return depth;
            switch (node)
            {
                case ContainerBlock block:
                    foreach (var child in block) pending.Push((child, depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1));
                    break;
                case ContainerInline container:
                    foreach (var child in container) pending.Push((child, depth + 1));
                    break;
            }
        }
        return max;
    }

    /// <summary>The paragraphs and sentences of a Markdown body, numbered as <see cref="Render"/> numbers them.</summary>
    public ImmutableArray<DocParagraph> ReadDocument(string markdown)
    {
        var doc = Parse(markdown);
        var result = ImmutableArray.CreateBuilder<DocParagraph>();
        var index = 0;
        foreach (var leaf in Leaves(doc))
        {
            var text = PlainText(leaf.Inline!);
            var sentences = SentenceSplitter.Split(text)
                .Select((s, k) => DocSentence.Of(index, text, k, s.Start, s.Length))
                .ToImmutableArray();
            if (sentences.IsEmpty) sentences = [DocSentence.Of(index, text, 0, 0, text.Length)];
            result.Add(new DocParagraph(index, text, sentences, leaf is HeadingBlock));
            index++;
        }
        return result.ToImmutable();
    }

    /// <summary>Renders the body with paragraph ids, sentence anchors and the given links laid over the text.</summary>
    public string Render(string markdown, IReadOnlyList<InlineLink>? links = null)
    {
        var doc = Parse(markdown);
        SanitizeLinks(doc);
        var byParagraph = (links ?? []).GroupBy(l => l.Paragraph).ToDictionary(g => g.Key, g => g.OrderBy(l => l.Start).ToList());
        var linkedKeys = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var leaf in Leaves(doc))
        {
            var text = PlainText(leaf.Inline!);
            if (leaf is ParagraphBlock) leaf.GetAttributes().Id = "p-" + index.ToString(CultureInfo.InvariantCulture);
            // Heading ids come from the author's text; the prefix keeps them clear of the page's own ids ("main", "p-3", "s-3-1").
            else if (leaf.GetAttributes().Id is { Length: > 0 } headingId) leaf.GetAttributes().Id = "h-" + headingId;
            var anchors = SentenceSplitter.Split(text).Select((s, k) => (s.Start, Id: DocSentence.IdOf(index, k))).ToList();
            byParagraph.TryGetValue(index, out var paragraphLinks);
            InlineAnnotator.Apply(leaf.Inline!, anchors, paragraphLinks ?? [], linkedKeys);
            index++;
        }
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        SafeLinkRenderers.Install(renderer);
        renderer.Render(doc);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Renders a short Markdown fragment (a summary, a description) to inline HTML.</summary>
    public string RenderInline(string markdown)
    {
        var html = Render(markdown).Trim();
        return html.StartsWith("<p", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p", 2, StringComparison.Ordinal) < 0
            ? html[(html.IndexOf('>') + 1)..^4]
            : html;
    }

    /// <summary>Paragraphs and headings in document order, including those nested in quotes and lists.</summary>
    private static IEnumerable<LeafBlock> Leaves(MarkdownDocument doc) =>
        doc.Descendants<LeafBlock>().Where(b => b is ParagraphBlock or HeadingBlock && b.Inline is not null);

    /// <summary>The text a reader sees, with typographic quotes as characters.</summary>
    public static string PlainText(ContainerInline container)
    {
        var sb = new StringBuilder();
        Append(sb, container);
        return sb.ToString();
    }

    internal static void Append(StringBuilder sb, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline l: sb.Append(l.Content.AsSpan()); break;
            case CodeInline c: sb.Append(c.Content); break;
            case LineBreakInline: sb.Append(' '); break;
            case HtmlEntityInline e: sb.Append(e.Transcoded.AsSpan()); break;
            case SmartyPant sp: sb.Append(SmartyChar(sp)); break;
            case AutolinkInline a: sb.Append(a.Url); break;
            case HtmlInline: break;
            case ContainerInline c:
                foreach (var child in c) Append(sb, child);
                break;
        }
    }

    internal static string SmartyChar(SmartyPant sp) => sp.Type switch
    {
        SmartyPantType.LeftQuote => "‘",
        SmartyPantType.RightQuote => "’",
        SmartyPantType.LeftDoubleQuote => "“",
        SmartyPantType.RightDoubleQuote => "”",
        SmartyPantType.LeftAngleQuote => "«",
        SmartyPantType.RightAngleQuote => "»",
        SmartyPantType.Dash2 => "–",
        SmartyPantType.Dash3 => "—",
        SmartyPantType.Ellipsis => "…",
        _ => sp.OpeningCharacter.ToString(),
    };

    /// <summary>Allowlist for link and image targets; anything else (javascript:, data:, vbscript:...) is dropped.</summary>
    /// <remarks>Reference links resolve to <see cref="LinkInline"/> too, so their definitions are covered.</remarks>
    private static void SanitizeLinks(MarkdownDocument doc)
    {
        // Both lists are taken before anything changes: Markdig's Descendants() misses nodes after the tree is edited.
        var links = doc.Descendants<LinkInline>().Where(l => !IsSafeUrl(l.Url)).ToList();
        var autolinks = doc.Descendants<AutolinkInline>().Where(a => !IsSafeUrl(a.IsEmail ? "mailto:" + a.Url : a.Url)).ToList();
        // An unsafe link keeps its text and loses the link; an unsafe image becomes its alt text.
        foreach (var link in links)
        {
            if (link.IsImage)
            {
                link.ReplaceBy(new LiteralInline(PlainText(link)));
                continue;
            }
            while (link.FirstChild is { } child)
            {
                child.Remove();
                link.InsertBefore(child);
            }
            link.Remove();
        }
        // An unsafe autolink becomes its text: "<javascript:x>" shows as written, not as a dead link.
        foreach (var auto in autolinks) auto.ReplaceBy(new LiteralInline(auto.Url));
    }

    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var u = WebUtility.HtmlDecode(url).Trim();
        var cleaned = new string(u.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = cleaned.IndexOf(':');
        var slash = cleaned.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return true; // relative
        var scheme = cleaned[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
