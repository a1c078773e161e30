using System.Collections.Immutable;
using BriefingSite.Extraction;
using BriefingSite.Linking;
using BriefingSite.Model;
using BriefingSite.Normalize;
using BriefingSite.Rendering;
using BriefingSite.Tests.Support;

namespace BriefingSite.Tests.Extraction;

/// <summary>
/// Scores extraction plus linking against hand-annotated articles: actor F1 over the whole set, the mean per-article
/// F1 of the actors each article links to, and the share of annotated quotes attributed to the right speaker.
/// Names are compared as slugs, the way actor pages are addressed.
/// </summary>
public sealed record EvaluationScore(double ActorF1, double LinkF1, double QuoteAccuracy, IReadOnlyList<string> Misses)
{
    public static EvaluationScore Measure(IReadOnlyList<ExtractionCase> cases)
    {
        var knowledge = Knowledge.Load();
        var extractor = new FactExtractor(new MarkdownRenderer(), knowledge);
        var articles = new List<Article>();
        var facts = new List<ArticleFacts>();
        for (var i = 0; i < cases.Count; i++)
        {
            var (article, _) = Normalizing.Text(cases[i].Text, $"content/articles/eval-{i}.md");
            article = article with { Slug = "eval-" + i };
            articles.Add(article);
            facts.Add(extractor.Run(article));
        }
        var index = ActorLinker.Run([], articles.ToImmutableArray(), facts).Value;
        var misses = new List<string>();
        var linkF1 = new List<double>();
        var allGold = new HashSet<string>(StringComparer.Ordinal);
        var allFound = new HashSet<string>(StringComparer.Ordinal);
        int quotesRight = 0, quotesTotal = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var gold = cases[i].Actors.Select(a => Slugger.Slugify(a)).ToHashSet(StringComparer.Ordinal);
            var found = facts[i].Mentions.Select(m => index.SlugFor(articles[i].Slug, m.Key)).OfType<string>().ToHashSet(StringComparer.Ordinal);
            allGold.UnionWith(gold);
            allFound.UnionWith(found);
            linkF1.Add(F1(gold, found));
            foreach (var g in gold.Except(found)) misses.Add($"{cases[i].Name}: missed {g}");
            foreach (var f in found.Except(gold)) misses.Add($"{cases[i].Name}: false {f}");
            foreach (var (speaker, start) in cases[i].Quotes)
            {
                quotesTotal++;
                var q = facts[i].Quotes.FirstOrDefault(q => q.Text.StartsWith(start, StringComparison.Ordinal));
                var got = q?.SpeakerKey is { } key ? index.SlugFor(articles[i].Slug, key) : null;
                var want = speaker is null ? null : Slugger.Slugify(speaker);
                if (q is not null && got == want) quotesRight++;
                else misses.Add($"{cases[i].Name}: quote '{start}' → {(q is null ? "not found" : got ?? "(no actor)")}, want {want ?? "(no actor)"}");
            }
        }
        return new EvaluationScore(F1(allGold, allFound), linkF1.Average(), quotesTotal == 0 ? 1 : (double)quotesRight / quotesTotal, misses);
    }

    private static double F1(HashSet<string> gold, HashSet<string> found)
    {
        if (gold.Count == 0 && found.Count == 0) return 1;
        var tp = gold.Intersect(found).Count();
        if (tp == 0) return 0;
        var p = (double)tp / found.Count;
        var r = (double)tp / gold.Count;
        return 2 * p * r / (p + r);
    }
}
