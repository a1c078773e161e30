using System.Text.Json;
using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

public class SharingTests
{
    [Fact]
    public void Article_json_ld_is_a_news_article_that_no_title_can_break_out_of()
    {
        using var site = new TestSite("""
            === articles/x.md ===
            ---
            title: "Hostile </script><script>alert(1)</script> & co"
            date: 2025-02-03
            author: A. Writer
            url: https://news.example.com/story
            slug: hostile
            ---
            Body text about nothing in particular.
            """);
        site.Build("https://example.org/").Succeeded.ShouldBeTrue();
        var html = site.ReadOutput("articles/hostile/index.html");
        var doc = new HtmlParser().ParseDocument(html);

        doc.QuerySelectorAll("script").Length.ShouldBe(1);
        var script = doc.QuerySelector("script[type='application/ld+json']")!;
        script.TextContent.ShouldNotContain("<");
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        root.GetProperty("@type").GetString().ShouldBe("NewsArticle");
        root.GetProperty("headline").GetString().ShouldBe("Hostile </script><script>alert(1)</script> & co");
        root.GetProperty("datePublished").GetString().ShouldBe("2025-02-03");
        root.GetProperty("url").GetString().ShouldBe("https://example.org/articles/hostile/");
        root.GetProperty("author").GetProperty("name").GetString().ShouldBe("A. Writer");
        root.GetProperty("isBasedOn").GetString().ShouldBe("https://news.example.com/story");
    }

    [Fact]
    public void Home_page_describes_the_site_and_its_search()
    {
        using var site = new TestSite("=== articles/a.md ===\n---\ntitle: A\ndate: 2025-01-02\n---\nText.\n");
        site.Build("https://example.org/b/").Succeeded.ShouldBeTrue();
        var doc = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        using var json = JsonDocument.Parse(doc.QuerySelector("script[type='application/ld+json']")!.TextContent);
        json.RootElement.GetProperty("@type").GetString().ShouldBe("WebSite");
        json.RootElement.GetProperty("potentialAction").GetProperty("target").GetString().ShouldBe("https://example.org/b/search/?q={query}");
        doc.QuerySelector("meta[property='og:type']")!.GetAttribute("content").ShouldBe("website");
    }
}
