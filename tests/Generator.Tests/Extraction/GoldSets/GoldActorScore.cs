using BriefingSite.Model;
using BriefingSite.Normalize;

namespace BriefingSite.Tests.Extraction.GoldSets;

/// <summary>
/// Actors and quotes of a built gold split against the annotation. A found actor matches a gold name when the name's
/// slug is the slug of the actor's name or of one of its aliases ("NATO" matches North Atlantic Treaty Organization).
/// <see cref="ActorF1"/> is over the split's distinct actors, <see cref="LinkF1"/> the mean over articles of the F1
/// of the actors each article links, <see cref="QuoteAccuracy"/> the share of gold quotes found with the right speaker.
/// </summary>
public sealed record GoldActorScore(double ActorF1, double LinkF1, double QuoteAccuracy, int GoldActors, int GoldQuotes, IReadOnlyList<string> Misses)
{
    public static GoldActorScore Measure(GoldSite site)
    {
        var misses = new List<string>();
        var linkF1 = new List<double>();
        var goldAll = new HashSet<string>(StringComparer.Ordinal);
        var goldMatched = new HashSet<string>(StringComparer.Ordinal);
        var foundAll = new HashSet<string>(StringComparer.Ordinal);
        var foundMatched = new HashSet<string>(StringComparer.Ordinal);
        int quotesRight = 0, quotesTotal = 0;
        foreach (var article in site.Gold)
        {
            var goldNames = article.Actors.DistinctBy(a => Slugger.Slugify(a), StringComparer.Ordinal).ToList();
            var gold = goldNames.Select(a => Slugger.Slugify(a)).ToHashSet(StringComparer.Ordinal);
            var found = site.ActorsOf(article);
            var matchedGold = goldNames.Where(g => found.Any(a => GoldNameMatch.Matches(g, a))).Select(g => Slugger.Slugify(g)).ToHashSet(StringComparer.Ordinal);
            var matchedFound = found.Where(a => goldNames.Any(g => GoldNameMatch.Matches(g, a))).Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
            goldAll.UnionWith(gold);
            goldMatched.UnionWith(matchedGold);
            foundAll.UnionWith(found.Select(a => a.Slug));
            foundMatched.UnionWith(matchedFound);
            linkF1.Add(F1(matchedGold.Count, gold.Count, matchedFound.Count, found.Length));
            foreach (var g in gold.Except(matchedGold).Order(StringComparer.Ordinal)) misses.Add($"{article.Name}: missed actor {g}");
            foreach (var a in found.Where(a => !matchedFound.Contains(a.Slug)).OrderBy(a => a.Slug, StringComparer.Ordinal))
                misses.Add($"{article.Name}: false actor {a.Slug} ({a.Kind})");

            var facts = site.FactsOf(article);
            foreach (var quote in article.Quotes)
            {
                quotesTotal++;
                var start = Flat(quote.Starts);
                var q = facts.Quotes.FirstOrDefault(q => Flat(q.Text).StartsWith(start, StringComparison.Ordinal));
                var got = q?.SpeakerKey is { } key && site.Site.ActorIndex.SlugFor(site.SlugOf(article), key) is { } s ? site.Site.ActorIndex.Find(s) : null;
                var want = quote.Speaker is null ? null : Slugger.Slugify(quote.Speaker);
                var right = q is not null && (quote.Speaker is null ? got is null : got is not null && GoldNameMatch.Matches(quote.Speaker, got));
                if (right) quotesRight++;
                else misses.Add($"{article.Name}: quote \"{quote.Starts}\" → {(q is null ? "not found" : got?.Slug ?? $"(no actor: {q.Speaker})")}, want {want ?? "(no actor)"}");
            }
        }
        var actorF1 = F1(goldMatched.Count, goldAll.Count, foundMatched.Count, foundAll.Count);
        return new GoldActorScore(actorF1, linkF1.Count == 0 ? 1 : linkF1.Average(), quotesTotal == 0 ? 1 : (double)quotesRight / quotesTotal,
                                  goldAll.Count, quotesTotal, misses);
    }

    /// <summary>Quote text compared without the quotation marks, apostrophe styles and spacing that differ between writers.</summary>
    private static string Flat(string text) =>
        string.Join(' ', text.Replace('’', '\'').Replace('‘', '\'').Trim('"', '“', '”', '\'', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>F1 from recall (matched gold / gold) and precision (matched found / found); two empty sets agree fully.</summary>
    private static double F1(int goldMatched, int gold, int foundMatched, int found)
    {
        if (gold == 0 && found == 0) return 1;
        if (goldMatched == 0 || foundMatched == 0) return 0;
        var r = (double)goldMatched / gold;
        var p = (double)foundMatched / found;
        return 2 * p * r / (p + r);
    }
}
