using System.Text.Json;
using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.EndToEnd;

/// <summary>The seeds with their publication dates (as content/articles carries them): the events a careful reader would list.</summary>
public class EventSeedTests
{
    private static readonly (string Id, string Date)[] Seeds =
        [("000_c3c376cbc2f5014f", "2025-02-13"), ("001_334d17ad518e32de", "2025-02-11"), ("002_30935575546d3941", "2025-08-20")];

    private static TestSite SeedSite()
    {
        var site = new TestSite("=== site.yml ===\ntitle: Test Briefing\nbaseUrl: /\n");
        foreach (var (id, date) in Seeds) site.Write($"articles/{id}.txt", $"---\ndate: {date}\n---\n" + TestSite.Seed(id));
        return site;
    }

    private sealed record ApiEvent(string slug, string title, string? date, string status, string? place, string[] actors, string[] articles, string url);

    private static List<ApiEvent> Events(TestSite site) =>
        JsonSerializer.Deserialize<List<ApiEvent>>(site.ReadOutput("api/events.json"))!;

    private static ApiEvent One(List<ApiEvent> events, Func<ApiEvent, bool> match, string what)
    {
        var found = events.Where(match).ToList();
        found.Count.ShouldBe(1, $"{what}: {string.Join(" / ", events.Select(e => $"{e.title} {e.date} {e.status}"))}");
        return found[0];
    }

    [Fact]
    public void Seed_events_are_found_dated_and_the_nato_ministerial_is_one_event_covered_twice()
    {
        using var site = SeedSite();
        var report = site.Build();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        var events = Events(site);

        var ministerial = One(events, e => e.date == "2025-02-13" && e.title.Contains("NATO", StringComparison.Ordinal), "NATO ministerial");
        ministerial.status.ShouldBe("happened");
        ministerial.articles.Length.ShouldBe(2);
        ministerial.place!.ShouldContain("NATO headquarters");

        One(events, e => e.title.Contains("Trump", StringComparison.Ordinal) && e.title.Contains("Putin", StringComparison.Ordinal) && e.title.Contains("call", StringComparison.Ordinal), "phone call");
        One(events, e => e.title.Contains("Russia talks", StringComparison.Ordinal), "U.S.-Russia talks");
        One(events, e => e.title.StartsWith("Minsk I", StringComparison.Ordinal) && !e.title.StartsWith("Minsk II", StringComparison.Ordinal), "Minsk I").date.ShouldBe("2014-09");
        var minsk2 = One(events, e => e.title.StartsWith("Minsk II", StringComparison.Ordinal), "Minsk II");
        minsk2.date.ShouldBe("2015-02");
        minsk2.place.ShouldBe("Minsk");  // "both made in the Belarusian capital"
        One(events, e => e.title.Contains("invasion", StringComparison.Ordinal), "invasion").date.ShouldBe("2022-02");
        One(events, e => e.title.Contains("war", StringComparison.Ordinal), "war start").date.ShouldBe("2014-02");
        events.ShouldNotContain(e => e.title.Contains("Minsk III", StringComparison.Ordinal));

        var trip = One(events, e => e.title.Contains("Hegseth", StringComparison.Ordinal) && (e.title.Contains("visit", StringComparison.Ordinal) || e.title.Contains("trip", StringComparison.Ordinal)), "Hegseth trip");
        trip.status.ShouldBe("planned");
        var contactGroup = One(events, e => e.title.Contains("Contact Group", StringComparison.Ordinal), "contact group");
        contactGroup.status.ShouldBe("planned");
        contactGroup.date.ShouldBeNull();
        contactGroup.place!.ShouldContain("Brussels");

        One(events, e => e.date == "2025-08-20" && e.title.Contains("NATO", StringComparison.Ordinal), "chiefs of defence meeting").status.ShouldBe("happened");
        One(events, e => e.date == "2025-08-18" && e.place == "White House", "White House meeting");
        One(events, e => e.date == "2025-08-19" && e.title.Contains("Leavitt", StringComparison.Ordinal), "Leavitt news conference");
        // "said ... would not include deploying troops during a news conference Tuesday" and "At a press briefing Tuesday": one
        // event, on the Tuesday before the article, not a planned one on the Tuesday after.
        events.Where(e => e.title.Contains("Leavitt", StringComparison.Ordinal)).ShouldHaveSingleItem().status.ShouldBe("happened");
        One(events, e => e.date == "2025-08-19" && e.place == "Washington", "Caine's meeting one day before");
        var bilateral = One(events, e => e.title.Contains("Zelenskyy", StringComparison.Ordinal) && e.title.Contains("Putin", StringComparison.Ordinal), "bilateral");
        bilateral.status.ShouldBe("planned");
        bilateral.date.ShouldBeNull();
    }

    [Fact]
    public void Event_pages_timeline_and_article_panels_link_up()
    {
        using var site = SeedSite();
        site.Build().Succeeded.ShouldBeTrue();
        var events = Events(site);
        foreach (var e in events) site.OutputExists($"events/{e.slug}/index.html").ShouldBeTrue(e.slug);
        var minsk = events.Single(e => e.title.StartsWith("Minsk II", StringComparison.Ordinal));
        var page = new HtmlParser().ParseDocument(site.ReadOutput($"events/{minsk.slug}/index.html"));
        page.QuerySelector("time")!.TextContent.ShouldBe("February 2015");
        page.QuerySelectorAll(".report-sentences a").Select(a => a.GetAttribute("href")!).ShouldAllBe(h => h.Contains("/articles/") && h.Contains("#s-"));

        var timeline = new HtmlParser().ParseDocument(site.ReadOutput("timeline/index.html"));
        timeline.QuerySelector("svg")!.QuerySelectorAll("circle").Length.ShouldBeGreaterThan(5);
        timeline.QuerySelectorAll(".timeline-year h2").Select(h => h.TextContent).ShouldBe(["2014", "2015", "2022", "2025"]);
        timeline.QuerySelector(".timeline-apart")!.TextContent.ShouldContain("Contact Group");

        var article = site.ReadOutput("articles/nato-defense-ministers-and-leaders-warned-that-ukraine-and/index.html");
        article.ShouldContain($"href=\"/events/{minsk.slug}/\"");
        SiteLinks.Broken(site.Output).ShouldBeEmpty();
    }

    [Fact]
    public void Event_pages_carry_schema_org_event_data_and_their_own_feed_link()
    {
        using var site = SeedSite();
        site.Build().Succeeded.ShouldBeTrue();
        var pages = Directory.GetDirectories(Path.Combine(site.Output, "events"));
        pages.ShouldNotBeEmpty();
        foreach (var dir in pages)
        {
            var slug = Path.GetFileName(dir);
            var html = File.ReadAllText(Path.Combine(dir, "index.html"));
            html.ShouldContain("\"@type\":\"Event\"");
            html.ShouldContain($"href=\"/events/{slug}/feed.xml\"");
            File.Exists(Path.Combine(dir, "feed.xml")).ShouldBeTrue();
        }
    }
}
