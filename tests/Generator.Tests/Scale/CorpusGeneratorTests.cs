using BriefingSite.Benchmarks.Corpus;

namespace BriefingSite.Tests.Scale;

public class CorpusGeneratorTests
{
    [Fact]
    public void Same_seed_gives_the_same_articles()
    {
        var a = new CorpusGenerator(42).Articles(30).Select(SiteFiles.BriefingPlainText).ToList();
        var b = new CorpusGenerator(42).Articles(30).Select(SiteFiles.BriefingPlainText).ToList();
        b.ShouldBe(a);
    }

    [Fact]
    public void Another_seed_gives_other_articles()
    {
        var a = new CorpusGenerator(1).Article(5);
        var b = new CorpusGenerator(2).Article(5);
        SiteFiles.BriefingPlainText(a).ShouldNotBe(SiteFiles.BriefingPlainText(b));
    }

    [Fact]
    public void A_smaller_corpus_is_a_prefix_of_a_larger_one()
    {
        var small = new CorpusGenerator(7).Articles(20).Select(SiteFiles.BriefingMarkdown).ToList();
        var large = new CorpusGenerator(7).Articles(200).Take(20).Select(SiteFiles.BriefingMarkdown).ToList();
        large.ShouldBe(small);
    }

    [Fact]
    public void The_cast_grows_with_the_corpus()
    {
        var gen = new CorpusGenerator(7);
        var early = gen.Articles(200).SelectMany(a => a.Actors).Distinct().Count();
        var late = gen.Articles(2000).SelectMany(a => a.Actors).Distinct().Count();
        late.ShouldBeGreaterThan(early * 2);
        gen.Articles(2000).SelectMany(a => a.Events).Distinct().Count().ShouldBeGreaterThan(300);
    }

    [Fact]
    public void Articles_carry_datelines_quotes_titles_and_dated_events()
    {
        var a = new CorpusGenerator(7).Article(11);
        var text = SiteFiles.BriefingPlainText(a);
        text.ShouldStartWith("---\ndate: ");
        text.ShouldContain($"{a.Place.ToUpperInvariant()} ({a.Agency}) – ");
        text.ShouldContain("\"");
        a.Events.ShouldAllBe(e => e.EndsWith(")"));
        a.Actors.Count.ShouldBeGreaterThan(3);
    }

    [Fact]
    public void Hugo_site_has_actor_and_event_taxonomies_and_layouts()
    {
        var dir = Path.Combine(Path.GetTempPath(), "briefing-hugo-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var articles = new CorpusGenerator(7).Articles(3).ToList();
            SiteFiles.WriteHugoSite(dir, articles);
            File.ReadAllText(Path.Combine(dir, "hugo.toml")).ShouldContain("actor = \"actors\"");
            foreach (var layout in new[] { "baseof", "single", "list", "taxonomy", "term" })
                File.Exists(Path.Combine(dir, "layouts", "_default", layout + ".html")).ShouldBeTrue();
            var page = File.ReadAllText(Path.Combine(dir, "content", "articles", articles[0].FileStem + ".md"));
            page.ShouldContain("actors: [\"" + articles[0].Actors[0] + "\"");
            page.ShouldContain("events: [\"");
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
