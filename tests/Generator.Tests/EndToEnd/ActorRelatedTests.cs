using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.EndToEnd;

/// <summary>
/// An actor's page lists the actors it most often shares an article with, the most shared first; an actor it never shares
/// an article with is not there, however often named elsewhere.
/// </summary>
public class ActorRelatedTests
{
    private const string Spec = """
        === site.yml ===
        title: Nordic Desk
        baseUrl: /
        === articles/a-helsinki.md ===
        ---
        date: 2024-03-12
        ---
        # Stubb hosts Kristersson

        Finnish President Alexander Stubb met Swedish Prime Minister Ulf Kristersson in Helsinki on Monday.
        === articles/b-stockholm.md ===
        ---
        date: 2024-04-02
        ---
        # Kristersson and Stubb again

        Swedish Prime Minister Ulf Kristersson received Finnish President Alexander Stubb in Stockholm on Tuesday.
        === articles/c-oslo.md ===
        ---
        date: 2024-05-06
        ---
        # Oslo talks

        Finnish President Alexander Stubb met Norwegian Prime Minister Jonas Gahr Store in Oslo on Monday.
        === articles/d-tokyo.md ===
        ---
        date: 2024-06-04
        ---
        # Tokyo

        Japanese Prime Minister Fumio Kishida met Norwegian Prime Minister Jonas Gahr Store in Tokyo on Tuesday.
        === articles/e-tokyo.md ===
        ---
        date: 2024-06-05
        ---
        # Tokyo again

        Japanese Prime Minister Fumio Kishida spoke with Norwegian Prime Minister Jonas Gahr Store again on Wednesday.
        """;

    private static List<string> Related(TestSite site, string actor) =>
        new HtmlParser().ParseDocument(site.ReadOutput($"actors/{actor}/index.html"))
            .QuerySelectorAll("aside[aria-label=Related] ul.chips a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public void The_actors_sharing_most_articles_come_first_and_only_those_sharing_one_are_listed()
    {
        using var site = new TestSite(Spec);
        var report = site.Build();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        var stubb = Related(site, "alexander-stubb");
        stubb.ShouldContain("/actors/ulf-kristersson/");
        stubb.ShouldContain("/actors/jonas-gahr-store/");
        stubb.ShouldNotContain("/actors/fumio-kishida/");
        // Kristersson shares two articles with Stubb, Støre one (though Støre is named in three).
        stubb.IndexOf("/actors/ulf-kristersson/").ShouldBeLessThan(stubb.IndexOf("/actors/jonas-gahr-store/"));
        var store = Related(site, "jonas-gahr-store");
        store.IndexOf("/actors/fumio-kishida/").ShouldBeLessThan(store.IndexOf("/actors/alexander-stubb/"));
        store.ShouldNotContain("/actors/ulf-kristersson/");
    }
}
