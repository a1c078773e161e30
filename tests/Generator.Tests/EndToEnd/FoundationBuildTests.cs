using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.EndToEnd;

public class FoundationBuildTests
{
    private static TestSite SeedSite()
    {
        var site = new TestSite("=== site.yml ===\ntitle: Test Briefing\nbaseUrl: /\n");
        site.Write("articles/000_c3c376cbc2f5014f.txt", TestSite.Seed("000_c3c376cbc2f5014f"));
        site.Write("articles/nested/001_334d17ad518e32de.txt", TestSite.Seed("001_334d17ad518e32de"));
        site.Write("articles/002_30935575546d3941.txt", TestSite.Seed("002_30935575546d3941"));
        return site;
    }

    [Fact]
    public void Seeds_build_into_home_and_one_page_per_article_with_links_that_resolve()
    {
        using var site = SeedSite();
        var report = site.Build();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        site.OutputExists("index.html").ShouldBeTrue();
        var articleDirs = Directory.GetDirectories(Path.Combine(site.Output, "articles"));
        articleDirs.Length.ShouldBe(3);
        foreach (var dir in articleDirs)
        {
            File.Exists(Path.Combine(dir, "index.html")).ShouldBeTrue();
            File.ReadAllText(Path.Combine(dir, "index.md")).ShouldStartWith("---\ntitle: ");
        }
        SiteLinks.Broken(site.Output).ShouldBeEmpty();
    }

    [Fact]
    public void Article_page_has_title_heading_and_body_without_boilerplate()
    {
        using var site = SeedSite();
        site.Build().Succeeded.ShouldBeTrue();
        var html = site.ReadOutput("articles/u-s-nato-military-officials-discuss-ukraine-security/index.html");
        var doc = new HtmlParser().ParseDocument(html);
        doc.QuerySelector("h1")!.TextContent.ShouldBe("U.S., NATO military officials discuss Ukraine security guarantees");
        doc.QuerySelector("main")!.TextContent.ShouldNotContain("Lake Land College");
        doc.QuerySelector("main")!.TextContent.ShouldContain("Cavo Dragone");
        doc.QuerySelectorAll(".article-body p[id]").Length.ShouldBeGreaterThan(5);
    }

    [Fact]
    public void Seed_000_subheading_is_an_h2_on_its_page()
    {
        using var site = SeedSite();
        site.Build().Succeeded.ShouldBeTrue();
        var page = Directory.GetFiles(Path.Combine(site.Output, "articles"), "index.html", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Single(h => h.Contains("Pistorius", StringComparison.Ordinal));
        var h2 = new HtmlParser().ParseDocument(page).QuerySelectorAll(".article-body h2").Single();
        h2.TextContent.ShouldBe("Need for durable peace, not ‘Minsk III’");
    }

    [Fact]
    public void Home_lists_latest_articles_newest_first_with_dates()
    {
        using var site = new TestSite("""
            === articles/old.md ===
            ---
            title: Older story
            date: 2024-01-02
            source: Wire
            ---
            Something happened long ago.
            === articles/new.md ===
            ---
            title: Newer story
            date: 2025-06-01
            ---
            Something happened recently.
            """);
        site.Build().Succeeded.ShouldBeTrue();
        var doc = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        var titles = doc.QuerySelectorAll(".card-title").Select(e => e.TextContent.Trim()).ToList();
        titles.ShouldBe(["Newer story", "Older story"]);
        doc.QuerySelector("time")!.GetAttribute("datetime").ShouldBe("2025-06-01");
    }

    [Fact]
    public void Base_url_prefixes_every_internal_link()
    {
        using var site = SeedSite();
        site.Build("/briefing/").Succeeded.ShouldBeTrue();
        SiteLinks.Broken(site.Output, "/briefing/").ShouldBeEmpty();
        site.ReadOutput("index.html").ShouldContain("href=\"/briefing/assets/style.css\"");
    }

    [Fact]
    public void Same_input_gives_byte_identical_output()
    {
        using var a = SeedSite();
        using var b = SeedSite();
        a.Build().Succeeded.ShouldBeTrue();
        b.Build().Succeeded.ShouldBeTrue();
        var filesA = Directory.GetFiles(a.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a.Output, f)).Order(StringComparer.Ordinal).ToList();
        var filesB = Directory.GetFiles(b.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b.Output, f)).Order(StringComparer.Ordinal).ToList();
        filesA.ShouldBe(filesB);
        foreach (var f in filesA)
            File.ReadAllBytes(Path.Combine(a.Output, f)).ShouldBe(File.ReadAllBytes(Path.Combine(b.Output, f)), f);
    }

    [Fact]
    public void Failed_build_leaves_previous_output_untouched_and_lists_every_error()
    {
        using var site = SeedSite();
        site.Build().Succeeded.ShouldBeTrue();
        var before = Snapshot(site.Output);
        site.Write("articles/bad1.md", "---\ntitle: x\ndate: 2025-02-30\n---\nBody.\n");
        site.Write("articles/bad2.md", "---\ntitle: [unclosed\n---\nBody.\n");
        site.Write("articles/empty.txt", "   \n\n");
        var report = site.Build();
        report.Succeeded.ShouldBeFalse();
        var errors = report.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        errors.ShouldContain(e => e.StartsWith("content/articles/bad1.md:3: error:".Replace("content", site.Content.Replace('\\', '/')), StringComparison.Ordinal) || e.Contains("bad1.md:3:"));
        errors.ShouldContain(e => e.Contains("bad2.md:2:"));
        errors.ShouldContain(e => e.Contains("empty.txt"));
        Snapshot(site.Output).ShouldBe(before);
    }

    [Fact]
    public void Successful_rebuild_removes_stale_pages_and_rewrites_only_changed_files()
    {
        using var site = SeedSite();
        site.Build().Succeeded.ShouldBeTrue();
        File.Delete(Path.Combine(site.Content, "articles", "002_30935575546d3941.txt"));
        var report = site.Build();
        report.Succeeded.ShouldBeTrue();
        Directory.GetDirectories(Path.Combine(site.Output, "articles")).Length.ShouldBe(2);
        report.Written!.Removed.ShouldBeGreaterThan(0);
        report.Written.Unchanged.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Articles_with_the_same_title_in_subfolders_both_get_pages_deterministically()
    {
        using var site = new TestSite("""
            === articles/a/001.txt ===
            Same headline

            First body text.
            === articles/b/001.txt ===
            Same headline

            Second body text.
            """);
        site.Build().Succeeded.ShouldBeTrue();
        site.ReadOutput("articles/same-headline/index.html").ShouldContain("First body text.");
        site.ReadOutput("articles/same-headline-2/index.html").ShouldContain("Second body text.");
    }

    [Fact]
    public void Build_does_not_modify_content()
    {
        using var site = SeedSite();
        var before = Snapshot(site.Content);
        site.Build().Succeeded.ShouldBeTrue();
        Snapshot(site.Content).ShouldBe(before);
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(File.ReadAllBytes(f)));
}
