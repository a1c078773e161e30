using System.Xml.Linq;
using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

public class DiscoveryTests
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private const string TwoArticles = """
        === articles/a.md ===
        ---
        title: First report
        date: 2025-05-02
        ---
        The first report.
        === articles/b.md ===
        ---
        title: Second report
        ---
        The second report, undated.
        """;

    [Fact]
    public void Sitemap_lists_every_page_but_404_with_absolute_urls_and_robots_points_to_it()
    {
        using var site = new TestSite(TwoArticles);
        site.Build("https://example.org/briefing/").Succeeded.ShouldBeTrue();
        var locs = XDocument.Parse(site.ReadOutput("sitemap.xml")).Root!.Elements(Sm + "url")
            .ToDictionary(u => u.Element(Sm + "loc")!.Value, u => u.Element(Sm + "lastmod")?.Value);

        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(site.Output, p).Replace('\\', '/'))
            .Where(p => p != "404.html")
            .Select(p => "https://example.org/briefing/" + (p == "index.html" ? "" : p.EndsWith("/index.html") ? p[..^"index.html".Length] : p));
        locs.Keys.Order(StringComparer.Ordinal).ShouldBe(pages.Order(StringComparer.Ordinal));
        locs["https://example.org/briefing/articles/first-report/"].ShouldBe("2025-05-02");
        locs["https://example.org/briefing/articles/second-report/"].ShouldBeNull();
        locs.Keys.ShouldNotContain(k => k.Contains("404"));

        site.ReadOutput("robots.txt").ShouldContain("Sitemap: https://example.org/briefing/sitemap.xml\n");
    }

    [Fact]
    public void Pages_carry_canonical_and_opengraph_urls_when_the_host_is_known()
    {
        using var site = new TestSite(TwoArticles);
        site.Build("https://example.org/briefing/").Succeeded.ShouldBeTrue();
        var doc = new HtmlParser().ParseDocument(site.ReadOutput("articles/first-report/index.html"));
        doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href").ShouldBe("https://example.org/briefing/articles/first-report/");
        doc.QuerySelector("meta[property='og:url']")!.GetAttribute("content").ShouldBe("https://example.org/briefing/articles/first-report/");
        doc.QuerySelector("meta[property='og:type']")!.GetAttribute("content").ShouldBe("article");
        doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content").ShouldBe("First report");
        doc.QuerySelector("meta[property='article:published_time']")!.GetAttribute("content").ShouldBe("2025-05-02");
        doc.QuerySelector("meta[name=description]")!.GetAttribute("content").ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Not_found_page_uses_only_base_rooted_links_so_it_works_at_any_missed_url()
    {
        using var site = new TestSite(TwoArticles);
        site.Build("/briefing/").Succeeded.ShouldBeTrue();
        var doc = new HtmlParser().ParseDocument(site.ReadOutput("404.html"));
        var refs = doc.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
            .Concat(doc.QuerySelectorAll("script[src]").Select(e => e.GetAttribute("src")!)).ToList();
        refs.ShouldNotBeEmpty();
        refs.Where(r => !r.StartsWith('#')).ShouldAllBe(r => r.StartsWith("/briefing/"));
        doc.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href").ShouldBe("/briefing/assets/style.css");
    }

    [Fact]
    public void Output_has_nojekyll_and_a_cname_only_when_a_domain_is_set()
    {
        using var plain = new TestSite(TwoArticles);
        plain.Build().Succeeded.ShouldBeTrue();
        plain.OutputExists(".nojekyll").ShouldBeTrue();
        plain.OutputExists("CNAME").ShouldBeFalse();

        using var withDomain = new TestSite(TwoArticles + "\n=== site.yml ===\ntitle: T\ndomain: briefing.example.org\n");
        withDomain.Build().Succeeded.ShouldBeTrue();
        withDomain.ReadOutput("CNAME").ShouldBe("briefing.example.org\n");
    }

    [Fact]
    public void A_site_url_that_is_not_http_is_reported_at_its_line()
    {
        using var site = new TestSite(TwoArticles + "\n=== site.yml ===\ntitle: T\nurl: ftp://example.org\n");
        var report = site.Build();
        report.Succeeded.ShouldBeFalse();
        report.Diagnostics.ShouldContain(d => d.Code == "site-setting-invalid" && d.At!.Line == 2 && d.Message.Contains("'url'"));
    }
}
