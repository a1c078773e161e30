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

    /// <summary>The actor most named in the generated site, by name, as its page shows it.</summary>
    private static string MostNamedActor(BuildReport report) =>
        report.Site!.Actors.OrderByDescending(a => a.Articles.Length).ThenBy(a => a.Slug, StringComparer.Ordinal).First().Name;

    [Fact]
    public void Curating_an_actor_with_a_new_name_gives_the_clean_build()
    {
        using var site = UpToDateTests.GeneratedSite(12);
        var first = site.Build();
        first.Succeeded.ShouldBeTrue();
        var name = MostNamedActor(first);
        // A curated file naming the actor with an alias renames it on every page that shows it (articles, feeds, other actors).
        site.Write("actors/renamed.yml", $"name: Renamed Figure\nkind: person\naliases: [\"{name}\"]\ndescription: Someone *new*.\n");
        UpToDateTests.Age(site.Content);

        site.Build().Succeeded.ShouldBeTrue();

        ShouldEqualCleanBuild(site);
        Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories).Count(f => File.ReadAllText(f).Contains("Renamed Figure", StringComparison.Ordinal))
            .ShouldBeGreaterThan(2);
    }

    [Fact]
    public void Changing_the_site_settings_gives_the_clean_build()
    {
        using var site = UpToDateTests.GeneratedSite(8);
        site.Build().Succeeded.ShouldBeTrue();
        site.Write("site.yml", "title: Another Title\nbaseUrl: /sub/\nurl: https://example.org\nauthor: Desk\n");
        UpToDateTests.Age(site.Content);

        site.Build().Succeeded.ShouldBeTrue();

        ShouldEqualCleanBuild(site);
    }

    [Fact]
    public void Retitling_an_article_gives_the_clean_build()
    {
        using var site = UpToDateTests.GeneratedSite(10);
        site.Build().Succeeded.ShouldBeTrue();
        var file = Directory.GetFiles(Path.Combine(site.Content, "articles")).Order(StringComparer.Ordinal).ElementAt(4);
        var text = File.ReadAllText(file);
        // A new title shows in its neighbours' previous/next links, the lists and every feed that lists it.
        var body = text.IndexOf("---\n", 4, StringComparison.Ordinal) + 4;
        File.WriteAllText(file, text[..body] + "Retitled " + text[body..]);
        UpToDateTests.Age(site.Content);

        site.Build().Succeeded.ShouldBeTrue();

        ShouldEqualCleanBuild(site);
        Directory.GetFiles(site.Output, "feed.xml", SearchOption.AllDirectories).Count(f => File.ReadAllText(f).Contains("Retitled", StringComparison.Ordinal))
            .ShouldBeGreaterThan(2);
    }
}
