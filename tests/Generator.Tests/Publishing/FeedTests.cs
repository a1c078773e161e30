using System.Collections.Immutable;
using System.Xml.Linq;
using BriefingSite.Model;
using BriefingSite.Rendering;
using BriefingSite.Rendering.Feeds;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

public class FeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string ThreeArticles = """
        === articles/oldest.md ===
        ---
        title: Ministers meet in Brussels
        date: 2024-03-05
        source: Wire One
        summary: Defence ministers met to discuss spending.
        ---
        Defence ministers met in Brussels on Tuesday.
        === articles/newest.md ===
        ---
        title: Summit ends with a joint statement
        date: 2025-07-09
        author: Jane Reporter
        ---
        The summit ended with a joint statement on Wednesday.
        === articles/middle.md ===
        ---
        title: Talks resume in Geneva
        date: 2025-01
        ---
        Talks resumed in Geneva in January.
        """;

    [Fact]
    public void Site_feed_is_atom_with_absolute_urls_newest_first_and_updated_from_the_newest_article()
    {
        using var site = new TestSite(ThreeArticles);
        site.Build("https://example.org/news/").Succeeded.ShouldBeTrue();
        var feed = XDocument.Parse(site.ReadOutput("feed.xml")).Root!;

        feed.Name.ShouldBe(Atom + "feed");
        feed.Element(Atom + "id")!.Value.ShouldBe("https://example.org/news/");
        feed.Element(Atom + "updated")!.Value.ShouldBe("2025-07-09T00:00:00Z");
        feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value
            .ShouldBe("https://example.org/news/feed.xml");
        feed.Element(Atom + "author")!.Element(Atom + "name")!.Value.ShouldNotBeNullOrWhiteSpace();

        var entries = feed.Elements(Atom + "entry").ToList();
        entries.Select(e => e.Element(Atom + "title")!.Value).ShouldBe(
            ["Summit ends with a joint statement", "Talks resume in Geneva", "Ministers meet in Brussels"]);
        foreach (var e in entries)
        {
            var href = e.Element(Atom + "link")!.Attribute("href")!.Value;
            href.ShouldStartWith("https://example.org/news/articles/");
            e.Element(Atom + "id")!.Value.ShouldBe(href);
            e.Element(Atom + "updated")!.Value.ShouldMatch(@"^\d{4}-\d\d-\d\dT00:00:00Z$");
            e.Element(Atom + "summary")!.Value.ShouldNotBeNullOrWhiteSpace();
        }
        entries[0].Element(Atom + "author")!.Element(Atom + "name")!.Value.ShouldBe("Jane Reporter");
        entries[1].Element(Atom + "updated")!.Value.ShouldBe("2025-01-01T00:00:00Z");
        entries[2].Element(Atom + "summary")!.Value.ShouldBe("Defence ministers met to discuss spending.");
        entries[2].Element(Atom + "rights")!.Value.ShouldContain("Wire One");
    }

    [Fact]
    public void Path_only_base_url_with_site_url_gives_absolute_feed_urls_under_the_path()
    {
        using var site = new TestSite(ThreeArticles + "\n=== site.yml ===\ntitle: T\nbaseUrl: /briefing/\nurl: https://someone.github.io\n");
        var report = site.Build();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        report.Diagnostics.ShouldNotContain(d => d.Code == "no-public-host");
        var feed = XDocument.Parse(site.ReadOutput("feed.xml")).Root!;
        feed.Element(Atom + "id")!.Value.ShouldBe("https://someone.github.io/briefing/");
        feed.Elements(Atom + "entry").First().Element(Atom + "link")!.Attribute("href")!.Value
            .ShouldStartWith("https://someone.github.io/briefing/articles/");
    }

    [Fact]
    public void Without_a_known_host_links_stay_root_relative_ids_are_tag_uris_and_the_build_says_so()
    {
        using var site = new TestSite(ThreeArticles);
        var report = site.Build("/briefing/");
        report.Succeeded.ShouldBeTrue();
        report.Diagnostics.ShouldContain(d => d.Code == "no-public-host");
        var feed = XDocument.Parse(site.ReadOutput("feed.xml")).Root!;
        feed.Element(Atom + "id")!.Value.ShouldStartWith("tag:");
        Uri.IsWellFormedUriString(feed.Element(Atom + "id")!.Value, UriKind.Absolute).ShouldBeTrue();
        feed.Elements(Atom + "entry").First().Element(Atom + "link")!.Attribute("href")!.Value.ShouldStartWith("/briefing/articles/");
    }

    [Fact]
    public void Feed_of_undated_articles_still_has_a_fixed_updated_time()
    {
        using var site = new TestSite("=== articles/a.md ===\n---\ntitle: Undated note\n---\nNo date anywhere here.\n");
        site.Build("https://example.org/").Succeeded.ShouldBeTrue();
        var feed = XDocument.Parse(site.ReadOutput("feed.xml")).Root!;
        feed.Element(Atom + "updated")!.Value.ShouldBe("2000-01-01T00:00:00Z");
        feed.Element(Atom + "entry")!.Element(Atom + "updated")!.Value.ShouldBe("2000-01-01T00:00:00Z");
        feed.Element(Atom + "entry")!.Element(Atom + "published").ShouldBeNull();
    }

    [Fact]
    public void Every_actor_and_event_gets_a_feed_of_the_articles_covering_it()
    {
        var older = Normalizing.Text("---\ntitle: Rutte visits Kyiv\ndate: 2025-02-01\n---\nMark Rutte visited Kyiv.\n").Article with { Slug = "rutte-visits-kyiv" };
        var newer = Normalizing.Text("---\ntitle: Rutte meets ministers\ndate: 2025-03-01\n---\nMark Rutte met ministers.\n").Article with { Slug = "rutte-meets-ministers" };
        var other = Normalizing.Text("---\ntitle: Unrelated\ndate: 2025-04-01\n---\nSomething else.\n").Article with { Slug = "unrelated" };
        var actor = new Actor("mark-rutte", "Mark Rutte", ActorKind.Person, ["Rutte"], null, ["rutte-visits-kyiv", "rutte-meets-ministers"]);
        var ev = new Event("kyiv-visit", "Kyiv visit", PartialDate.OfDay(2025, 2, 1), false, "Kyiv", ["mark-rutte"], ["rutte-visits-kyiv"]);
        var settings = SiteSettings.Default with { Title = "T", BaseUrl = "https://example.org/b/" };
        var graph = new SiteGraph(settings, [other, newer, older], new Dictionary<string, ArticleFacts>(), [actor], [ev]);
        var ctx = new RenderContext(graph, null!, null!, new SiteUrls(settings), "");

        var files = new FeedPageSet().Render(ctx).ToDictionary(f => f.RelativePath, f => System.Text.Encoding.UTF8.GetString(f.Content));

        files.Keys.Order(StringComparer.Ordinal).ShouldBe(["actors/mark-rutte/feed.xml", "events/kyiv-visit/feed.xml", "feed.xml"]);
        var actorFeed = XDocument.Parse(files["actors/mark-rutte/feed.xml"]).Root!;
        actorFeed.Element(Atom + "title")!.Value.ShouldContain("Mark Rutte");
        actorFeed.Element(Atom + "id")!.Value.ShouldBe("https://example.org/b/actors/mark-rutte/");
        actorFeed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ShouldBe(["Rutte meets ministers", "Rutte visits Kyiv"]);
        actorFeed.Element(Atom + "updated")!.Value.ShouldBe("2025-03-01T00:00:00Z");
        var eventFeed = XDocument.Parse(files["events/kyiv-visit/feed.xml"]).Root!;
        eventFeed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ShouldBe(["Rutte visits Kyiv"]);
    }

    [Fact]
    public void An_entry_shared_by_actor_and_event_feeds_reads_as_the_site_feed_writes_it()
    {
        var visit = Normalizing.Text("---\ntitle: Rutte & Zelensky <meet> in Kyiv\ndate: 2025-02-01\nauthor: Zoë \"Z\" Ångström\nsource: Wire & Co\n"
            + "summary: Talks on air defence — the first in Kyiv since 2023.\n---\nMark Rutte visited Kyiv.\n").Article with { Slug = "kyiv-visit" };
        var twoLines = Normalizing.Text("---\ntitle: Rutte on spending\ndate: 2025-03-01\n---\nRutte spoke.\n").Article with { Slug = "spending", Summary = "First line.\nSecond line." };
        var actor = new Actor("mark-rutte", "Mark Rutte", ActorKind.Person, ["Rutte"], null, ["kyiv-visit", "spending"]);
        var ev = new Event("kyiv-talks", "Kyiv talks", PartialDate.OfDay(2025, 2, 1), false, "Kyiv", ["mark-rutte"], ["kyiv-visit"]);
        var settings = SiteSettings.Default with { Title = "T", BaseUrl = "https://example.org/" };
        var graph = new SiteGraph(settings, [twoLines, visit], new Dictionary<string, ArticleFacts>(), [actor], [ev]);
        var ctx = new RenderContext(graph, null!, null!, new SiteUrls(settings), "");

        var files = new FeedPageSet().Render(ctx).ToDictionary(f => f.RelativePath, f => System.Text.Encoding.UTF8.GetString(f.Content));

        // The site feed is written whole by the XML writer; the actor and event feeds are given the entries written once.
        string EntryOf(string feed, string slug) => System.Text.RegularExpressions.Regex.Match(files[feed], @"\n  <entry>(?:(?!</entry>).)*" + slug + @"/(?:(?!</entry>).)*</entry>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        var expected = EntryOf("feed.xml", "kyiv-visit");
        expected.ShouldContain("<title>Rutte &amp; Zelensky &lt;meet&gt; in Kyiv</title>");
        expected.ShouldContain("<name>Zoë \"Z\" Ångström</name>");
        EntryOf("actors/mark-rutte/feed.xml", "kyiv-visit").ShouldBe(expected);
        EntryOf("events/kyiv-talks/feed.xml", "kyiv-visit").ShouldBe(expected);
        files["events/kyiv-talks/feed.xml"].ShouldEndWith("  </entry>\n</feed>\n");
        // A summary of two lines is written by the feed's own writer, its second line not indented as the entry is.
        var actorFeed = XDocument.Parse(files["actors/mark-rutte/feed.xml"]).Root!;
        actorFeed.Elements(Atom + "entry").Select(e => e.Element(Atom + "summary")?.Value).ShouldBe(["First line.\nSecond line.", "Talks on air defence — the first in Kyiv since 2023."]);
    }

    [Fact]
    public void Every_page_head_links_the_site_feed_under_the_base_path()
    {
        using var site = new TestSite(ThreeArticles);
        site.Build("/briefing/").Succeeded.ShouldBeTrue();
        foreach (var page in Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(page));
            doc.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href")
                .ShouldBe("/briefing/feed.xml", page);
        }
    }
}
