using System.Text.Json;
using AngleSharp.Html.Parser;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.EndToEnd;

public class CuratedActorTests
{
    private const string Article = """
        === articles/a.md ===
        ---
        title: Talks in Helsinki
        date: 2025-03-01
        ---
        Finnish President Alexander Stubb met the Alliance chief in Helsinki. "We stand together," said Stubb.
        The Blue Falcon group also attended, and Foobar Quux said nothing.
        """;

    [Fact]
    public void Curated_actor_wins_and_its_aliases_are_found_in_text()
    {
        using var site = new TestSite(Article + """

            === actors/nato.yml ===
            name: NATO
            kind: organization
            aliases: [Alliance]
            description: The *North Atlantic* alliance.
            links:
              - {label: Official site, url: "https://www.nato.int/"}
              - {label: Bad, url: "javascript:alert(1)"}
            === actors/blue.yml ===
            name: Blue Falcon
            kind: organization
            """);
        var report = site.Build();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        var page = new HtmlParser().ParseDocument(site.ReadOutput("actors/nato/index.html"));
        page.QuerySelector(".standfirst")!.InnerHtml.ShouldContain("<em>North Atlantic</em>");
        page.QuerySelectorAll(".actor-links a").Select(a => a.GetAttribute("href")).ShouldBe(["https://www.nato.int/"]);
        using var doc = JsonDocument.Parse(site.ReadOutput("api/articles.json"));
        var actors = doc.RootElement[0].GetProperty("actors").EnumerateArray().Select(a => a.GetString()).ToList();
        actors.ShouldContain("nato");
        actors.ShouldContain("blue-falcon");
        actors.ShouldContain("alexander-stubb");
    }

    [Fact]
    public void Suppressed_actor_has_no_page_and_no_links()
    {
        using var site = new TestSite(Article + """

            === actors/quux.yml ===
            name: Foobar Quux
            suppress: true
            """);
        site.Build().Succeeded.ShouldBeTrue();
        site.OutputExists("actors/foobar-quux/index.html").ShouldBeFalse();
        site.ReadOutput("api/articles.json").ShouldNotContain("foobar-quux");
        site.OutputExists("actors/alexander-stubb/index.html").ShouldBeTrue();
    }

    [Fact]
    public void Curated_file_problems_are_reported_with_path_and_line()
    {
        using var site = new TestSite(Article + """

            === actors/bad.yml ===
            - name: Someone
              kind: planet
            - kind: person
              aliases: [Nobody]
            - name: Stubb Twin
              kind: person
              aliases: [Stubb]
            - name: Alexander Stubb
              kind: person
              aliases: [Stubb]
            """);
        var report = site.Build();
        report.Succeeded.ShouldBeFalse();
        var messages = report.Diagnostics.Select(d => d.ToString()).ToList();
        messages.ShouldContain(m => m.Contains("actors/bad.yml:2: error: unknown actor kind 'planet'", StringComparison.Ordinal));
        messages.ShouldContain(m => m.Contains("actors/bad.yml:3: error: actor has no 'name'", StringComparison.Ordinal));
        messages.ShouldContain(m => m.Contains("actors/bad.yml:8: error: 'Stubb' is already a name or alias of the actor in ", StringComparison.Ordinal));
    }
}
