using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.EndToEnd;

/// <summary>An actor's page shows that actor's own timeline: their events only, dated ones in order and drawn, planned ones apart.</summary>
public class ActorTimelineTests
{
    private const string Spec = """
        === site.yml ===
        title: Nordic Desk
        baseUrl: /
        === articles/helsinki-talks.md ===
        ---
        date: 2024-03-12
        ---
        # Stubb hosts Kristersson in Helsinki

        Finnish President Alexander Stubb met with Swedish Prime Minister Ulf Kristersson in Helsinki on Monday to discuss Baltic Sea security.

        The two leaders agreed to meet again in the autumn.
        === articles/tokyo-visit.md ===
        ---
        date: 2025-06-12
        ---
        # Stubb in Japan

        Alexander Stubb began a state visit to Japan on Tuesday, meeting Emperor Naruhito in Tokyo.

        Stubb will attend the NATO summit in The Hague later this month, his office said.
        === articles/oslo-budget.md ===
        ---
        date: 2025-05-02
        ---
        # Norway's budget talks

        Norwegian Prime Minister Jonas Gahr Store held a meeting with union leaders in Oslo on Wednesday about the budget.
        """;

    private sealed record ApiEvent(string slug, string title, string? date, string status, string[] actors);

    private static List<ApiEvent> Events(TestSite site) => JsonSerializer.Deserialize<List<ApiEvent>>(site.ReadOutput("api/events.json"))!;

    private static IDocument Page(TestSite site, string path) => new HtmlParser().ParseDocument(site.ReadOutput(path));

    [Fact]
    public void An_actor_page_shows_only_that_actors_events_in_time_order_with_planned_ones_apart()
    {
        using var site = new TestSite(Spec);
        var report = site.Build();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        var events = Events(site);
        var stubbs = events.Where(e => e.actors.Contains("alexander-stubb")).ToList();
        stubbs.Count(e => e.status == "happened" && e.date is not null).ShouldBeGreaterThanOrEqualTo(2, string.Join("; ", events.Select(e => $"{e.title} {e.date} [{string.Join(",", e.actors)}]")));
        stubbs.ShouldContain(e => e.status == "planned");
        var others = events.Where(e => !e.actors.Contains("alexander-stubb")).ToList();
        others.ShouldNotBeEmpty();

        var page = Page(site, "actors/alexander-stubb/index.html");
        var timeline = page.QuerySelector("section.actor-timeline")!;
        timeline.ShouldNotBeNull();
        timeline.QuerySelector("h2")!.TextContent.ShouldBe("Timeline");
        var linked = timeline.QuerySelectorAll("a[href^='/events/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        linked.ShouldBe(stubbs.Select(e => $"/events/{e.slug}/"), ignoreOrder: true);

        var dated = stubbs.Where(e => e.status == "happened" && e.date is not null).OrderBy(e => e.date, StringComparer.Ordinal).ToList();
        timeline.QuerySelectorAll("svg circle").Length.ShouldBe(dated.Count);
        timeline.QuerySelectorAll(".timeline-year h3").Select(h => h.TextContent).ShouldBe(dated.Select(e => e.date![..4]).Distinct());
        var listed = timeline.QuerySelectorAll(".timeline-year a").Select(a => a.GetAttribute("href")!).ToList();
        listed.ShouldBe(dated.Select(e => $"/events/{e.slug}/"));
        var apart = timeline.QuerySelector(".timeline-apart")!;
        apart.QuerySelector("h3")!.TextContent.ShouldBe("Planned");
        foreach (var p in stubbs.Where(e => e.status == "planned")) apart.InnerHtml.ShouldContain($"/events/{p.slug}/");
    }

    [Fact]
    public void The_actor_timeline_keeps_heading_levels_in_order_and_ids_unique()
    {
        using var site = new TestSite(Spec);
        site.Build().Succeeded.ShouldBeTrue();
        var page = Page(site, "actors/alexander-stubb/index.html");
        var levels = page.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.LocalName[1] - '0').ToList();
        levels[0].ShouldBe(1);
        for (var i = 1; i < levels.Count; i++) levels[i].ShouldBeLessThanOrEqualTo(levels[i - 1] + 1, string.Join(",", levels));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        ids.ShouldBeUnique();
        var svg = page.QuerySelector("section.actor-timeline svg")!;
        svg.GetAttribute("role").ShouldBe("img");
        page.GetElementById(svg.GetAttribute("aria-labelledby")!).ShouldNotBeNull();
        SiteLinks.Broken(site.Output).ShouldBeEmpty();
    }

    [Fact]
    public void An_actor_without_events_has_no_timeline_section()
    {
        using var site = new TestSite(Spec);
        site.Build().Succeeded.ShouldBeTrue();
        var events = Events(site);
        using var actors = JsonDocument.Parse(site.ReadOutput("api/actors.json"));
        var without = actors.RootElement.EnumerateArray().Select(a => a.GetProperty("slug").GetString()!)
            .First(slug => !events.Any(e => e.actors.Contains(slug)));
        Page(site, $"actors/{without}/index.html").QuerySelector("section.actor-timeline").ShouldBeNull();
    }
}
