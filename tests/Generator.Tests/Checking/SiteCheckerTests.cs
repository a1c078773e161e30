using System.Text;
using BriefingSite.Checking;
using BriefingSite.Model;

namespace BriefingSite.Tests.Checking;

public class SiteCheckerTests
{
    private static readonly SiteSettings UnderRepo = SiteSettings.Default with { BaseUrl = "/briefing/" };

    private static OutputFile Html(string path, string body) =>
        new(path, Encoding.UTF8.GetBytes($"<!DOCTYPE html>\n<html><head><title>t</title></head>\n<body>\n{body}\n</body></html>\n"));

    private static List<string> Problems(params OutputFile[] files) =>
        SiteChecker.Run(files, UnderRepo, "output").Diagnostics.Select(d => d.ToString()).ToList();

    private static readonly OutputFile Style = new("assets/style.css", Encoding.UTF8.GetBytes("body{}"));

    [Fact]
    public void Clean_site_under_base_path_has_no_problems()
    {
        var problems = Problems(
            Style,
            Html("index.html", "<link rel=\"stylesheet\" href=\"/briefing/assets/style.css\">\n<a href=\"/briefing/articles/a/\">A</a> <a href=\"articles/a/#p-1\">A1</a> <a href=\"#top\">top</a> <a href=\"https://example.org/x\">ext</a> <a href=\"mailto:x@example.org\">mail</a>"),
            Html("articles/a/index.html", "<p id=\"p-1\">text</p>\n<a href=\"../../\">home</a> <a href=\"/briefing/articles/a\">self without slash</a> <img src=\"/briefing/assets/style.css\" alt=\"\">"),
            Html("404.html", "<a href=\"/briefing/\">home</a>"));
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Planted_broken_link_is_reported_with_page_and_line()
    {
        var problems = Problems(Html("index.html", "<p>x</p>\n<a href=\"/briefing/articles/gone/\">gone</a>"));
        problems.ShouldBe(["output/index.html:5: error: broken link '/briefing/articles/gone/': no such page or file in the built site"]);
    }

    [Fact]
    public void Link_to_an_anchor_the_target_lacks_is_reported()
    {
        var problems = Problems(
            Html("index.html", "<a href=\"/briefing/articles/a/#p-9\">A</a> <a href=\"#nowhere\">here</a>"),
            Html("articles/a/index.html", "<p id=\"p-1\">text</p>"));
        problems.Count.ShouldBe(2);
        problems.ShouldContain(p => p.Contains("'/briefing/articles/a/#p-9' names an anchor the page does not have"));
        problems.ShouldContain(p => p.Contains("'#nowhere' names an anchor"));
    }

    [Fact]
    public void Link_outside_the_base_path_is_reported()
    {
        Problems(Html("index.html", "<a href=\"/articles/\">wrong base</a>"))
            .ShouldHaveSingleItem().ShouldContain("leaves the site's base path /briefing/");
    }

    [Fact]
    public void Duplicate_id_is_reported_on_its_second_use()
    {
        Problems(Html("index.html", "<p id=\"x\">a</p>\n<p id=\"x\">b</p>"))
            .ShouldBe(["output/index.html:5: error: id 'x' is already used on line 4"]);
    }

    [Fact]
    public void Image_without_alt_is_reported_but_decorative_image_is_not()
    {
        var problems = Problems(Style, Html("index.html", "<img src=\"/briefing/assets/style.css\">\n<img src=\"/briefing/assets/style.css\" alt=\"\">"));
        problems.ShouldBe(["output/index.html:4: error: image '/briefing/assets/style.css' has no alt text (use alt=\"\" for a decorative image)"]);
    }

    [Fact]
    public void Page_no_link_reaches_is_an_orphan_but_feeds_and_404_are_not()
    {
        var problems = Problems(
            Html("index.html", "<a href=\"/briefing/articles/a/\">A</a>"),
            Html("articles/a/index.html", "<p>a</p>"),
            Html("articles/lost/index.html", "<a href=\"/briefing/\">home</a>"),
            Html("404.html", "<p>not found</p>"),
            new OutputFile("feed.xml", Encoding.UTF8.GetBytes("<rss/>")),
            new OutputFile("api/articles.json", Encoding.UTF8.GetBytes("[]")));
        problems.ShouldBe(["output/articles/lost/index.html: error: no link leads to this page from the home page"]);
    }

    [Fact]
    public void Absolute_links_to_the_sites_own_origin_are_checked_as_internal()
    {
        var settings = SiteSettings.Default with { BaseUrl = "https://user.github.io/briefing/" };
        var result = SiteChecker.Run([Html("index.html", "<link rel=\"canonical\" href=\"https://user.github.io/briefing/\">\n<a href=\"https://user.github.io/briefing/missing/\">m</a>")], settings, "output");
        result.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain("broken link 'https://user.github.io/briefing/missing/'");
    }
}
