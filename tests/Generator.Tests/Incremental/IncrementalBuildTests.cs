using BriefingSite.Benchmarks.Corpus;
using BriefingSite.Benchmarks.Runner;
using BriefingSite.Cli;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Incremental;

/// <summary>A site built, changed and rebuilt with its cache must be byte for byte the clean build of the changed content.</summary>
public class IncrementalBuildTests
{
    internal static SortedDictionary<string, string> Files(string dir) =>
        new(Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), f => Convert.ToHexString(File.ReadAllBytes(f))), StringComparer.Ordinal);

    internal static void ShouldEqualCleanBuild(TestSite incremental)
    {
        using var clean = new TestSite();
        foreach (var f in Directory.GetFiles(incremental.Content, "*", SearchOption.AllDirectories))
            clean.WriteBytes(Path.GetRelativePath(incremental.Content, f), File.ReadAllBytes(f));
        var report = BuildPipeline.Run(new BuildOptions(clean.Content, clean.Output, ThemeDir: TestSite.Theme, NoCache: true));
        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        var expected = Files(clean.Output);
        var actual = Files(incremental.Output);
        actual.Keys.ShouldBe(expected.Keys);
        foreach (var (path, bytes) in expected) actual[path].ShouldBe(bytes, $"{path} differs from the clean build");
    }

    [Fact]
    public void Adding_an_article_gives_the_clean_build_and_a_second_rebuild_writes_nothing()
    {
        using var site = UpToDateTests.GeneratedSite(12);
        site.Build().Succeeded.ShouldBeTrue();
        SiteFiles.WriteBriefingArticle(site.Content, new CorpusGenerator(3).Article(12));
        UpToDateTests.Age(site.Content);

        var report = site.Build();

        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        report.UpToDate.ShouldBeFalse();
        ShouldEqualCleanBuild(site);
        var before = OutputSnapshot.Take(site.Output);
        site.Build().UpToDate.ShouldBeTrue();
        OutputSnapshot.Take(site.Output).Since(before).ShouldBe((0, 0, 0));
    }

    [Fact]
    public void Editing_and_removing_articles_gives_the_clean_build()
    {
        using var site = UpToDateTests.GeneratedSite(10);
        site.Build().Succeeded.ShouldBeTrue();
        var files = Directory.GetFiles(Path.Combine(site.Content, "articles")).Order(StringComparer.Ordinal).ToList();
        File.Delete(files[3]);
        File.WriteAllText(files[5], File.ReadAllText(files[5]).Replace("said", "stated", StringComparison.Ordinal));
        File.Move(files[7], Path.Combine(Path.GetDirectoryName(files[7])!, "renamed-" + Path.GetFileName(files[7])));

        site.Build().Succeeded.ShouldBeTrue();

        ShouldEqualCleanBuild(site);
    }

    [Fact]
    public void A_slug_taken_by_a_new_article_gives_the_clean_build()
    {
        using var site = UpToDateTests.GeneratedSite(6);
        site.Build().Succeeded.ShouldBeTrue();
        var first = Directory.GetFiles(Path.Combine(site.Content, "articles")).Order(StringComparer.Ordinal).First();
        // Same headline, earlier date: the slugs of the two articles are decided together, so the old one may be renumbered.
        var text = File.ReadAllText(first);
        site.Write("articles/0-same-title.txt", "---\ndate: 2010-01-01\n---\n" + text[(text.IndexOf("---\n", 4, StringComparison.Ordinal) + 4)..]);

        site.Build().Succeeded.ShouldBeTrue();

        ShouldEqualCleanBuild(site);
    }
}
