using BriefingSite.Benchmarks.Corpus;
using BriefingSite.Benchmarks.Runner;
using BriefingSite.Cli;
using BriefingSite.Incremental;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Incremental;

public class UpToDateTests
{
    /// <summary>A generated site whose files are a minute old, so their stamps are not "racy" for a build starting now.</summary>
    internal static TestSite GeneratedSite(int articles)
    {
        var site = new TestSite("=== site.yml ===\ntitle: Incremental\nbaseUrl: /\n");
        foreach (var a in new CorpusGenerator(3).Articles(articles)) SiteFiles.WriteBriefingArticle(site.Content, a);
        Age(site.Content);
        return site;
    }

    internal static void Age(string dir)
    {
        foreach (var f in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(f, DateTime.UtcNow.AddMinutes(-1));
    }

    private static string StatePath(TestSite site) => Directory.GetFiles(Path.Combine(site.Root, ".briefing-cache", "builds")).Single();

    [Fact]
    public void No_change_rebuild_writes_no_file_and_repeats_the_diagnostics()
    {
        using var site = GeneratedSite(6);
        site.Write("articles/zz-boiler.txt", "---\ndate: 2024-01-02\n---\nHeadline of a short story here\nBERLIN (AP) – Officials met on Monday to talk.\nAdvertisement\nThey agreed on a plan.\n");
        Age(site.Content);
        var first = site.Build();
        first.Succeeded.ShouldBeTrue(string.Join("\n", first.Diagnostics));
        var before = OutputSnapshot.Take(site.Output);

        var second = site.Build();

        second.Succeeded.ShouldBeTrue();
        second.UpToDate.ShouldBeTrue();
        second.Written!.Written.ShouldBe(0);
        second.ArticleCount.ShouldBe(first.ArticleCount);
        second.Diagnostics.Select(d => d.ToString()).ShouldBe(first.Diagnostics.Select(d => d.ToString()));
        OutputSnapshot.Take(site.Output).Since(before).ShouldBe((0, 0, 0));
    }

    [Fact]
    public void Changed_article_is_rebuilt()
    {
        using var site = GeneratedSite(4);
        site.Build().Succeeded.ShouldBeTrue();
        var path = Directory.GetFiles(Path.Combine(site.Content, "articles")).Order(StringComparer.Ordinal).First();
        File.AppendAllText(path, "\nA closing line about the Zanzibar accord was added later.\n");

        var report = site.Build();

        report.UpToDate.ShouldBeFalse();
        report.Written!.Written.ShouldBeGreaterThan(0);
        Directory.GetFiles(site.Output, "index.md", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains("Zanzibar accord")).ShouldBeTrue();
    }

    [Fact]
    public void After_a_build_that_wrote_and_removed_files_the_next_one_is_up_to_date()
    {
        using var site = GeneratedSite(5);
        site.Build().Succeeded.ShouldBeTrue();
        var articles = Directory.GetFiles(Path.Combine(site.Content, "articles")).Order(StringComparer.Ordinal).ToList();
        File.Delete(articles[0]);
        File.AppendAllText(articles[1], "\nA closing line about the Zanzibar accord was added later.\n");
        File.SetLastWriteTimeUtc(articles[1], DateTime.UtcNow.AddMinutes(-1));

        var changed = site.Build();
        var again = site.Build();

        changed.Written!.Written.ShouldBeGreaterThan(0);
        changed.Written.Removed.ShouldBeGreaterThan(0);
        again.UpToDate.ShouldBeTrue();
        again.Written!.Written.ShouldBe(0);
    }

    [Fact]
    public void A_rebuild_that_changed_a_few_files_of_many_is_told_apart_from_one_that_changed_many()
    {
        using var site = GeneratedSite(40);
        site.Build().Succeeded.ShouldBeTrue();
        var options = new BuildOptions(site.Content, site.Output, null, TestSite.Theme);
        var articles = Directory.GetFiles(Path.Combine(site.Content, "articles")).Order(StringComparer.Ordinal).ToList();
        bool FewChanged()
        {
            var check = UpToDateCheck.Begin(options, DateTime.UtcNow)!;
            check.TryReuse().ShouldBeNull();
            check.InputCount.ShouldBeGreaterThan(40);
            return check.FewChanged;
        }

        // Only the files touched are aged (stamps of a minute ago are not "racy"): aging all would change every stamp.
        void Touch(string path, string text)
        {
            File.AppendAllText(path, text);
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-1));
        }
        var added = Path.Combine(site.Content, "articles", "zz-added.md");
        File.Copy(articles[0], added);
        Touch(added, "\nA line of its own.\n");
        File.Delete(articles[1]);
        FewChanged().ShouldBeTrue();
        // Written a moment before the build: too recent for the no-change check to trust, still one file among many.
        File.WriteAllText(Path.Combine(site.Content, "articles", "zz-just-now.md"), "---\ntitle: Just now\n---\nA line.\n");
        FewChanged().ShouldBeTrue();

        foreach (var a in articles.Skip(2).Take(17)) Touch(a, "\nOne more line.\n");
        FewChanged().ShouldBeFalse();
    }

    [Fact]
    public void Deleted_output_file_is_written_again()
    {
        using var site = GeneratedSite(3);
        site.Build().Succeeded.ShouldBeTrue();
        File.Delete(Path.Combine(site.Output, "index.html"));

        var report = site.Build();

        report.UpToDate.ShouldBeFalse();
        site.OutputExists("index.html").ShouldBeTrue();
        // Nothing else changed: the articles come from the last build's snapshot, and only the missing page is written.
        report.Written!.WrittenPaths.ShouldBe(["index.html"]);
    }

    [Fact]
    public void Another_base_url_is_not_up_to_date()
    {
        using var site = GeneratedSite(3);
        site.Build().Succeeded.ShouldBeTrue();
        var report = site.Build("/elsewhere/");
        report.UpToDate.ShouldBeFalse();
        site.ReadOutput("index.html").ShouldContain("/elsewhere/");
    }

    [Theory]
    [InlineData("")]
    [InlineData("briefing-build-state 1\nkey\tx\n")]
    [InlineData("briefing-build-state 1\nkey\tx\narticles\tlots\nend\n")]
    [InlineData("briefing-build-state 1\ndiag\t9\t\t\t\t\nend\n")]
    public void Corrupt_state_means_a_full_build_not_a_failure(string corrupt)
    {
        using var site = GeneratedSite(3);
        site.Build().Succeeded.ShouldBeTrue();
        File.WriteAllText(StatePath(site), corrupt);

        var report = site.Build();

        report.Succeeded.ShouldBeTrue();
        report.UpToDate.ShouldBeFalse();
        site.Build().UpToDate.ShouldBeTrue();
    }

    [Fact]
    public void No_cache_leaves_no_cache_folder()
    {
        using var site = GeneratedSite(2);
        var options = new BuildOptions(site.Content, site.Output, ThemeDir: TestSite.Theme, NoCache: true);
        BuildPipeline.Run(options).Succeeded.ShouldBeTrue();
        BuildPipeline.Run(options).UpToDate.ShouldBeFalse();
        Directory.Exists(Path.Combine(site.Root, ".briefing-cache")).ShouldBeFalse();
    }

    [Fact]
    public void A_file_changed_just_before_the_build_is_never_trusted_by_its_stamp()
    {
        var now = new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        TreeSnapshot.IsRacy(now.AddMilliseconds(-10.5), now).ShouldBeTrue();
        TreeSnapshot.IsRacy(now.AddSeconds(-1), now).ShouldBeTrue();       // whole-second stamps: a coarse file system
        TreeSnapshot.IsRacy(now.AddMilliseconds(-1500.5), now).ShouldBeFalse();
    }
}
