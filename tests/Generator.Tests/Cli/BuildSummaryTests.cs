using BriefingSite.Cli;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Cli;

public class BuildSummaryTests
{
    private const string Older = "=== articles/older.md ===\n---\ndate: 2031-03-01\n---\n# NATO ministers meet\n\nNATO defence ministers met in Brussels on Monday to discuss air defence.\n";
    private const string Newer = "---\ndate: 2031-03-05\n---\n# Finland joins air defence plan\n\nFinland and NATO agreed on Wednesday to link their air defence systems, officials said.\n";

    private static string Build(TestSite site, bool noCache = false)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        BuildCommand.Run(new BuildOptions(site.Content, site.Output, ThemeDir: TestSite.Theme, NoCache: noCache), stdout, stderr).ShouldBe(0, stderr.ToString());
        return stdout.ToString();
    }

    [Fact]
    public void First_build_counts_the_site_and_says_there_is_nothing_to_compare_with()
    {
        using var site = new TestSite("=== site.yml ===\ntitle: S\n" + Older);
        var printed = Build(site);
        printed.ShouldContain("file(s) written, 0 unchanged, 0 removed.");
        printed.ShouldContain("site:     1 article;");
        printed.ShouldContain("no previous build in this output folder to compare with");
    }

    [Fact]
    public void Next_build_names_what_is_new_since_the_previous_one()
    {
        using var site = new TestSite("=== site.yml ===\ntitle: S\n" + Older);
        Build(site);
        site.Write("articles/newer.md", Newer);
        var printed = Build(site);
        printed.ShouldContain("2 articles (1 new: Finland joins air defence plan)");
        printed.ShouldMatch(@"actors \(1 new: Finland\)");
    }

    [Fact]
    public void Timings_name_every_stage_the_build_ran_in_order_on_standard_error()
    {
        using var site = new TestSite("=== site.yml ===\ntitle: S\n" + Older);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        BuildCommand.Run(new BuildOptions(site.Content, site.Output, ThemeDir: TestSite.Theme), stdout, stderr, timings: true).ShouldBe(0, stderr.ToString());
        var stages = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^ *\d+\.\d{3} s +\d+\.\d{3} s CPU +\d+ MiB allocated  (.+)$")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        stages.ShouldBe(["Checking what changed", "Reading content", "Normalizing 1 articles", "Extracting actors, quotes and events", "Linking", "Rendering pages", "Writing"]);
        stdout.ToString().ShouldNotContain(" s  Linking");
        stderr.ToString().ShouldMatch(@"CPU time of all threads: \d+\.\d{3} s; garbage collections: \d+ / \d+ / \d+ \(gen 0 / 1 / 2\), paused \d+\.\d{3} s");
    }

    [Fact]
    public void Unchanged_content_on_the_fast_path_says_it_is_up_to_date()
    {
        var unchanged = new BuildReport([], null, [], new BriefingSite.Publishing.WriteSummary(0, 40, 0), UpToDateArticles: 3);
        var lines = BuildSummary.Lines(unchanged, new BuildOptions("content", "output"), TimeSpan.FromMilliseconds(20)).ToList();
        lines[0].ShouldBe("Up to date: 3 article(s) in 'output' unchanged since the previous build (0.02 s); nothing written.");
        lines[1].ShouldBe("  warnings: none");
    }

    [Fact]
    public void Unchanged_content_writes_nothing_and_reports_nothing_new()
    {
        using var site = new TestSite("=== site.yml ===\ntitle: S\n" + Older);
        Build(site, noCache: true);
        var printed = Build(site, noCache: true);
        printed.ShouldContain(": 0 file(s) written,");
        printed.ShouldContain("1 article (none new)");
        printed.ShouldContain("0 removed.");
    }

    [Fact]
    public void Warnings_are_counted_by_kind_and_boilerplate_removal_by_article()
    {
        using var site = new TestSite("=== site.yml ===\ntitle: S\n=== articles/undated.txt ===\nFerry resumes\n\nThe ferry across the bay resumed service, its operator said.\n\nAdvertisement\n\nPassengers welcomed the news.\n");
        var printed = Build(site);
        printed.ShouldContain("warnings: 1 undated, boilerplate removed from 1 article(s)");
    }

    [Fact]
    public void Progress_bar_is_never_drawn_into_captured_or_redirected_output()
    {
        BuildProgressDisplay.IsInteractive(new StringWriter()).ShouldBeFalse();
        var calls = 0;
        BuildProgressDisplay.Run(p => { calls++; p.ShouldBeNull(); return new BuildReport([], null, [], null); }, interactive: false);
        calls.ShouldBe(1);
    }

    [Fact]
    public void Home_page_shows_the_newest_articles_and_which_actors_first_appear_or_return_with_them()
    {
        using var site = new TestSite("=== site.yml ===\ntitle: S\n" + Older);
        site.Write("articles/newer.md", Newer);
        var report = site.Build();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        var section = doc.QuerySelector(".whats-new").ShouldNotBeNull();
        section.QuerySelector("h2")!.TextContent.ShouldBe("New on 5 March 2031");
        section.QuerySelectorAll(".whats-new-articles a").Select(a => a.TextContent).ShouldBe(["Finland joins air defence plan"]);
        var lists = section.QuerySelectorAll("dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.QuerySelectorAll("a").Select(a => a.TextContent).ToList());
        lists["First appearing"].ShouldContain("Finland");
        lists["Back in the news"].ShouldContain("NATO");
        lists["First appearing"].ShouldNotContain("NATO");
    }
}
