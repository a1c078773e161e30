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
    private readonly MarkdownPipeline pipeline = new MarkdownPipelineBuilder()
        .UseSmartyPants()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    /// <summary>The paragraphs and sentences of a Markdown body, numbered as <see cref="Render"/> numbers them.</summary>
    public ImmutableArray<DocParagraph> ReadDocument(string markdown)
    {
        var doc = Markdown.Parse(markdown, pipeline);
        var result = ImmutableArray.CreateBuilder<DocParagraph>();
        var index = 0;
        foreach (var leaf in Leaves(doc))
        {
            var text = PlainText(leaf.Inline!);
            var sentences = SentenceSplitter.Split(text)
                .Select((s, k) => new DocSentence(k, s.Start, s.Length, text.Substring(s.Start, s.Length), SentenceId(index, k)))
                .ToImmutableArray();
            if (sentences.IsEmpty) sentences = [new DocSentence(0, 0, text.Length, text, SentenceId(index, 0))];
            result.Add(new DocParagraph(index, text, sentences, leaf is HeadingBlock));
            index++;
        }
        return result.ToImmutable();
    }

    public static string SentenceId(int paragraph, int sentence) =>
        string.Create(CultureInfo.InvariantCulture, $"s-{paragraph}-{sentence}");

    /// <summary>Renders the body with paragraph ids, sentence anchors and the given links laid over the text.</summary>
    public string Render(string markdown, IReadOnlyList<InlineLink>? links = null)
    {
        var doc = Markdown.Parse(markdown, pipeline);
        SanitizeLinks(doc);
        var byParagraph = (links ?? []).GroupBy(l => l.Paragraph).ToDictionary(g => g.Key, g => g.OrderBy(l => l.Start).ToList());
        var linkedKeys = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var leaf in Leaves(doc))
        {
            var text = PlainText(leaf.Inline!);
            if (leaf is ParagraphBlock) leaf.GetAttributes().Id = "p-" + index.ToString(CultureInfo.InvariantCulture);
            var anchors = SentenceSplitter.Split(text).Select((s, k) => (s.Start, Id: SentenceId(index, k))).ToList();
            byParagraph.TryGetValue(index, out var paragraphLinks);
            InlineAnnotator.Apply(leaf.Inline!, anchors, paragraphLinks ?? [], linkedKeys);
            index++;
        }
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
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
    private static void SanitizeLinks(MarkdownDocument doc)
    {
        foreach (var link in doc.Descendants<LinkInline>())
            if (!IsSafeUrl(link.Url)) link.Url = link.IsImage ? "" : "#";
        foreach (var auto in doc.Descendants<AutolinkInline>())
            if (!IsSafeUrl(auto.IsEmail ? "mailto:" + auto.Url : auto.Url)) auto.Url = "#";
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
