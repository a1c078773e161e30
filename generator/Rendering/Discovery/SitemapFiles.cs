using System.Text;
using System.Xml;
using BriefingSite.Model;

namespace BriefingSite.Rendering.Discovery;

/// <summary>
/// <c>sitemap.xml</c> (every HTML page that was rendered, except <c>404.html</c>) and <c>robots.txt</c> pointing to it.
/// Runs after every page set: it lists exactly the pages the build produced, whichever page sets exist.
/// </summary>
public static class SitemapFiles
{
    public static IEnumerable<OutputFile> Render(RenderContext ctx, IEnumerable<string> outputPaths)
    {
        var dates = ctx.Site.Articles.Where(a => a.Date is not null)
            .ToDictionary(a => $"articles/{a.Slug}/index.html", a => a.Date!.Value, StringComparer.Ordinal);
        var pages = outputPaths
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "404.html")
            .Order(StringComparer.Ordinal);

        var sb = new StringBuilder();
        using (var w = XmlWriter.Create(sb, new XmlWriterSettings { Indent = true, NewLineChars = "\n" }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in pages)
            {
                w.WriteStartElement("url");
                w.WriteElementString("loc", ctx.Urls.Absolute(ctx.Urls.Path(PageUrl(page))));
                if (dates.TryGetValue(page, out var d))
                    w.WriteElementString("lastmod", d.ToString());
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        var xml = sb.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
        yield return new OutputFile("sitemap.xml", Utf8.Bytes(xml));

        var robots = new StringBuilder("User-agent: *\nAllow: /\n");
        // The Sitemap line must be an absolute URL; without a known host, crawlers find sitemap.xml at the root by convention only.
        if (ctx.Urls.HasHost) robots.Append("\nSitemap: ").Append(ctx.Urls.Absolute(ctx.Urls.Path("sitemap.xml"))).Append('\n');
        yield return new OutputFile("robots.txt", Utf8.Bytes(robots.ToString()));
    }

    /// <summary>"articles/x/index.html" → "articles/x/"; "index.html" → ""; other pages keep their file name.</summary>
    private static string PageUrl(string path) =>
        path == "index.html" ? "" : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
}
