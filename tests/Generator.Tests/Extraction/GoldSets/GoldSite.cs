using System.Collections.Immutable;
using BriefingSite.Cli;
using BriefingSite.Model;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction.GoldSets;

/// <summary>
/// A gold split built as one site through the real pipeline (ingest to linking; nothing written), so that actors and
/// events are merged across its articles exactly as in a user's build. Articles without front matter are given the
/// annotated publication date as front matter, the way an editor would add them.
/// </summary>
public sealed class GoldSite
{
    public IReadOnlyList<GoldArticle> Gold { get; }
    public SiteGraph Site { get; }
    private readonly Dictionary<string, string> slugByName = new(StringComparer.Ordinal);

    public GoldSite(IReadOnlyList<GoldArticle> gold)
    {
        Gold = gold;
        using var site = new TestSite();
        foreach (var article in gold)
        {
            var text = article.Text.Replace("\r\n", "\n");
            if (!text.StartsWith("---\n", StringComparison.Ordinal) && article.Date is { } date) text = $"---\ndate: {date}\n---\n{text}";
            site.Write("articles/" + article.File, text);
        }
        var report = BuildPipeline.Run(new BuildOptions(site.Content, site.Output, ThemeDir: TestSite.Theme, DryRun: true, NoCache: true));
        Site = report.Site ?? throw new InvalidOperationException("the gold split did not build:\n" + string.Join("\n", report.Diagnostics));
        foreach (var built in Site.Articles)
        {
            var name = Path.GetFileNameWithoutExtension(built.Origin.Path);
            slugByName[name] = built.Slug;
        }
    }

    public string SlugOf(GoldArticle article) => slugByName[article.Name];

    public ArticleFacts FactsOf(GoldArticle article) => Site.Facts[SlugOf(article)];

    /// <summary>The actors the article's mentions were linked to, by slug.</summary>
    public ImmutableArray<Actor> ActorsOf(GoldArticle article)
    {
        var slug = SlugOf(article);
        return [.. FactsOf(article).Mentions.Select(m => Site.ActorIndex.SlugFor(slug, m.Key)).OfType<string>()
            .Distinct(StringComparer.Ordinal).Select(s => Site.ActorIndex.Find(s)).OfType<Actor>()];
    }
}
