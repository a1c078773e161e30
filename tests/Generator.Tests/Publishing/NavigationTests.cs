using AngleSharp.Html.Parser;
using BriefingSite.Cli;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

public class NavigationTests
{
    private const string OneArticle = "=== articles/a.md ===\n---\ntitle: Only story\ndate: 2025-01-02\n---\nText.\n";

    [Fact]
    public void Header_links_briefings_and_search_with_landmarks_and_a_skip_link()
    {
        using var site = new TestSite(OneArticle);
        site.Build("/briefing/").Succeeded.ShouldBeTrue();
        var doc = new HtmlParser().ParseDocument(site.ReadOutput("articles/only-story/index.html"));
        var nav = doc.QuerySelector("header nav[aria-label=Main]")!;
        var links = nav.QuerySelectorAll("a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        links["Briefings"].ShouldBe("/briefing/articles/");
        links["Search"].ShouldBe("/briefing/search/");
        nav.QuerySelector("a[aria-current]")!.TextContent.ShouldBe("Briefings");
        doc.QuerySelector("a.skip-link")!.GetAttribute("href").ShouldBe("#main");
        doc.QuerySelector("main#main").ShouldNotBeNull();
        doc.QuerySelector("footer.site-footer").ShouldNotBeNull();
        doc.QuerySelectorAll("nav[aria-label=Breadcrumb] a").Select(a => a.TextContent).ShouldBe(["Home", "Briefings"]);
        SiteLinks.Broken(site.Output, "/briefing/").ShouldBeEmpty();
    }

    [Fact]
    public void Header_links_a_section_only_when_the_theme_renders_that_page_kind()
    {
        using var site = new TestSite(OneArticle);
        var without = Path.Combine(site.Root, "theme-without-search");
        CopyDirectory(TestSite.Theme, without);
        File.Delete(Path.Combine(without, "pages", "search.hbs"));

        BuildPipeline.Run(new BuildOptions(site.Content, site.Output, "/briefing/", without)).Succeeded.ShouldBeTrue();
        site.ReadOutput("index.html").ShouldNotContain("/briefing/search/");
        site.OutputExists("search/index.html").ShouldBeFalse();

        BuildPipeline.Run(new BuildOptions(site.Content, site.Output, "/briefing/", TestSite.Theme)).Succeeded.ShouldBeTrue();
        site.ReadOutput("index.html").ShouldContain("<a class=\"nav-search\" href=\"/briefing/search/\">Search</a>");
        site.OutputExists("search/index.html").ShouldBeTrue();
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
