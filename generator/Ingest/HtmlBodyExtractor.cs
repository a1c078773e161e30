using System.Collections.Immutable;
using AngleSharp.Dom;

namespace BriefingSite.Ingest;

/// <summary>
/// Finds the article body in a page and returns it as paragraphs of plain text (subheadings as their own short
/// lines, which the normalizer recognises). Page furniture is dropped by element kind, ARIA role, and class or id words.
/// </summary>
public static class HtmlBodyExtractor
{
    /// <summary>Elements that never hold article text.</summary>
    private const string NeverText = "script, style, noscript, template, svg, canvas, iframe, object, embed, form, button, input, select, textarea, dialog, head";

    /// <summary>Elements that, inside the article, hold furniture rather than text.</summary>
    private const string Furniture = "nav, aside, footer, header, figure, figcaption, picture, video, audio, menu, [hidden], [aria-hidden=true], "
        + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], [role=alertdialog], [role=search]";

    /// <summary>Words in a class or id that mark furniture: "share-bar", "related-links", "ad-slot", "cookie-banner"...</summary>
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "share", "sharing", "social", "sharebar", "related", "recommended",
        "recommendations", "promo", "advert", "advertisement", "ad", "ads", "adslot", "dfp", "sponsor", "sponsored", "cookie", "cookies", "consent",
        "gdpr", "newsletter", "subscribe", "signup", "paywall", "comments", "comment", "sidebar", "popup", "modal", "outbrain", "taboola",
        "byline", "caption", "credit", "tags", "toolbar", "masthead", "footer", "header", "trending", "mostread", "most-read", "teaser", "teasers",
        "widget", "banner", "author-bio", "skip", "visually-hidden", "sr-only",
    };

    private const string Blocks = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, td";

    /// <summary>The article's paragraphs, each with the 1-based line its element starts on (0 when the parser kept no positions).</summary>
    public static (ImmutableArray<string> Paragraphs, ImmutableArray<int> Lines) Paragraphs(IDocument doc, string? title)
    {
        foreach (var el in doc.QuerySelectorAll(NeverText).ToList()) el.Remove();
        var container = Container(doc);
        if (container is null) return ([], []);
        foreach (var el in container.QuerySelectorAll(Furniture).ToList()) el.Remove();
        foreach (var el in container.Descendants<IElement>().Where(IsFurnitureByName).ToList()) el.Remove();

        var result = ImmutableArray.CreateBuilder<string>();
        var lines = ImmutableArray.CreateBuilder<int>();
        var cleanTitle = HtmlArticleReader.Clean(title);
        foreach (var el in BlockElements(container))
        {
            var text = HtmlArticleReader.Clean(el.TextContent);
            if (text is null || text == cleanTitle) continue;
            if (IsLinkList(el, text)) continue;
            if (result.Count > 0 && result[^1] == text) continue;
            result.Add(text);
            lines.Add(el.SourceReference?.Position.Line ?? 0);
        }
        return (result.ToImmutable(), lines.ToImmutable());
    }

    /// <summary>The article body: a marked-up body, else the article or main element, else the element with the most paragraph text.</summary>
    private static IElement? Container(IDocument doc)
    {
        var marked = doc.QuerySelector("[itemprop=articleBody], [itemprop=articlebody]");
        if (marked is not null) return marked;
        var article = doc.QuerySelectorAll("article").OrderByDescending(ParagraphTextLength).FirstOrDefault();
        if (article is not null && ParagraphTextLength(article) > 0) return article;
        var main = doc.QuerySelector("main, [role=main]");
        if (main is not null && ParagraphTextLength(main) > 0) return main;
        // The densest block: the element whose own paragraphs hold the most text.
        var densest = doc.Body?.Descendants<IElement>()
            .Select(e => (Element: e, Length: e.Children.Where(c => c.LocalName == "p").Sum(c => c.TextContent.Length)))
            .Where(x => x.Length > 0)
            .OrderByDescending(x => x.Length)
            .Select(x => x.Element)
            .FirstOrDefault();
        return densest ?? doc.Body;
    }

    private static int ParagraphTextLength(IElement e) =>
        e.QuerySelectorAll("p").Where(p => !p.Ancestors<IElement>().Any(IsFurnitureByName)).Sum(p => p.TextContent.Length);

    private static bool IsFurnitureByName(IElement e)
    {
        if (e.LocalName is "body" or "html" or "main" or "article") return false;
        var words = (e.ClassName ?? "") + " " + (e.Id ?? "");
        foreach (var token in words.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (FurnitureWords.Contains(token)) return true;
            foreach (var part in token.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries))
                if ((part.Length > 2 && FurnitureWords.Contains(part)) || (part is "ad" or "ads" && token.Length <= 12)) return true;
        }
        return false;
    }

    /// <summary>Block elements in document order; a block inside another block (a p inside a blockquote or li) is read once, as the inner one.</summary>
    private static IEnumerable<IElement> BlockElements(IElement container)
    {
        var blocks = container.QuerySelectorAll(Blocks).ToList();
        if (blocks.Count == 0)
        {
            yield return container;
            yield break;
        }
        var set = blocks.ToHashSet();
        foreach (var b in blocks)
            if (!b.Descendants<IElement>().Any(set.Contains)) yield return b;
    }

    /// <summary>A block that is mostly link text ("Read more: ...", a list of other stories) is navigation, not prose.</summary>
    private static bool IsLinkList(IElement el, string text)
    {
        var linkText = el.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return linkText > 0 && linkText >= 0.7 * text.Length && text.Length < 300;
    }
}
