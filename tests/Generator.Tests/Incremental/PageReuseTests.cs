using BriefingSite.Benchmarks.Corpus;
using BriefingSite.Model;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Incremental;

/// <summary>Pages whose inputs did not change are neither rendered nor written again; the output still equals a clean build.</summary>
public class PageReuseTests
{
    private static Dictionary<string, DateTime> Times(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f).Replace('\\', '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    private static List<string> ArticlePages(BuildReport report, bool kept) =>
        report.Files.Where(f => f.Kept == kept && f.RelativePath.Split('/') is ["articles", _, "index.html"])
            .Select(f => f.RelativePath).ToList();

    [Fact]
    public void Adding_an_article_renders_only_it_and_its_neighbours_among_the_article_pages()
    {
        using var site = UpToDateTests.GeneratedSite(30);
        var first = site.Build();
        first.Succeeded.ShouldBeTrue(string.Join("\n", first.Diagnostics));
        first.Written!.NotRendered.ShouldBe(0);
        var before = Times(site.Output);
        SiteFiles.WriteBriefingArticle(site.Content, new CorpusGenerator(3).Article(30));
        UpToDateTests.Age(site.Content);

        var report = site.Build();

        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        IncrementalBuildTests.ShouldEqualCleanBuild(site);
        var articles = report.Site!.Articles;
        var added = articles.Select((a, i) => (a, i)).Single(x => !before.ContainsKey($"articles/{x.a.Slug}/index.html"));
        // Newest first: the neighbours are the pages whose previous/next links now point at the new article.
        var expected = new[] { added.i - 1, added.i, added.i + 1 }.Where(i => i >= 0 && i < articles.Length)
            .Select(i => $"articles/{articles[i].Slug}/index.html").Order(StringComparer.Ordinal).ToList();
        ArticlePages(report, kept: false).Order(StringComparer.Ordinal).ShouldBe(expected);
        ArticlePages(report, kept: true).Count.ShouldBe(articles.Length - expected.Count);
        report.Written!.NotRendered.ShouldBeGreaterThanOrEqualTo(articles.Length - expected.Count);
        var after = Times(site.Output);
        foreach (var kept in report.Files.Where(f => f.Kept)) after[kept.RelativePath].ShouldBe(before[kept.RelativePath], kept.RelativePath);
    }

    [Fact]
    public void A_page_changed_in_the_output_folder_is_rendered_again()
    {
        using var site = UpToDateTests.GeneratedSite(5);
        site.Build().Succeeded.ShouldBeTrue();
        var slug = Directory.GetDirectories(Path.Combine(site.Output, "articles")).Select(Path.GetFileName).Order(StringComparer.Ordinal).First();
        var page = Path.Combine(site.Output, "articles", slug!, "index.html");
        var original = File.ReadAllText(page);
        File.WriteAllText(page, "tampered");
        UpToDateTests.Age(site.Content);

        var report = site.Build();

        report.Succeeded.ShouldBeTrue();
        report.UpToDate.ShouldBeFalse();
        report.Files.Single(f => f.RelativePath == $"articles/{slug}/index.html").Kept.ShouldBeFalse();
        File.ReadAllText(page).ShouldBe(original);
        report.Written!.NotRendered.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Without_a_cache_every_page_is_rendered()
    {
        using var site = UpToDateTests.GeneratedSite(4);
        site.Build().Succeeded.ShouldBeTrue();
        UpToDateTests.Age(site.Content);

        var report = BuildPipeline.Run(new BriefingSite.Cli.BuildOptions(site.Content, site.Output, ThemeDir: TestSite.Theme, NoCache: true));

        report.Succeeded.ShouldBeTrue();
        report.Files.ShouldAllBe(f => !f.Kept);
        report.Written!.NotRendered.ShouldBe(0);
    }
}
