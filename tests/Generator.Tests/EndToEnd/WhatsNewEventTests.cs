using System.Text.Json;
using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.EndToEnd;

/// <summary>The home page's "what is new" chips are ways in: every event and actor chip links to its page.</summary>
public class WhatsNewEventTests
{
    private const string Spec = """
        === site.yml ===
        title: Desk
        baseUrl: /
        === articles/older.md ===
        ---
        date: 2031-03-03
        ---
        # Ministers meet

        NATO defence ministers held a meeting in Brussels on Monday to discuss air defence.
        === articles/newer.md ===
        ---
        date: 2031-03-05
        ---
        # Finland and Estonia talk

        Finnish President Alexander Stubb held a phone call with Estonian Prime Minister Kristen Michal on Tuesday about the Baltic cables.

        The meeting of NATO defence ministers in Brussels on Monday had agreed on more air defence, Stubb said.
        """;

    private sealed record ApiEvent(string slug, string title, string[] articles);

    [Fact]
    public void New_and_returning_event_chips_link_to_their_event_pages()
    {
        using var site = new TestSite(Spec);
        var report = site.Build();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        var events = JsonSerializer.Deserialize<List<ApiEvent>>(site.ReadOutput("api/events.json"))!;
        var doc = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        var section = doc.QuerySelector(".whats-new").ShouldNotBeNull();
        var lists = section.QuerySelectorAll("dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!);
        var summary = string.Join("; ", events.Select(e => $"{e.title} [{string.Join(",", e.articles)}]"));

        var fresh = lists["New events"].QuerySelectorAll(".chip");
        fresh.Length.ShouldBeGreaterThan(0, summary);
        lists["Events with news"].QuerySelectorAll(".chip").Length.ShouldBeGreaterThan(0, summary);
        foreach (var chip in lists["New events"].QuerySelectorAll(".chip").Concat(lists["Events with news"].QuerySelectorAll(".chip")))
        {
            chip.LocalName.ShouldBe("a");
            var ev = events.Single(e => chip.GetAttribute("href") == $"/events/{e.slug}/");
            chip.TextContent.ShouldBe(ev.title);
            site.OutputExists($"events/{ev.slug}/index.html").ShouldBeTrue();
        }
        foreach (var chip in section.QuerySelectorAll(".chip")) chip.LocalName.ShouldBe("a", "actor chips link too");
        SiteLinks.Broken(site.Output).ShouldBeEmpty();
    }
}
