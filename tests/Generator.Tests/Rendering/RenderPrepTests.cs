using BriefingSite.Rendering;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Rendering;

public class RenderPrepTests
{
    [Fact]
    public void Keys_and_actor_mention_tables_begun_from_the_site_without_events_render_the_same_bytes_as_made_from_the_finished_site()
    {
        using var site = new TestSite();
        foreach (var (id, date) in new[] { ("000_c3c376cbc2f5014f", "2025-02-13"), ("001_334d17ad518e32de", "2025-02-11"), ("002_30935575546d3941", "2025-08-20") })
            site.Write($"articles/{id}.txt", $"---\ndate: {date}\n---\n" + TestSite.Seed(id));
        var graph = site.Build().Site!;
        graph.Events.ShouldNotBeEmpty();
        var engine = HandlebarsTemplateEngine.Adaptive(TestSite.Theme, graph.Articles.Length);
        RenderContext Context(RenderPrep? prep) =>
            new(graph, engine, new MarkdownRenderer(), new SiteUrls(graph.Settings), TestSite.Theme) { Knowledge = "knowledge", Prepared = prep };

        // What a build hands over once the actors are linked: the same articles, facts and actors, no events yet.
        var prepared = SiteRenderer.Run(Context(RenderPrep.Begin(graph with { Events = [] }, "knowledge"))).Value;
        var plain = SiteRenderer.Run(Context(null)).Value;

        prepared.Select(f => f.RelativePath).ShouldBe(plain.Select(f => f.RelativePath));
        prepared.Any(f => f.RelativePath.StartsWith("actors/", StringComparison.Ordinal)).ShouldBeTrue();
        for (var i = 0; i < plain.Length; i++)
            prepared[i].Content.SequenceEqual(plain[i].Content).ShouldBeTrue(plain[i].RelativePath);
    }
}
