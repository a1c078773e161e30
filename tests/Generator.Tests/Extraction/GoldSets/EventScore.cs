using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.GoldSets;

/// <summary>
/// Scores event extraction, dating and merging against a gold split built as one site through the real pipeline.
/// A found event matches a gold event of an article when one of its sentences in that article (its references there)
/// contains the gold phrase. When its sentences hold the phrases of several gold events, it matches those whose phrase
/// overlaps the words it was found on (else all of them, which merge correctness then counts as a glue).
/// <list type="bullet">
/// <item>Recall: gold (article, event) pairs matched by some found event.</item>
/// <item>Precision: found events matching at least one gold event.</item>
/// <item>Date accuracy: matched (found, gold) pairs with the gold date at the same precision (null == null); a gold event
/// told by several articles is compared with the most precise date they give.</item>
/// <item>Merge correctness: gold events told by several articles that one found event covers in all of them, and
/// found events that match only one gold id.</item>
/// </list>
/// </summary>
public sealed record EventScore(double Recall, double Precision, double DateAccuracy, int MergesRight, int MergesTotal, int Glued,
    int FoundEvents, int GoldMentions, IReadOnlyList<string> Misses)
{
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"recall {Recall:0.000}, precision {Precision:0.000} ({FoundEvents} found, {GoldMentions} gold mentions), date accuracy {DateAccuracy:0.000}, merges {MergesRight}/{MergesTotal} right, {Glued} found events glue several gold events");

    public static EventScore Measure(GoldSite site)
    {
        var gold = site.Gold;
        var graph = site.Site;
        var slugOf = gold.ToDictionary(a => a.Name, site.SlugOf, StringComparer.Ordinal);
        var byName = gold.ToDictionary(a => a.Name, StringComparer.Ordinal);
        var nameOf = slugOf.ToDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

        var misses = new List<string>();
        var matched = new Dictionary<Event, HashSet<string>>();             // found event → gold ids
        var pairs = new HashSet<(string Article, string Id)>();              // gold mentions matched
        var dates = new List<(Event Found, string Article, GoldEvent Gold)>();
        foreach (var e in graph.Events)
        {
            var hits = new List<(string Article, GoldEvent Gold, bool OnCue)>();
            foreach (var c in e.Coverage)
            {
                if (!nameOf.TryGetValue(c.ArticleSlug, out var name) || !graph.Facts.TryGetValue(c.ArticleSlug, out var facts)) continue;
                foreach (var (paragraph, sentence) in Sentences(facts, c))
                    foreach (var g in byName[name].Events)
                        if (Normal(sentence.Text).IndexOf(Normal(g.Phrase), StringComparison.Ordinal) is var at and >= 0)
                            hits.Add((name, g, c.Spans.Any(s => s.Paragraph == paragraph.Index && s.Sentence == sentence.Index
                                && s.Start < sentence.Start + at + g.Phrase.Length && sentence.Start + at < s.Start + s.Length)));
            }
            if (hits.Select(h => h.Gold.Id).Distinct().Count() > 1 && hits.Any(h => h.OnCue)) hits = hits.Where(h => h.OnCue).ToList();
            if (hits.Count == 0)
            {
                misses.Add($"false: '{e.Title}' {e.Date?.ToString() ?? "undated"} {e.Status} in {string.Join(", ", e.Articles.Select(s => nameOf.GetValueOrDefault(s, s)))}");
                continue;
            }
            matched[e] = hits.Select(h => h.Gold.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var h in hits.DistinctBy(h => (h.Article, h.Gold.Id)))
            {
                pairs.Add((h.Article, h.Gold.Id));
                dates.Add((e, h.Article, h.Gold));
            }
        }

        var mentions = gold.SelectMany(a => a.Events.Select(g => (Article: a.Name, Gold: g))).ToList();
        foreach (var (article, g) in mentions.Where(m => !pairs.Contains((m.Article, m.Gold.Id))))
            misses.Add($"missed: {article} [{g.Id}] {g.Date ?? "undated"} {g.Status} \"{g.Phrase}\"");
        // One event told by several articles is dated by the most precise of their dates (its page shows that one).
        var bestDate = mentions.GroupBy(m => m.Gold.Id).ToDictionary(g => g.Key, g => g.Select(m => m.Gold.Date).MaxBy(d => d?.Length ?? 0));
        var datesRight = 0;
        foreach (var (found, article, g) in dates)
        {
            if (found.Date?.ToString() == bestDate[g.Id]) datesRight++;
            else misses.Add($"date: {article} [{g.Id}] gold {g.Date ?? "undated"}, found {found.Date?.ToString() ?? "undated"} ('{found.Title}')");
        }
        var multi = mentions.GroupBy(m => m.Gold.Id).Where(g => g.Select(m => m.Article).Distinct().Count() > 1).ToList();
        var mergesRight = 0;
        foreach (var g in multi)
        {
            var articles = g.Select(m => slugOf[m.Article]).ToHashSet(StringComparer.Ordinal);
            if (matched.Any(kv => kv.Value.Contains(g.Key) && articles.IsSubsetOf(kv.Key.Articles))) mergesRight++;
            else misses.Add($"merge: [{g.Key}] told by {string.Join(", ", g.Select(m => m.Article).Distinct())} is not one event: "
                + string.Join(" / ", matched.Where(kv => kv.Value.Contains(g.Key)).Select(kv => $"'{kv.Key.Title}' in {string.Join(", ", kv.Key.Articles.Select(s => nameOf[s]))}")));
        }
        var glued = matched.Where(kv => kv.Value.Count > 1).ToList();
        foreach (var (e, ids) in glued) misses.Add($"glued: '{e.Title}' matches {string.Join(", ", ids.Order(StringComparer.Ordinal))}");

        return new EventScore(
            mentions.Count == 0 ? 1 : (double)pairs.Count / mentions.Count,
            graph.Events.Length == 0 ? 1 : (double)matched.Count / graph.Events.Length,
            dates.Count == 0 ? 1 : (double)datesRight / dates.Count,
            mergesRight, multi.Count, glued.Count, graph.Events.Length, mentions.Count,
            misses.Order(StringComparer.Ordinal).ToList());
    }

    private static IEnumerable<(DocParagraph Paragraph, DocSentence Sentence)> Sentences(ArticleFacts facts, EventCoverage c)
    {
        foreach (var p in facts.Paragraphs)
            foreach (var s in p.Sentences)
                if (c.SentenceIds.Contains(s.Id)) yield return (p, s);
    }

    /// <summary>Typographic quotes and apostrophes as plain ones, runs of white space as one: the gold phrase is typed, the text is typeset.</summary>
    private static string Normal(string s) =>
        System.Text.RegularExpressions.Regex.Replace(s.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"'), @"\s+", " ");
}
