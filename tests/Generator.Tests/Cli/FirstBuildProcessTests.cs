using System.Diagnostics;
using BriefingSite.Benchmarks.Runner;
using BriefingSite.Cli;
using BriefingSite.Incremental;
using BriefingSite.Tests.Incremental;
using BriefingSite.Tests.Support;
using Shouldly;

namespace BriefingSite.Tests.Cli;

/// <summary>A first build of a large site runs in a child process with tiered compilation on (see <see cref="FirstBuildProcess"/>).</summary>
public class FirstBuildProcessTests
{
    private static readonly Func<string, string?> NoVariables = _ => null;

    private static BuildOptions Cli(TestSite site) => new(site.Content, site.Output, ThemeDir: TestSite.Theme, OwnsProcess: true);

    [Fact]
    public void Only_a_command_line_first_build_of_a_site_with_enough_articles_runs_in_a_child()
    {
        using var site = UpToDateTests.GeneratedSite(4);
        FirstBuildProcess.Wanted(Cli(site), NoVariables).ShouldBeFalse($"fewer than {FirstBuildProcess.MinArticles} articles");
        FirstBuildProcess.Wanted(Cli(site), NoVariables, minArticles: 4).ShouldBeTrue("no build yet");
        FirstBuildProcess.Wanted(Cli(site) with { OwnsProcess = false }, NoVariables, minArticles: 4).ShouldBeFalse("tests and serve build in their own process");
        FirstBuildProcess.Wanted(Cli(site), v => v == "BRIEFING_FIRST_BUILD_CHILD" ? "1" : null, minArticles: 4).ShouldBeFalse("the child builds itself");
        FirstBuildProcess.Wanted(Cli(site), v => v == "DOTNET_TieredCompilation" ? "0" : null, minArticles: 4).ShouldBeFalse("the user chose");
        site.Build().Succeeded.ShouldBeTrue();

        UpToDateCheck.PreviousArticleCount(Cli(site)).ShouldBe(4);
        FirstBuildProcess.Wanted(Cli(site), NoVariables, minArticles: 4).ShouldBeFalse("a site built before is rebuilt here");
        // The state of another program or other options says nothing about this build: it is a first build again.
        FirstBuildProcess.Wanted(Cli(site) with { BaseUrl = "/elsewhere/" }, NoVariables, minArticles: 4).ShouldBeTrue();
        FirstBuildProcess.Wanted(Cli(site) with { NoCache = true }, NoVariables, minArticles: 4).ShouldBeTrue();
    }

    [Fact]
    public void The_child_builds_the_same_site_prints_once_and_passes_its_exit_code_on()
    {
        using var site = UpToDateTests.GeneratedSite(5);
        // Enough article files to make a large site, all but five of them drafts, which are read but not published.
        for (var k = 5; k < FirstBuildProcess.MinArticles; k++)
            site.Write($"articles/drafts/d{k:0000}.md", "---\ndraft: true\ndate: 2025-01-02\n---\n# Draft\n\nNot yet.\n");
        UpToDateTests.Age(site.Content);
        FirstBuildProcess.Wanted(Cli(site), NoVariables).ShouldBeTrue();

        var (exit, output) = Run(site);

        exit.ShouldBe(0, output);
        output.Split('\n').Count(l => l.StartsWith("Built ", StringComparison.Ordinal)).ShouldBe(1, output);
        IncrementalBuildTests.ShouldEqualCleanBuild(site);
        FirstBuildProcess.Wanted(Cli(site), NoVariables).ShouldBeFalse("built once, the site is rebuilt in the first process");

        // A failed first build fails the command, and leaves the output as it was.
        Directory.Delete(Path.Combine(site.Root, ".briefing-cache"), recursive: true);
        FirstBuildProcess.Wanted(Cli(site), NoVariables).ShouldBeTrue();
        var before = OutputSnapshot.Take(site.Output);
        site.Write("articles/zz-broken.md", "---\ndate: [unclosed\n---\nText.\n");
        var (failed, errors) = Run(site);
        failed.ShouldBe(1, errors);
        errors.ShouldContain("zz-broken.md");
        OutputSnapshot.Take(site.Output).Since(before).ShouldBe((0, 0, 0));
    }

    private static (int Exit, string Output) Run(TestSite site)
    {
        var psi = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "briefing.dll"), "build", "--content", site.Content, "--output", site.Output, "--theme", TestSite.Theme })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit(TimeSpan.FromMinutes(5)).ShouldBeTrue("briefing did not finish");
        return (p.ExitCode, stdout.Result + stderr.Result);
    }
}
