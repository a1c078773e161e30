using System.Text.Json;
using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.EndToEnd;

/// <summary>
/// An event page shows the event's kind only when it has one: a deed told without an event word has none to show (no
/// "Kind: event"), and an occasion found without one shows the kind its head noun names. Articles written for these tests.
/// </summary>
public class EventKindShownTests
{
    private sealed record ApiEvent(string slug, string title);

    private static string Kind(TestSite site, string titleStart)
    {
        var events = JsonSerializer.Deserialize<List<ApiEvent>>(site.ReadOutput("api/events.json"))!;
        var e = events.First(x => x.title.StartsWith(titleStart, StringComparison.Ordinal));
        var page = new HtmlParser().ParseDocument(site.ReadOutput($"events/{e.slug}/index.html"));
        var kind = page.QuerySelectorAll(".event-facts dt").FirstOrDefault(dt => dt.TextContent == "Kind");
        return kind?.NextElementSibling?.TextContent ?? "";
    }

    [Fact]
    public void A_deed_shows_no_kind_and_a_scheduled_debate_shows_debate()
    {
        using var site = new TestSite("=== site.yml ===\ntitle: Test Briefing\nbaseUrl: /\n");
        site.Write("articles/a.md", "---\ndate: 2026-05-12\n---\nCampaign notes\n\nThe final debate is still scheduled for June 22 at Harlow Hall in Tarvin. On Monday, Lisa Varga opened a campaign office in Tarvin.\n");
        site.Build().Succeeded.ShouldBeTrue();
        Kind(site, "Final debate").ShouldBe("debate");
        Kind(site, "Lisa Varga opened").ShouldBe("");
    }
}
