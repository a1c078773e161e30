using BriefingSite.Benchmarks.Corpus;
using BriefingSite.Cli;
using BriefingSite.Diagnostics;
using BriefingSite.Extraction;
using BriefingSite.Incremental;
using BriefingSite.Ingest;
using BriefingSite.Model;
using BriefingSite.Normalize;
using BriefingSite.Rendering;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Incremental;

public class ArticleCacheTests
{
    private static RawArticle Raw(string text, string path = "articles/a.txt")
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var file = new ContentFile(path, "content/" + path, text, TextDecoder.Hash(bytes));
        return FrontMatterReader.Read(file, ContentReader.FormatOf(path)).Article!;
    }

    private static readonly string Text = SiteFiles.BriefingPlainText(new CorpusGenerator(5).Article(2));

    private static string TempDir() => Path.Combine(Path.GetTempPath(), "briefing-cache-" + Guid.NewGuid().ToString("N")[..10]);

    private sealed class Counting
    {
        public int Normalized, Extracted;
        private readonly FactExtractor extractor = new(new MarkdownRenderer(), BriefingSite.Extraction.Knowledge.Load());
        public StageResult<Article> Normalize(RawArticle r) { Normalized++; return ArticleNormalizer.Run(r); }
        public ArticleFacts Extract(Article a) { Extracted++; return extractor.Run(a); }
        public string Knowledge => extractor.Knowledge.Fingerprint;
    }

    private static (Article, ArticleFacts) Run(ArticleCache cache, RawArticle raw, Counting c, string? knowledge = null)
    {
        var article = cache.Normalize(raw, c.Normalize).Value;
        return (article, cache.Facts(raw, article, knowledge ?? c.Knowledge, c.Extract));
    }

    [Fact]
    public void Unchanged_article_is_neither_normalized_nor_extracted_again_and_comes_back_equal()
    {
        var dir = TempDir();
        try
        {
            var c = new Counting();
            var (a1, f1) = Run(new ArticleCache(dir, "p1"), Raw(Text), c);
            var (a2, f2) = Run(new ArticleCache(dir, "p1"), Raw(Text), c);   // a new cache object reads the files

            (c.Normalized, c.Extracted).ShouldBe((1, 1));
            a2.ShouldBe(a1 with { RemovedLines = a2.RemovedLines });
            a2.RemovedLines.ShouldBe(a1.RemovedLines);
            f2.Paragraphs.Select(p => p.ToString()).ShouldBe(f1.Paragraphs.Select(p => p.ToString()));
            f2.Paragraphs.SelectMany(p => p.Sentences).ShouldBe(f1.Paragraphs.SelectMany(p => p.Sentences));
            f2.Mentions.ShouldBe(f1.Mentions);
            f2.Quotes.ShouldBe(f1.Quotes);
            f1.Mentions.ShouldNotBeEmpty();
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Changed_content_is_normalized_again()
    {
        var dir = TempDir();
        try
        {
            var c = new Counting();
            Run(new ArticleCache(dir, "p1"), Raw(Text), c);
            var (a, _) = Run(new ArticleCache(dir, "p1"), Raw(Text + "\nOne more paragraph about Zanzibar.\n"), c);
            (c.Normalized, c.Extracted).ShouldBe((2, 2));
            a.Markdown.ShouldContain("Zanzibar");
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Another_program_version_reuses_nothing()
    {
        var dir = TempDir();
        try
        {
            var c = new Counting();
            Run(new ArticleCache(dir, "version-1"), Raw(Text), c);
            Run(new ArticleCache(dir, "version-2"), Raw(Text), c);
            (c.Normalized, c.Extracted).ShouldBe((2, 2));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Changed_knowledge_or_curated_data_extracts_again_but_keeps_the_normalization()
    {
        var dir = TempDir();
        try
        {
            var c = new Counting();
            Run(new ArticleCache(dir, "p1"), Raw(Text), c, knowledge: "curated-1");
            Run(new ArticleCache(dir, "p1"), Raw(Text), c, knowledge: "curated-2");
            (c.Normalized, c.Extracted).ShouldBe((1, 2));
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Corrupt_entries_are_recomputed_not_fatal()
    {
        var dir = TempDir();
        try
        {
            var c = new Counting();
            Run(new ArticleCache(dir, "p1"), Raw(Text), c);
            foreach (var f in Directory.GetFiles(dir, "*.json", SearchOption.AllDirectories))
                File.WriteAllText(f, "{\"Key\": 12, \"Article\": [broken");
            var (a, facts) = Run(new ArticleCache(dir, "p1"), Raw(Text), c);
            (c.Normalized, c.Extracted).ShouldBe((2, 2));
            a.Title.ShouldNotBeEmpty();
            facts.Mentions.ShouldNotBeEmpty();
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Curated_actor_file_change_reaches_a_cached_site()
    {
        using var site = UpToDateTests.GeneratedSite(5);
        site.Build().Succeeded.ShouldBeTrue();
        var person = new CorpusGenerator(3).Article(0).Actors[0];
        site.Write("actors/curated.yml", $"name: {person}\nkind: person\ndescription: A curated description of the Zanzibar envoy.\n");

        var report = site.Build();

        report.Succeeded.ShouldBeTrue(string.Join("\n", report.Diagnostics));
        using var clean = UpToDateTests.GeneratedSite(5);
        clean.Write("actors/curated.yml", $"name: {person}\nkind: person\ndescription: A curated description of the Zanzibar envoy.\n");
        BuildPipeline.Run(new BuildOptions(clean.Content, clean.Output, ThemeDir: TestSite.Theme, NoCache: true)).Succeeded.ShouldBeTrue();
        IncrementalBuildTests.Files(site.Output).ShouldBe(IncrementalBuildTests.Files(clean.Output));
    }
}
