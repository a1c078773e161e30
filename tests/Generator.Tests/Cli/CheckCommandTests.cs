using BriefingSite.Cli;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Cli;

public class CheckCommandTests
{
    private static TestSite BuiltSite(string baseUrl)
    {
        var site = new TestSite($"=== site.yml ===\ntitle: Check\nbaseUrl: {baseUrl}\n=== articles/a.txt ===\nBridge reopens\n\nThe old bridge over the Tarn reopened on Saturday after eighteen months of repairs.\n=== articles/b.txt ===\nFerry resumes\n\nThe ferry across the bay resumed service on Sunday, its operator said.\n");
        var report = site.Build();
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        return site;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/briefing/")]
    [InlineData("https://user.github.io/briefing/")]
    public void A_freshly_built_site_passes(string baseUrl)
    {
        using var site = BuiltSite(baseUrl);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        CheckCommand.Run(new BuildOptions(site.Content, site.Output), stdout, stderr).ShouldBe(0, stderr.ToString());
        stdout.ToString().ShouldContain("0 problem(s)");
    }

    [Fact]
    public void A_planted_broken_link_fails_the_check_and_names_the_page()
    {
        using var site = BuiltSite("/briefing/");
        var home = Path.Combine(site.Output, "index.html");
        File.WriteAllText(home, File.ReadAllText(home).Replace("</main>", "<a href=\"/briefing/articles/no-such-article/\">x</a></main>"));
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        CheckCommand.Run(new BuildOptions(site.Content, site.Output), stdout, stderr).ShouldBe(1);
        stderr.ToString().ShouldContain("index.html:");
        stderr.ToString().ShouldContain("broken link '/briefing/articles/no-such-article/'");
    }

    [Fact]
    public void Base_url_option_overrides_site_yml()
    {
        using var site = BuiltSite("/");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        CheckCommand.Run(new BuildOptions(site.Content, site.Output, "/elsewhere/"), stdout, stderr).ShouldBe(1);
        stderr.ToString().ShouldContain("leaves the site's base path /elsewhere/");
    }

    [Fact]
    public void Missing_output_is_a_clear_error()
    {
        using var site = new TestSite("=== site.yml ===\ntitle: x\n");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        CheckCommand.Run(new BuildOptions(site.Content, site.Output), stdout, stderr).ShouldBe(1);
        stderr.ToString().ShouldContain("run 'briefing build' first");
    }
}
