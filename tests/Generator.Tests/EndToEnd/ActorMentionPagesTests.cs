using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.EndToEnd;

/// <summary>
/// An actor named in more articles than one page should hold lists the latest on its page and every one of them on pages of
/// mentions, counted from the oldest, so that a new article changes the actor's page and the newest page of mentions only.
/// </summary>
public class ActorMentionPagesTests
{
    private const int Articles = 130;

    private static string Article(int i)
    {
        var date = new DateOnly(2024, 1, 1).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var city = new[] { "Oslo", "Tallinn", "Riga", "Vilnius", "Warsaw" }[i % 5];
        return $"""
            ---
            date: {date}
            ---
            # Grid talks number {i}

            Estonian Energy Minister Kadri Vaher met grid operators in {city} on Tuesday to discuss cable number {i}.

            "We need cable {i} repaired before the winter," Vaher said.
            """;
    }

    private static TestSite Site(int articles)
    {
        var site = new TestSite("=== site.yml ===\ntitle: Grid Desk\nbaseUrl: /\n");
        for (var i = 0; i < articles; i++) site.Write($"articles/talks-{i:000}.md", Article(i));
        return site;
    }

    private static IDocument Page(TestSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    [Fact]
    public void An_actor_named_in_many_articles_lists_the_latest_and_links_pages_holding_every_article_once()
    {
        using var site = Site(Articles);
        var report = site.Build();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));

        var actor = Page(site, "actors/kadri-vaher/index.html");
        var shown = actor.QuerySelectorAll(".mention h3 a").Select(a => a.TextContent).ToList();
        shown.Count.ShouldBe(25);
        shown[0].ShouldBe("Grid talks number 129");  // newest first
        actor.QuerySelectorAll(".quote").Length.ShouldBe(25);  // the quotes of the articles shown
        var pages = actor.QuerySelectorAll(".mention-pages a").Select(a => (Label: a.TextContent, Href: a.GetAttribute("href"))).ToList();
        pages.ShouldBe([("1–100", "/actors/kadri-vaher/mentions/1/"), ("101–130", "/actors/kadri-vaher/mentions/2/")]);

        var listed = new List<string>();
        foreach (var page in new[] { 1, 2 })
        {
            var doc = Page(site, $"actors/kadri-vaher/mentions/{page}/index.html");
            var mentions = doc.QuerySelectorAll(".mention").ToList();
            mentions.ShouldAllBe(m => m.QuerySelectorAll(".sentences a").Length >= 1 && m.QuerySelectorAll(".quote").Length == 1, mentions[0].OuterHtml);
            // Each sentence links to its place in its article.
            mentions.ShouldAllBe(m => m.QuerySelector(".sentences a")!.GetAttribute("href")!.Contains("#s", StringComparison.Ordinal));
            listed.AddRange(mentions.Select(m => m.QuerySelector("h3 a")!.TextContent));
            doc.QuerySelector("h1")!.TextContent.ShouldBe("Kadri Vaher");
        }
        listed.Count.ShouldBe(Articles);
        listed.Distinct().Count().ShouldBe(Articles);
        listed[0].ShouldBe("Grid talks number 99");    // page 1: the oldest hundred, newest first
        listed[99].ShouldBe("Grid talks number 0");
        listed[100].ShouldBe("Grid talks number 129");  // page 2: the rest
        Page(site, "actors/kadri-vaher/mentions/1/index.html").QuerySelector("a[rel=next]")!.GetAttribute("href").ShouldBe("/actors/kadri-vaher/mentions/2/");
        Page(site, "actors/kadri-vaher/mentions/2/index.html").QuerySelector("a[rel=prev]")!.GetAttribute("href").ShouldBe("/actors/kadri-vaher/mentions/1/");
        SiteLinks.Broken(site.Output).ShouldBeEmpty();
        site.ReadOutput("sitemap.xml").ShouldContain("/actors/kadri-vaher/mentions/2/");
    }

    [Fact]
    public void A_new_article_rewrites_the_actors_page_and_the_newest_page_of_mentions_only()
    {
        using var site = Site(Articles);
        site.Build().Succeeded.ShouldBeTrue();
        var firstPage = File.ReadAllBytes(Path.Combine(site.Output, "actors/kadri-vaher/mentions/1/index.html"));
        site.Write($"articles/talks-{Articles:000}.md", Article(Articles));
        var report = site.Build();
        report.Succeeded.ShouldBeTrue();
        report.Written!.WrittenPaths.Where(p => p.StartsWith("actors/kadri-vaher/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .ShouldBe(["actors/kadri-vaher/feed.xml", "actors/kadri-vaher/index.html", "actors/kadri-vaher/mentions/2/index.html"]);
        File.ReadAllBytes(Path.Combine(site.Output, "actors/kadri-vaher/mentions/1/index.html")).ShouldBe(firstPage);
        Page(site, "actors/kadri-vaher/index.html").QuerySelectorAll(".mention-pages a").Last().TextContent.ShouldBe("101–131");
    }

    [Fact]
    public void An_actor_named_in_no_more_articles_than_a_page_holds_keeps_them_all_on_its_page()
    {
        using var site = Site(12);
        site.Build().Succeeded.ShouldBeTrue();
        var actor = Page(site, "actors/kadri-vaher/index.html");
        actor.QuerySelectorAll(".mention").Length.ShouldBe(12);
        actor.QuerySelector(".mention-pages").ShouldBeNull();
        site.OutputExists("actors/kadri-vaher/mentions/1/index.html").ShouldBeFalse();
    }
}
