using System.Text.Json;
using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.EndToEnd;

public class ActorSeedTests
{
    private static TestSite SeedSite()
    {
        var site = new TestSite("=== site.yml ===\ntitle: Test Briefing\nbaseUrl: /\n");
        foreach (var id in new[] { "000_c3c376cbc2f5014f", "001_334d17ad518e32de", "002_30935575546d3941" })
            site.Write($"articles/{id}.txt", TestSite.Seed(id));
        return site;
    }

    private static Dictionary<string, List<string>> ActorsByArticle(TestSite site)
    {
        using var doc = JsonDocument.Parse(site.ReadOutput("api/articles.json"));
        return doc.RootElement.EnumerateArray().ToDictionary(
            a => a.GetProperty("slug").GetString()!,
            a => a.GetProperty("actors").EnumerateArray().Select(x => x.GetString()!).ToList());
    }

    [Fact]
    public void Seeds_give_every_actor_a_careful_reader_would_list_and_no_others()
    {
        using var site = SeedSite();
        var report = site.Build();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        using var doc = JsonDocument.Parse(site.ReadOutput("api/actors.json"));
        var slugs = doc.RootElement.EnumerateArray().Select(a => a.GetProperty("slug").GetString()!).ToList();
        slugs.ShouldBe([
            "belarus", "boris-pistorius", "canada", "dan-caine", "donald-trump", "finland", "france", "germany",
            "giuseppe-cavo-dragone", "hungary", "italy", "john-healey", "joint-chiefs-of-staff", "karoline-leavitt", "mark-rutte",
            "nato", "osce", "pete-hegseth", "poland", "russia", "steve-witkoff", "ukraine", "ukraine-defense-contact-group",
            "united-kingdom", "united-states", "vladimir-putin", "volodymyr-zelenskyy",
        ], ignoreOrder: true);
        foreach (var slug in slugs) site.OutputExists($"actors/{slug}/index.html").ShouldBeTrue(slug);
    }

    [Fact]
    public void Each_seed_article_lists_its_own_actors()
    {
        using var site = SeedSite();
        site.Build().Succeeded.ShouldBeTrue();
        var byArticle = ActorsByArticle(site);
        byArticle["nato-defense-ministers-and-leaders-warned-that-ukraine-and"].ShouldBe([
            "belarus", "boris-pistorius", "donald-trump", "germany", "john-healey", "mark-rutte", "nato", "osce", "pete-hegseth",
            "russia", "ukraine", "united-kingdom", "united-states", "vladimir-putin"], ignoreOrder: true);
        byArticle["u-s-defense-secretary-pete-hegseth-will-make-his-first-trip"].ShouldBe([
            "donald-trump", "nato", "pete-hegseth", "russia", "ukraine", "ukraine-defense-contact-group", "united-kingdom", "united-states",
            "vladimir-putin"], ignoreOrder: true);
    }

    [Fact]
    public void Surname_only_trump_in_one_seed_is_the_donald_trump_of_another()
    {
        using var site = SeedSite();
        site.Build().Succeeded.ShouldBeTrue();
        using var doc = JsonDocument.Parse(site.ReadOutput("api/actors.json"));
        var trump = doc.RootElement.EnumerateArray().Single(a => a.GetProperty("slug").GetString() == "donald-trump");
        trump.GetProperty("name").GetString().ShouldBe("Donald Trump");
        trump.GetProperty("kind").GetString().ShouldBe("person");
        trump.GetProperty("articles").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public void Actor_page_links_each_mention_to_its_exact_sentence_and_shows_quotes_and_roles()
    {
        using var site = SeedSite();
        site.Build().Succeeded.ShouldBeTrue();
        var parser = new HtmlParser();
        var page = parser.ParseDocument(site.ReadOutput("actors/mark-rutte/index.html"));
        page.QuerySelector("h1")!.TextContent.ShouldBe("Mark Rutte");
        page.QuerySelector(".roles")!.TextContent.ShouldContain("NATO Secretary General");
        page.QuerySelectorAll(".quote").Length.ShouldBeGreaterThanOrEqualTo(3);
        var sentenceLinks = page.QuerySelectorAll(".sentences a").Select(a => a.GetAttribute("href")!).ToList();
        sentenceLinks.ShouldNotBeEmpty();
        foreach (var href in sentenceLinks)
        {
            var hash = href.IndexOf('#');
            var article = parser.ParseDocument(site.ReadOutput(href[1..hash] + "index.html"));
            var anchor = article.GetElementById(href[(hash + 1)..]);
            anchor.ShouldNotBeNull(href);
        }
        SiteLinks.Broken(site.Output).ShouldBeEmpty();
    }

    [Fact]
    public void A_quoted_fragment_of_a_sentence_is_shown_with_an_ellipsis_and_kept_as_quoted_in_the_data()
    {
        using var site = SeedSite();
        site.Build().Succeeded.ShouldBeTrue();
        var page = new HtmlParser().ParseDocument(site.ReadOutput("actors/mark-rutte/index.html"));
        // "Mark Rutte told reporters that “all allies and Ukraine are united ...”": the quote opens inside his sentence.
        var quotes = page.QuerySelectorAll(".quote p").Select(p => p.TextContent).ToList();
        quotes.ShouldContain(q => q.StartsWith("\u2026all allies and Ukraine are united", StringComparison.Ordinal));
        quotes.ShouldContain(q => q.StartsWith("We need a durable", StringComparison.Ordinal));
        site.ReadOutput("api/articles.json").ShouldContain("\"text\": \"all allies and Ukraine are united");
    }

    [Fact]
    public void Article_page_links_first_mention_of_each_actor_and_lists_them_in_the_panel()
    {
        using var site = SeedSite();
        site.Build().Succeeded.ShouldBeTrue();
        var doc = new HtmlParser().ParseDocument(site.ReadOutput("articles/u-s-nato-military-officials-discuss-ukraine-security/index.html"));
        var links = doc.QuerySelectorAll(".article-body a.actor-link").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldContain("/actors/giuseppe-cavo-dragone/");
        links.Count(l => l == "/actors/vladimir-putin/").ShouldBe(1);
        doc.QuerySelectorAll(".side .chips a").Select(a => a.TextContent).ShouldContain("Karoline Leavitt");
        doc.QuerySelectorAll(".side .quote footer a").Select(a => a.TextContent).ShouldContain("Giuseppe Cavo Dragone");
    }

    [Fact]
    public void Actors_index_groups_by_kind_most_named_first()
    {
        using var site = SeedSite();
        site.Build().Succeeded.ShouldBeTrue();
        var doc = new HtmlParser().ParseDocument(site.ReadOutput("actors/index.html"));
        doc.QuerySelectorAll(".actor-group h2").Select(h => h.TextContent).ShouldBe(["People", "Organizations", "Countries"]);
        doc.QuerySelectorAll("#group-country ~ .chips a, .actor-group:last-child a").First().GetAttribute("href").ShouldBe("/actors/ukraine/");
        // Each chip counts the articles naming the actor (Ukraine: all three seeds), not a helper's empty answer.
        doc.QuerySelector("a[href='/actors/ukraine/'] .count")!.TextContent.ShouldBe("3");
    }
}
