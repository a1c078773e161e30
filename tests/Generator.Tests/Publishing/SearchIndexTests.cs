using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Publishing;

public class SearchIndexTests
{
    [Fact]
    public void Index_lists_every_article_with_slug_title_date_and_a_clipped_summary()
    {
        var longSummary = string.Join(' ', Enumerable.Repeat("Ministers debated the spending target again", 8));
        using var site = new TestSite($"""
            === articles/a.md ===
            ---
            title: Spending target debated
            date: 2025-06-24
            summary: {longSummary}
            ---
            Body.
            === articles/b.md ===
            ---
            title: Short one
            ---
            Short one is also the first sentence.
            """);
        site.Build("/briefing/").Succeeded.ShouldBeTrue();
        using var json = JsonDocument.Parse(site.ReadOutput("search/index.json"));
        var rows = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        rows.Count.ShouldBe(2);
        rows[0][0].GetString().ShouldBe("spending-target-debated");
        rows[0][1].GetString().ShouldBe("Spending target debated");
        rows[0][2].GetString().ShouldBe("2025-06-24");
        var summary = rows[0][3].GetString()!;
        summary.Length.ShouldBeLessThanOrEqualTo(141);
        summary.ShouldEndWith("…");
        longSummary.ShouldStartWith(summary.TrimEnd('…'));
        rows[1][2].GetString().ShouldBe("");
    }

    [Fact]
    public void Index_stays_small_per_article_for_thousands_of_articles()
    {
        var spec = new StringBuilder();
        for (var i = 0; i < 2000; i++)
            spec.Append($"=== articles/a{i:D4}.md ===\n---\ntitle: Defence ministers discuss support package number {i} for the coming winter\ndate: 2025-{1 + i % 12:D2}-{1 + i % 28:D2}\n---\n"
                + "Defence ministers met on Thursday to discuss a new support package, air defence deliveries and the long-term financing of the alliance's assistance programme, officials said after the meeting ended.\n");
        using var site = new TestSite(spec.ToString());
        site.Build("/briefing/").Succeeded.ShouldBeTrue();
        var bytes = new FileInfo(Path.Combine(site.Output, "search", "index.json")).Length;
        var perArticle = bytes / 2000.0;
        perArticle.ShouldBeLessThan(400, $"index is {bytes} bytes, {perArticle:0} bytes per article");
    }

    [Fact]
    public void Search_page_works_without_javascript_by_explaining_itself_and_linking_onwards()
    {
        using var site = new TestSite("=== articles/a.md ===\n---\ntitle: A\n---\nText.\n");
        site.Build("/briefing/").Succeeded.ShouldBeTrue();
        var doc = new HtmlParser().ParseDocument(site.ReadOutput("search/index.html"));
        var form = doc.QuerySelector("form[role=search]")!;
        form.GetAttribute("action").ShouldBe("/briefing/search/");
        form.GetAttribute("data-index").ShouldBe("/briefing/search/index.json");
        var input = form.QuerySelector("input[type=search]")!;
        doc.QuerySelector($"label[for='{input.Id}']").ShouldNotBeNull();
        doc.QuerySelector("[role=status][aria-live=polite]").ShouldNotBeNull();
        doc.QuerySelector(".search-nojs")!.TextContent.ShouldContain("needs JavaScript");
        doc.QuerySelector(".search-nojs a[href='/briefing/articles/']").ShouldNotBeNull();
        doc.QuerySelector("script[src='/briefing/assets/search.js']").ShouldNotBeNull();
        site.OutputExists("assets/search.js").ShouldBeTrue();
    }
}
