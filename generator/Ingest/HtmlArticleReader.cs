using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingSite.Diagnostics;
using BriefingSite.Model;

namespace BriefingSite.Ingest;

/// <summary>
/// Reads a saved web page as an article: headline, publication date, source, author and canonical URL from meta
/// tags, JSON-LD and the page's own markup; the body from the article element (or the densest block of text)
/// without navigation, ads, share bars, related links, captions, scripts or forms. Used by `build` for .html files
/// and by `add`.
/// </summary>
public static partial class HtmlArticleReader
{
    public static HtmlArticle Read(string html)
    {
        var doc = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        var ld = HtmlJsonLd.Read(doc);
        var source = Meta(doc, "og:site_name") ?? ld.Publisher ?? Meta(doc, "application-name");
        var title = Meta(doc, "og:title") ?? Meta(doc, "twitter:title") ?? ld.Headline
            ?? Text(doc.QuerySelector("article h1") ?? doc.QuerySelector("h1")) ?? TitleElement(doc, source);
        var date = FirstDate(
            Meta(doc, "article:published_time"), ld.DatePublished, Meta(doc, "datePublished"), Meta(doc, "pubdate"),
            Meta(doc, "publishdate"), Meta(doc, "date"), Meta(doc, "dc.date"), Meta(doc, "dc.date.issued"),
            doc.QuerySelector("article time[datetime], time[pubdate][datetime], time[itemprop=datePublished][datetime], time[datetime]")?.GetAttribute("datetime"));
        var author = Meta(doc, "author") ?? NotUrl(Meta(doc, "article:author")) ?? ld.Author
            ?? Text(doc.QuerySelector("[rel~=author], [itemprop=author]")) ?? Byline(doc);
        var url = AbsoluteHttp(doc.QuerySelector("link[rel~=canonical]")?.GetAttribute("href")) ?? AbsoluteHttp(Meta(doc, "og:url")) ?? AbsoluteHttp(ld.Url);
        var (paragraphs, lines) = HtmlBodyExtractor.Paragraphs(doc, title);
        return new HtmlArticle(Clean(title), date, Clean(source), Clean(author), url, paragraphs, lines);
    }

    /// <summary>
    /// Turns an .html article read by the Ingest stage into a plain-text body with the page's metadata as front matter;
    /// front matter written in the file itself wins over what the page says.
    /// </summary>
    public static (RawArticle? Article, ImmutableArray<Diagnostic> Diagnostics) Apply((RawArticle? Article, ImmutableArray<Diagnostic> Diagnostics) read)
    {
        if (read.Article is not { Format: ArticleFormat.Html } raw) return read;
        var page = Read(raw.Body);
        if (page.Paragraphs.IsEmpty)
            return (null, read.Diagnostics.Add(Messages.HtmlNoArticleText(new SourceSpan(raw.File.DisplayPath))));
        var m = raw.Meta;
        var meta = m with
        {
            Title = m.Title ?? page.Title,
            Date = m.Date ?? page.Date,
            Source = m.Source ?? page.Source,
            Author = m.Author ?? page.Author,
            Url = m.Url ?? page.Url,
        };
        // Each paragraph sits on its element's line of the file, so diagnostics about the text point into the markup.
        return (raw with { Meta = meta, Body = page.BodyTextAtSourceLines(), BodyLine = raw.BodyLine }, read.Diagnostics);
    }

    private static string? Meta(IDocument doc, string key)
    {
        foreach (var el in doc.QuerySelectorAll("meta[content]"))
        {
            var name = el.GetAttribute("property") ?? el.GetAttribute("name") ?? el.GetAttribute("itemprop");
            if (name is not null && string.Equals(name.Trim(), key, StringComparison.OrdinalIgnoreCase))
                return Clean(el.GetAttribute("content"));
        }
        return null;
    }

    private static PartialDate? FirstDate(params string?[] candidates)
    {
        foreach (var c in candidates)
            if (PartialDate.TryParseIso(c?.Trim()) is { } d) return d;
        return null;
    }

    /// <summary>The &lt;title&gt;, without the " | Site name" or " - Site name" it usually ends with.</summary>
    private static string? TitleElement(IDocument doc, string? source)
    {
        var t = Clean(doc.Title);
        if (t is null) return null;
        foreach (var sep in new[] { " | ", " – ", " — ", " - ", " :: " })
        {
            var cut = t.LastIndexOf(sep, StringComparison.Ordinal);
            if (cut > 0 && (source is null || t[(cut + sep.Length)..].Contains(source, StringComparison.OrdinalIgnoreCase) || t.Length - cut < 40))
                return t[..cut].Trim();
        }
        return t;
    }

    private static string? Byline(IDocument doc)
    {
        var el = doc.QuerySelector(".byline, .author, [class*=byline], [class*=author-name]");
        var text = Text(el);
        if (text is null || text.Length > 80) return null;
        return Clean(BylinePrefix().Replace(text, ""));
    }

    [GeneratedRegex(@"^\s*by\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylinePrefix();

    private static string? Text(IElement? el) => el is null ? null : Clean(el.TextContent);

    private static string? NotUrl(string? s) => s is not null && s.Contains("://", StringComparison.Ordinal) ? null : s;

    private static string? AbsoluteHttp(string? s) =>
        s is not null && Uri.TryCreate(s.Trim(), UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.AbsoluteUri : null;

    /// <summary>Collapses whitespace; empty becomes null.</summary>
    public static string? Clean(string? s)
    {
        if (s is null) return null;
        var t = Whitespace().Replace(s, " ").Trim();
        return t.Length == 0 ? null : t;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
