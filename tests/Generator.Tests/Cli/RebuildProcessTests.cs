using System.Diagnostics;
using BriefingSite.Benchmarks.Runner;
using BriefingSite.Cli;
using BriefingSite.Incremental;
using BriefingSite.Tests.Incremental;
using BriefingSite.Tests.Support;
using Shouldly;

namespace BriefingSite.Tests.Cli;

/// <summary>A rebuild of a large site runs in a child process with tiered compilation off (see <see cref="RebuildProcess"/>).</summary>
public class RebuildProcessTests
{
    private static readonly Func<string, string?> NoVariables = _ => null;

    private static BuildOptions Cli(TestSite site) => new(site.Content, site.Output, ThemeDir: TestSite.Theme, OwnsProcess: true);

    [Fact]
    public void Only_a_command_line_rebuild_of_a_site_built_before_with_enough_articles_runs_in_a_child()
    {
        using var site = UpToDateTests.GeneratedSite(4);
        RebuildProcess.Wanted(Cli(site), NoVariables).ShouldBeFalse("no build yet");
        site.Build().Succeeded.ShouldBeTrue();

        UpToDateCheck.PreviousArticleCount(Cli(site)).ShouldBe(4);
        RebuildProcess.Wanted(Cli(site), NoVariables).ShouldBeFalse($"fewer than {RebuildProcess.MinArticles} articles");
        RebuildProcess.Wanted(Cli(site), NoVariables, minArticles: 4).ShouldBeTrue();
        RebuildProcess.Wanted(Cli(site) with { OwnsProcess = false }, NoVariables, minArticles: 4).ShouldBeFalse("tests and serve build in their own process");
        RebuildProcess.Wanted(Cli(site), v => v == "BRIEFING_REBUILD_CHILD" ? "1" : null, minArticles: 4).ShouldBeFalse("the child builds itself");
        RebuildProcess.Wanted(Cli(site), v => v == "DOTNET_TieredCompilation" ? "1" : null, minArticles: 4).ShouldBeFalse("the user chose");
        // The state of another program or other options says nothing about this build.
        RebuildProcess.Wanted(Cli(site) with { BaseUrl = "/elsewhere/" }, NoVariables, minArticles: 4).ShouldBeFalse();
        RebuildProcess.Wanted(Cli(site) with { NoCache = true }, NoVariables, minArticles: 4).ShouldBeFalse();
    }

    [Fact]
    public void The_child_builds_the_same_site_prints_once_and_passes_its_exit_code_on()
    {
        using var site = UpToDateTests.GeneratedSite(5);
        site.Build().Succeeded.ShouldBeTrue();
        // The saved state now says the site is large, so the command line hands the rebuild to a child.
        var state = Directory.GetFiles(Path.Combine(site.Root, ".briefing-cache", "builds")).Single();
        File.WriteAllText(state, File.ReadAllText(state).Replace("\narticles\t5\n", $"\narticles\t{RebuildProcess.MinArticles}\n"));
        RebuildProcess.Wanted(Cli(site), NoVariables).ShouldBeTrue();
        site.Write("articles/zz-added.md", "---\ndate: 2025-03-04\n---\n# Ministers meet in Vilnius\n\nForeign ministers met in Vilnius on Monday, the ministry said.\n");
        UpToDateTests.Age(site.Content);

        var (exit, output) = Run(site);

        exit.ShouldBe(0, output);
        output.Split('\n').Count(l => l.StartsWith("Built ", StringComparison.Ordinal)).ShouldBe(1, output);
        IncrementalBuildTests.ShouldEqualCleanBuild(site);

        // A failed rebuild fails the command, and leaves the output as it was.
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
