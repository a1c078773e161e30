using System.Security.Cryptography;
using BriefingSite.Benchmarks.Corpus;
using BriefingSite.Benchmarks.Runner;
using BriefingSite.Cli;
using BriefingSite.Incremental;
using BriefingSite.Ingest;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Incremental;

/// <summary>Articles unchanged since the last build's snapshot are not read again, and the site is still the clean build's.</summary>
public class ArticleSnapshotTests
{
    private static string CacheDir(TestSite site) => Path.Combine(site.Root, ".briefing-cache");

    private static string SnapshotFile(TestSite site) => Directory.GetFiles(Path.Combine(CacheDir(site), "snapshots"), "*.bin").Single();

    /// <summary>The article files the next build would leave unread.</summary>
    private static IReadOnlyList<string> Unread(TestSite site)
    {
        var snapshot = ArticleSnapshot.Open(CacheDir(site), new BuildOptions(site.Content, site.Output));
        return ContentReader.Run(site.Content, snapshot.Unchanged).Value!.UnreadArticles;
    }

    private static string ArticlePath(TestSite site, int index) =>
        Directory.GetFiles(Path.Combine(site.Content, "articles")).Order(StringComparer.Ordinal).ElementAt(index);

    /// <summary>Writes a generated article dated a minute back, leaving the other files as they are.</summary>
    private static void AddArticle(TestSite site, int index)
    {
        var article = new CorpusGenerator(3).Article(index);
        SiteFiles.WriteBriefingArticle(site.Content, article);
        File.SetLastWriteTimeUtc(SiteFiles.BriefingArticlePath(site.Content, article), DateTime.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public void After_adding_an_article_only_the_new_file_is_read_and_the_site_is_the_clean_build()
    {
        using var site = UpToDateTests.GeneratedSite(8);
        site.Build().Succeeded.ShouldBeTrue();
        AddArticle(site, 8);

        Unread(site).Count.ShouldBe(8);
        site.Build().Succeeded.ShouldBeTrue();

        IncrementalBuildTests.ShouldEqualCleanBuild(site);
        Unread(site).Count.ShouldBe(9);
    }

    [Fact]
    public void A_snapshot_of_several_sections_reads_back_every_entry_in_order()
    {
        using var site = UpToDateTests.GeneratedSite(3);
        site.Build().Succeeded.ShouldBeTrue();
        var options = new BuildOptions(site.Content, site.Output);
        var snapshot = ArticleSnapshot.Open(CacheDir(site), options);
        var model = snapshot.Find(Path.GetRelativePath(site.Content, ArticlePath(site, 1)).Replace('\\', '/')).ShouldNotBeNull();
        // Two full sections and part of a third, each entry its own path and title.
        var entries = Enumerable.Range(0, ArticleSnapshot.SectionSize * 2 + 345).Select(i => model with
        {
            Stamp = model.Stamp with { Path = $"articles/copy-{i:D5}.md" },
            Article = model.Article with { Title = $"Copy {i}" },
        }).ToList();
        snapshot.Save(entries, DateTime.UtcNow);

        var read = ArticleSnapshot.Open(CacheDir(site), options);

        read.Count.ShouldBe(entries.Count);
        foreach (var i in new[] { 0, 999, 1000, 1999, 2000, entries.Count - 1 })
        {
            var e = read.Find(entries[i].Stamp.Path).ShouldNotBeNull();
            e.Article.Title.ShouldBe($"Copy {i}");
            e.Stamp.ShouldBe(entries[i].Stamp);
            e.Facts!.Mentions.Select(m => m.Key).ShouldBe(model.Facts!.Mentions.Select(m => m.Key));
        }
    }

    private static string DeltaFile(TestSite site) => Path.ChangeExtension(SnapshotFile(site), ".delta");

    [Fact]
    public void A_few_new_articles_are_recorded_in_a_delta_and_the_base_is_not_rewritten()
    {
        using var site = UpToDateTests.GeneratedSite(8);
        site.Build().Succeeded.ShouldBeTrue();
        var baseBytes = File.ReadAllBytes(SnapshotFile(site));
        File.Exists(DeltaFile(site)).ShouldBeFalse();

        AddArticle(site, 8);
        site.Build().Succeeded.ShouldBeTrue();
        AddArticle(site, 9);
        File.Delete(ArticlePath(site, 0));
        site.Build().Succeeded.ShouldBeTrue();

        File.ReadAllBytes(SnapshotFile(site)).ShouldBe(baseBytes);
        File.Exists(DeltaFile(site)).ShouldBeTrue();
        Unread(site).Count.ShouldBe(9);
        IncrementalBuildTests.ShouldEqualCleanBuild(site);
    }

    [Fact]
    public void Changing_most_articles_rewrites_the_base_and_drops_the_delta()
    {
        using var site = UpToDateTests.GeneratedSite(4);
        site.Build().Succeeded.ShouldBeTrue();
        AddArticle(site, 4);
        site.Build().Succeeded.ShouldBeTrue();
        File.Exists(DeltaFile(site)).ShouldBeTrue();
        var baseBytes = File.ReadAllBytes(SnapshotFile(site));

        // More changed entries than a delta may hold (16 for a small site).
        for (var i = 5; i < 25; i++) AddArticle(site, i);
        site.Build().Succeeded.ShouldBeTrue();

        File.ReadAllBytes(SnapshotFile(site)).ShouldNotBe(baseBytes);
        File.Exists(DeltaFile(site)).ShouldBeFalse();
        Unread(site).Count.ShouldBe(25);
        IncrementalBuildTests.ShouldEqualCleanBuild(site);
    }

    [Theory]
    [InlineData("flipped byte")]
    [InlineData("made for another base")]
    public void A_damaged_or_foreign_delta_is_ignored_and_its_articles_are_read_again(string damage)
    {
        using var site = UpToDateTests.GeneratedSite(6);
        site.Build().Succeeded.ShouldBeTrue();
        var firstBase = File.ReadAllBytes(SnapshotFile(site));
        AddArticle(site, 6);
        site.Build().Succeeded.ShouldBeTrue();
        var delta = File.ReadAllBytes(DeltaFile(site));
        if (damage == "flipped byte") delta[delta.Length / 2] ^= 0x20;
        else
        {
            // A base written by another build (one more article) with the old delta left beside it.
            AddArticle(site, 7);
            for (var i = 8; i < 30; i++) AddArticle(site, i);
            site.Build().Succeeded.ShouldBeTrue();
            File.ReadAllBytes(SnapshotFile(site)).ShouldNotBe(firstBase);
        }
        File.WriteAllBytes(DeltaFile(site), delta);

        var unread = Unread(site);

        unread.Count.ShouldBe(damage == "flipped byte" ? 6 : 30);
        site.Build().Succeeded.ShouldBeTrue();
        IncrementalBuildTests.ShouldEqualCleanBuild(site);
    }

    [Fact]
    public void Unread_articles_repeat_their_diagnostics_exactly_as_a_clean_build_prints_them()
    {
        using var site = UpToDateTests.GeneratedSite(4);
        site.Write("articles/zz-boiler.txt", "---\ndate: 2024-01-02\ntone: dry\n---\nHeadline of a short story here\nBERLIN (AP) – Officials met on Monday to talk.\nAdvertisement\nThey agreed on a plan.\n");
        site.Write("articles/zz-undated.md", "# An undated note\n\nThe ministers met again and agreed on nothing at all.\n");
        UpToDateTests.Age(site.Content);
        site.Build().Succeeded.ShouldBeTrue();
        AddArticle(site, 4);
        Unread(site).ShouldContain("articles/zz-boiler.txt");

        var report = site.Build();

        using var clean = new TestSite();
        foreach (var f in Directory.GetFiles(site.Content, "*", SearchOption.AllDirectories))
            clean.WriteBytes(Path.GetRelativePath(site.Content, f), File.ReadAllBytes(f));
        var expected = BuildPipeline.Run(new BuildOptions(clean.Content, clean.Output, ThemeDir: TestSite.Theme, NoCache: true));
        string Text(BuildReport r) => string.Join("\n", r.Diagnostics.Select(d => d.ToString().Replace(clean.Root, "ROOT", StringComparison.Ordinal).Replace(site.Root, "ROOT", StringComparison.Ordinal)));
        Text(report).ShouldBe(Text(expected));
        report.Diagnostics.ShouldContain(d => d.Code == "unknown-key");
        report.Diagnostics.ShouldContain(d => d.Code == "undated");
    }

    public static TheoryData<string> Damages => ["flipped byte", "truncated", "empty", "garbage with a valid checksum", "another layout"];

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_snapshot_is_ignored_and_the_site_is_the_clean_build(string damage)
    {
        using var site = UpToDateTests.GeneratedSite(6);
        site.Build().Succeeded.ShouldBeTrue();
        var file = SnapshotFile(site);
        var bytes = File.ReadAllBytes(file);
        byte[] damaged = damage switch
        {
            "flipped byte" => [.. bytes[..(bytes.Length / 2)], (byte)(bytes[bytes.Length / 2] ^ 0x20), .. bytes[(bytes.Length / 2 + 1)..]],
            "truncated" => bytes[..(bytes.Length * 2 / 3)],
            "empty" => [],
            "garbage with a valid checksum" => WithChecksum([.. bytes[..40], .. RandomNumberGenerator.GetBytes(5000)]),
            _ => WithChecksum([.. bytes[..^16].Select((b, i) => i == 30 ? (byte)(b + 1) : b)]),
        };
        File.WriteAllBytes(file, damaged);
        // Edit one article so that the build is not skipped as up to date.
        var edited = ArticlePath(site, 2);
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("said", "stated", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(edited, DateTime.UtcNow.AddMinutes(-1));

        site.Build().Succeeded.ShouldBeTrue();

        IncrementalBuildTests.ShouldEqualCleanBuild(site);
    }

    private static byte[] WithChecksum(byte[] body) => [.. body, .. System.IO.Hashing.XxHash128.Hash(body)];

    [Fact]
    public void A_touched_file_is_read_again_and_the_site_is_the_clean_build()
    {
        using var site = UpToDateTests.GeneratedSite(6);
        site.Build().Succeeded.ShouldBeTrue();
        var touched = ArticlePath(site, 1);
        File.SetLastWriteTimeUtc(touched, DateTime.UtcNow.AddSeconds(-30));

        Unread(site).ShouldNotContain("articles/" + Path.GetFileName(touched));
        site.Build().Succeeded.ShouldBeTrue();

        IncrementalBuildTests.ShouldEqualCleanBuild(site);
    }

    [Fact]
    public void A_file_modified_as_the_last_build_started_is_read_again_even_with_the_same_size_and_time()
    {
        using var site = UpToDateTests.GeneratedSite(6);
        var file = ArticlePath(site, 3);
        // Modified "now" as far as the next build can tell: a second write in the same tick would keep the stamp.
        var stamp = DateTime.UtcNow.AddSeconds(1);
        File.SetLastWriteTimeUtc(file, stamp);
        site.Build().Succeeded.ShouldBeTrue();
        var text = File.ReadAllText(file);
        text.ShouldContain(" said ");
        File.WriteAllText(file, text.Replace(" said ", " told ", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, stamp);

        Unread(site).ShouldNotContain("articles/" + Path.GetFileName(file));
        site.Build().Succeeded.ShouldBeTrue();

        IncrementalBuildTests.ShouldEqualCleanBuild(site);
        Directory.GetFiles(site.Output, "index.md", SearchOption.AllDirectories).ShouldContain(f => File.ReadAllText(f).Contains(" told ", StringComparison.Ordinal));
    }

    [Fact]
    public void Deleting_the_cache_folder_gives_the_clean_build()
    {
        using var site = UpToDateTests.GeneratedSite(6);
        site.Build().Succeeded.ShouldBeTrue();
        Directory.Delete(CacheDir(site), recursive: true);
        AddArticle(site, 6);

        site.Build().Succeeded.ShouldBeTrue();

        IncrementalBuildTests.ShouldEqualCleanBuild(site);
        AddArticle(site, 7);
        site.Build().Succeeded.ShouldBeTrue();
        IncrementalBuildTests.ShouldEqualCleanBuild(site);
    }
}
