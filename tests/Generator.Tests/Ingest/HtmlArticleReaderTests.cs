using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Ingest;

public class HtmlArticleReaderTests
{
    [Fact]
    public void Saved_page_gives_headline_date_source_author_and_canonical_url()
    {
        var page = HtmlArticleReader.Read(SavedPages.Harbour);
        page.Title.ShouldBe("Harbour talks resume in Valdora after two-week pause");
        page.Date.ShouldBe(PartialDate.OfDay(2031, 4, 9));
        page.Source.ShouldBe("The Coastal Ledger");
        page.Author.ShouldBe("Mireille Okafor");
        page.Url.ShouldBe("https://ledger.example/world/harbour-talks-resume");
    }

    [Fact]
    public void Saved_page_body_keeps_paragraphs_and_subheadings_and_drops_furniture()
    {
        var page = HtmlArticleReader.Read(SavedPages.Harbour);
        page.Paragraphs.ShouldBe([
            "Negotiators from the port authority and the dockworkers' union met again on Wednesday in Valdora, ending a two-week pause that had left cargo ships waiting offshore.",
            "The union's chief negotiator, Tomas Brandt, said the talks had been \"frank and useful\" and that a deal on night shifts was within reach.",
            "What is at stake",
            "About four thousand jobs depend on the harbour, which handles most of the region's grain exports, according to figures published by the port authority last year.",
            "Both sides agreed to meet again on Friday.",
        ]);
    }

    [Fact]
    public void Page_without_meta_falls_back_to_json_ld_then_title_element_and_densest_block()
    {
        const string html = """
            <html><head><title>Bridge reopens to traffic - Northern Post</title>
            <script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":["NewsArticle"],"datePublished":"2030-11-02T10:00:00Z","author":[{"@type":"Person","name":"Ana Ruiz"},{"name":"Li Wei"}],"publisher":{"name":"Northern Post"}}]}</script>
            </head><body><div class="menu"><a href="/">Home</a></div>
            <div class="col"><div class="story"><p>The old bridge over the Tarn reopened on Saturday after eighteen months of repairs.</p><p>Drivers queued from early morning.</p></div>
            <div class="teaser"><p>Short.</p></div></div></body></html>
            """;
        var page = HtmlArticleReader.Read(html);
        page.Title.ShouldBe("Bridge reopens to traffic");
        page.Date.ShouldBe(PartialDate.OfDay(2030, 11, 2));
        page.Source.ShouldBe("Northern Post");
        page.Author.ShouldBe("Ana Ruiz and Li Wei");
        page.Paragraphs.ShouldBe(["The old bridge over the Tarn reopened on Saturday after eighteen months of repairs.", "Drivers queued from early morning."]);
    }

    [Fact]
    public void Html_article_in_content_builds_with_page_metadata_and_clean_body()
    {
        using var site = new TestSite("=== site.yml ===\ntitle: T\n");
        site.Write("articles/harbour.html", SavedPages.Harbour);
        var report = site.Build();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        var article = report.Site!.Articles.ShouldHaveSingleItem();
        article.Title.ShouldBe("Harbour talks resume in Valdora after two-week pause");
        article.Date.ShouldBe(PartialDate.OfDay(2031, 4, 9));
        article.Source.ShouldBe("The Coastal Ledger");
        article.Markdown.ShouldContain("## What is at stake");
        article.Markdown.ShouldNotContain("Share");
        article.Markdown.ShouldNotContain("cookies");
        article.Markdown.ShouldNotContain("Tracking");
        article.Markdown.ShouldNotContain("Strike enters");
        article.Markdown.ShouldNotContain("<");
    }

    [Fact]
    public void Diagnostics_about_an_html_article_point_at_the_line_of_the_page()
    {
        using var site = new TestSite("=== site.yml ===\ntitle: T\n");
        site.Write("articles/page.html", "<html><head><title>Dam opens</title></head>\n<body><article>\n<p>The new dam on the Vell opened on Monday after six years of work.</p>\n\n<p>Advertisement</p>\n<p>Farmers downstream welcomed it.</p><p>Fishermen did not.</p>\n</article></body></html>\n");
        var report = site.Build();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        report.Diagnostics.ShouldContain(d => d.Code == "boilerplate-removed" && d.At!.Line == 5, string.Join("\n", report.Diagnostics));
        report.Site!.Articles.ShouldHaveSingleItem().Markdown.ShouldBe("The new dam on the Vell opened on Monday after six years of work.\n\nFarmers downstream welcomed it.\n\nFishermen did not.\n");
    }
}
