using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.EndToEnd;

/// <summary>
/// A site of more articles than one list page holds shows the latest on the list of briefings and every article on numbered
/// pages counted from the oldest, so that a new article rewrites the list and the newest numbered page only.
/// </summary>
public class ArticleListPagesTests
{
    private const int Articles = 230;

    private static string Article(int i)
    {
        var date = new DateOnly(2023, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"""
            ---
            date: {date}
            ---
            # Harbour report number {i}

            Dock workers in Gdansk unloaded cargo ship number {i} on Monday.
            """;
    }

    private static TestSite Site(int articles)
    {
        var site = new TestSite("=== site.yml ===\ntitle: Harbour Desk\nbaseUrl: /\n");
        for (var i = 0; i < articles; i++) site.Write($"articles/report-{i:000}.md", Article(i));
        return site;
    }

    private static IDocument Page(TestSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    private static List<string> Cards(IDocument page) => page.QuerySelectorAll(".cards h3 a, .cards h2 a, .cards a").Select(a => a.TextContent.Trim())
        .Where(t => t.StartsWith("Harbour report", StringComparison.Ordinal)).Distinct().ToList();

    [Fact]
    public void The_list_shows_the_latest_and_numbered_pages_hold_every_article_once()
    {
        using var site = Site(Articles);
        var report = site.Build();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));

        var list = Page(site, "articles/index.html");
        var latest = Cards(list);
        latest.Count.ShouldBe(50);
        latest[0].ShouldBe("Harbour report number 229");
        list.QuerySelectorAll(".mention-pages a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList()
            .ShouldBe([("1–100", "/archive/1/"), ("101–200", "/archive/2/"), ("201–230", "/archive/3/")]);

        var listed = new List<string>();
        foreach (var page in new[] { 1, 2, 3 }) listed.AddRange(Cards(Page(site, $"archive/{page}/index.html")));
        listed.Count.ShouldBe(Articles);
        listed.Distinct().Count().ShouldBe(Articles);
        listed[0].ShouldBe("Harbour report number 99");   // page 1: the oldest hundred, newest first
        listed[99].ShouldBe("Harbour report number 0");
        listed[200].ShouldBe("Harbour report number 229");
        Page(site, "archive/1/index.html").QuerySelector("a[rel=next]")!.GetAttribute("href").ShouldBe("/archive/2/");
        Page(site, "archive/2/index.html").QuerySelector("a[rel=prev]")!.GetAttribute("href").ShouldBe("/archive/1/");
        Page(site, "archive/3/index.html").QuerySelector("a[rel=next]").ShouldBeNull();
        SiteLinks.Broken(site.Output).ShouldBeEmpty();
        site.ReadOutput("sitemap.xml").ShouldContain("/archive/3/");
    }

    [Fact]
    public void A_new_article_rewrites_the_list_and_the_newest_numbered_page_only()
    {
        using var site = Site(Articles);
        site.Build().Succeeded.ShouldBeTrue();
        var firstPage = File.ReadAllBytes(Path.Combine(site.Output, "archive/1/index.html"));
        site.Write($"articles/report-{Articles:000}.md", Article(Articles));
        var report = site.Build();
        report.Succeeded.ShouldBeTrue();
        report.Written!.WrittenPaths.Where(p => p.StartsWith("archive/", StringComparison.Ordinal) || p == "articles/index.html").Order(StringComparer.Ordinal)
            .ShouldBe(["archive/3/index.html", "articles/index.html"]);
        File.ReadAllBytes(Path.Combine(site.Output, "archive/1/index.html")).ShouldBe(firstPage);
        Cards(Page(site, "archive/3/index.html"))[0].ShouldBe("Harbour report number 230");
    }

    [Fact]
    public void A_small_site_lists_every_article_on_one_page()
    {
        using var site = Site(12);
        site.Build().Succeeded.ShouldBeTrue();
        var list = Page(site, "articles/index.html");
        Cards(list).Count.ShouldBe(12);
        list.QuerySelector(".mention-pages").ShouldBeNull();
        site.OutputExists("archive/1/index.html").ShouldBeFalse();
    }
}
