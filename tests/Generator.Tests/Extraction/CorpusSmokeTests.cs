using BriefingSite.Tests.Support;
using Xunit.Abstractions;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Extraction over real articles written by others (Wikinews 2019–2020, in ../shared/corpora when present):
/// never throws, every mention points at real text, and the actors it finds are printed for a reader to check.
/// </summary>
public class CorpusSmokeTests(ITestOutputHelper output)
{
    private static string? CorpusDir()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BriefingSite.sln"))) dir = dir.Parent;
        // ../shared beside the repository; a worktree one folder deeper finds it one level further up.
        for (var up = dir?.Parent; up is not null; up = up.Parent)
        {
            var corpus = Path.Combine(up.FullName, "shared", "corpora", "wikinews-2019-2020");
            if (Directory.Exists(corpus)) return corpus;
        }
        return null;
    }

    [Fact]
    public void Wikinews_articles_extract_without_errors_and_mentions_cover_their_names()
    {
        if (CorpusDir() is not { } corpus) { output.WriteLine("corpus absent; skipped"); return; }
        var knowledge = BriefingSite.Extraction.Knowledge.Load();
        var files = Directory.GetFiles(corpus, "*.txt").Order(StringComparer.Ordinal).ToList();
        var actors = 0;
        foreach (var file in files)
        {
            var facts = Extracting.Facts(File.ReadAllText(file), knowledge, "content/articles/" + Path.GetFileName(file));
            foreach (var m in facts.Mentions)
            {
                var text = facts.Paragraphs[m.Paragraph].Text;
                (m.Start + m.Length).ShouldBeLessThanOrEqualTo(text.Length, file);
                char.IsLetterOrDigit(text[m.Start]).ShouldBeTrue($"{file}: mention '{m.Key}' starts at '{text[m.Start]}'");
            }
            foreach (var q in facts.Quotes) q.Text.ShouldNotBeNullOrWhiteSpace(file);
            var keys = Extracting.ActorKeys(facts);
            actors += keys.Count;
            output.WriteLine($"{Path.GetFileName(file)}: {string.Join(" | ", keys)}");
        }
        output.WriteLine($"{files.Count} articles, {actors} article-actor pairs");
        files.Count.ShouldBeGreaterThan(0);
    }
}
