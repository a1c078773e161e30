using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Hardening;

/// <summary>
/// Articles written by others, as found: the Wikinews set builds; the BBC set (the same file names in every
/// category folder, one file with a Latin-1 byte) reports exactly that file and nothing else, then builds without it.
/// The corpora are read from ../shared and copied to a temp content folder; nothing is written back.
/// </summary>
public class CorpusBuildTests
{
    private static int CopyArticles(string corpus, TestSite site, Func<string, bool>? keep = null)
    {
        var copied = 0;
        foreach (var file in Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(corpus, file).Replace('\\', '/');
            if (keep is not null && !keep(rel)) continue;
            site.WriteBytes("articles/" + rel, File.ReadAllBytes(file));
            copied++;
        }
        return copied;
    }

    [CorpusFact("wikinews-2019-2020")]
    public void Wikinews_corpus_builds_every_article()
    {
        using var site = new TestSite("=== site.yml ===\ntitle: Wikinews 2019-2020\n");
        var count = CopyArticles(SharedCorpora.Find("wikinews-2019-2020")!, site);
        var report = site.Build();
        report.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        report.Succeeded.ShouldBeTrue();
        report.Site!.Articles.Length.ShouldBe(count);
        Directory.GetDirectories(Path.Combine(site.Output, "articles")).Length.ShouldBe(count);
    }

    [CorpusFact("bbc-fulltext")]
    public void Bbc_corpus_reports_only_its_one_non_utf8_file_and_builds_without_it()
    {
        var corpus = SharedCorpora.Find("bbc-fulltext")!;
        using var site = new TestSite("=== site.yml ===\ntitle: BBC 2004-2005\n");
        var count = CopyArticles(corpus, site);

        var (exit, printed) = BadInputCorpusTests.Run(site);
        exit.ShouldBe(1);
        printed.Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ShouldBe(
            ["content/articles/sport/199.txt:5: error: not valid UTF-8 (byte 0xA3 at offset 257); save the file as UTF-8"]);
        site.OutputExists("index.html").ShouldBeFalse("a failed build wrote output");

        File.Delete(Path.Combine(site.Content, "articles", "sport", "199.txt"));
        var report = site.Build();
        report.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        report.Succeeded.ShouldBeTrue();
        // 001.txt ... exist in every category: each still gets its own page.
        report.Site!.Articles.Length.ShouldBe(count - 1);
        Directory.GetDirectories(Path.Combine(site.Output, "articles")).Length.ShouldBe(count - 1);
    }
}
