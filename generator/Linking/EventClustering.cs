using BriefingSite.Extraction.Events;
using BriefingSite.Model;

namespace BriefingSite.Linking;

/// <summary>
/// Decides which articles' events are the same event. Pairs are only ever compared inside a block: the same kind and
/// anchor days at most <see cref="WindowDays"/> apart (or the same proper name), never all pairs of the site. A pair
/// merges on evidence (same day, same place, shared participants or proper words) with nothing against it; the best
/// pairs merge first, and a cluster never takes two events of one article (the article already told them apart).
/// </summary>
public static class EventClustering
{
    public const int WindowDays = 45;

    public static List<List<EventItem>> Cluster(IReadOnlyList<EventItem> items)
    {
        var pairs = new List<(int Score, int A, int B)>();
        var traits = EventTraits.Of(items);
        foreach (var kind in items.GroupBy(i => Family(i.Mention.Kind), StringComparer.Ordinal))
        {
            foreach (var named in kind.Where(i => i.Mention.Name is not null).GroupBy(i => i.Mention.Name!, StringComparer.OrdinalIgnoreCase))
            {
                var list = named.ToList();
                for (var k = 1; k < list.Count; k++) pairs.Add((100, list[0].Index, list[k].Index));
            }
            var timed = kind.Where(i => traits[i.Index].Day is not null).Select(i => traits[i.Index])
                .OrderBy(t => t.Day).ThenBy(t => t.Item.Index).ToArray();
            pairs.AddRange(WindowPairs(timed));
        }
        var parent = Enumerable.Range(0, items.Count).ToArray();
        var articles = traits.Select(t => new HashSet<int> { t.Article }).ToArray();
        var members = items.Select(i => new List<int> { i.Index }).ToArray();
        int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
        pairs.Sort((p, q) => p.Score != q.Score ? q.Score.CompareTo(p.Score) : p.A != q.A ? p.A.CompareTo(q.A) : p.B.CompareTo(q.B));
        foreach (var (score, a, b) in pairs)
        {
            int ra = Find(a), rb = Find(b);
            if (ra == rb || articles[ra].Overlaps(articles[rb])) continue;
            // Every mention of the merged event must look like every other (no chains: A like B, B like C, A unlike C).
            if (score < 100 && !AllAlike(traits, members[ra], members[rb])) continue;
            parent[rb] = ra;
            articles[ra].UnionWith(articles[rb]);
            members[ra].AddRange(members[rb]);
        }
        return items.GroupBy(i => Find(i.Index)).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
    }

    private static bool AllAlike(EventTraits[] traits, List<int> xs, List<int> ys)
    {
        foreach (var x in xs)
            foreach (var y in ys)
                if (Score(traits[x], traits[y]) <= 0) return false;
        return true;
    }

    /// <summary>
    /// The pairs each item of a block (sorted by day) forms with the later items of its window that score above zero.
    /// Scoring is pure and the pairs are sorted completely afterwards, so slices of the block are scored in parallel.
    /// </summary>
    private static List<(int Score, int A, int B)> WindowPairs(EventTraits[] timed)
    {
        const int Slice = 256;
        var slices = new List<(int Score, int A, int B)>[(timed.Length + Slice - 1) / Slice];
        Parallel.For(0, slices.Length, s =>
        {
            var found = new List<(int Score, int A, int B)>();
            for (var a = s * Slice; a < Math.Min(timed.Length, (s + 1) * Slice); a++)
                for (var b = a + 1; b < timed.Length && timed[b].Day!.Value - timed[a].Day!.Value <= WindowDays; b++)
                    if (Score(timed[a], timed[b]) is var score and > 0) found.Add((score, timed[a].Item.Index, timed[b].Item.Index));
            slices[s] = found;
        });
        var all = new List<(int Score, int A, int B)>(slices.Sum(f => f.Count));
        foreach (var f in slices) all.AddRange(f);
        return all;
    }

    /// <summary>Kinds one event may be told as: one article's "talks" are another's "meeting", one's "offensive" another's "invasion".</summary>
    public static string Family(string kind) => kind switch
    {
        "meeting" or "talks" or "summit" => "gathering",
        "attack" or "invasion" => "assault",
        _ => kind,
    };

    /// <summary>0 when the two must stay apart; otherwise how strongly they look like one event.</summary>
    public static int Score(EventItem x, EventItem y) => EventTraits.Of([x, y]) is var t ? Score(t[0], t[1]) : 0;

    private static int Score(EventTraits tx, EventTraits ty)
    {
        // Every test is pure, so the cheap ones on ids come first: most pairs of a window are told apart there.
        if (tx.Article == ty.Article) return 0;
        if (tx.Name >= 0 && ty.Name >= 0 && tx.Name != ty.Name) return 0;
        if (tx.Body != ty.Body) return 0;
        EventItem x = tx.Item, y = ty.Item;
        EventMention a = x.Mention, b = y.Mention;
        var placesOverlap = tx.Places is { } p && ty.Places is { } q && EventTraits.Overlap(p, q);
        // A venue ("African Union Commission headquarters") may lie in a city: only places of one kind conflict.
        if (tx.Places is not null && ty.Places is not null && !placesOverlap && tx.Venue == ty.Venue) return 0;
        if (ReportedBeforePlanned(x, y) || ReportedBeforePlanned(y, x)) return 0;
        if (EventTraits.Disjoint(tx.Hosts, ty.Hosts) || EventTraits.Disjoint(tx.Topics, ty.Topics)) return 0;
        // The evidence a pair needs, from its dates; pairs whose dates already keep them apart are not compared further.
        int needed;
        switch (a.Date, b.Date)
        {
            case ({ } da, { } db):
                if (!ArticleEventGatherer.SameAtCommonPrecision(da, db)) return 0;
                needed = da.Precision == DatePrecision.Day && db.Precision == DatePrecision.Day ? 1 : Needed(da, db);
                // One pair of sides fights one war in a year: the year and the same story are enough.
                if (Family(a.Kind) is "war" or "assault" && a.Kind != "attack" && b.Kind != "attack") needed = Math.Min(needed, 3);
                break;
            // One side undated: it must come from the same story or share a participant ("the Supreme Court later ruled" of an American article is not a Scottish ruling).
            case ({ } d, null):
                if (!Ahead(y, b, d) || !EventTraits.Overlap(tx.Story, ty.Story) && !EventTraits.Overlap(tx.People, ty.People)) return 0;
                needed = Needed(d, d);
                break;
            case (null, { } d):
                if (!Ahead(x, a, d) || !EventTraits.Overlap(tx.Story, ty.Story) && !EventTraits.Overlap(tx.People, ty.People)) return 0;
                needed = Needed(d, d);
                break;
            default:
                // Undated on both sides: only inside one story ("the Supreme Court ruling" of a British and of an American article are two).
                if (EventTraits.Common(tx.Story, ty.Story) < 2) return 0;
                needed = 5;
                break;
        }
        var place = placesOverlap ? 1 : 0;
        var topic = EventTraits.Overlap(tx.Topics, ty.Topics) ? 2 : 0;
        var dated = a.Date is not null && b.Date is not null;
        // "a cooperation agreement" in one article is "the 2012 Cooperation Agreement" of another: the name in other words.
        var named = NamedAlike(tx, ty) || NamedAlike(ty, tx) ? 3 : 0;
        // Two previews of an event at the same place in the same year: few events are still to come at one place.
        var plannedThere = placesOverlap && a.Planned && b.Planned ? 1 : 0;
        // Most pairs of a block share too little to merge: the most the sets could add decides that before they are intersected.
        var most = 3 * Math.Min(tx.Words.Length, ty.Words.Length) + 2 * Math.Min(tx.People.Length, ty.People.Length) + 2 * place + topic + named + plannedThere + (dated ? 3 : 0);
        if (most < needed) return 0;
        var words = EventTraits.Common(tx.Words, ty.Words);
        var people = EventTraits.Common(tx.People, ty.People);
        // Articles about the same distinctive actors (see EventLinker) likely tell the same story: evidence for dated mentions,
        // stronger evidence needed for a year alone ("the 2020 election" of two articles may be two of that year's elections).
        var story = dated && EventTraits.Common(tx.Story, ty.Story) >= (a.Date!.Value.Precision == DatePrecision.Year || b.Date!.Value.Precision == DatePrecision.Year ? 3 : 2) ? 3 : 0;
        var evidence = 3 * words + 2 * people + 2 * place + topic + story + named + plannedThere;
        if (evidence < needed) return 0;
        return a.Date is { Precision: DatePrecision.Day } && b.Date is { Precision: DatePrecision.Day } ? evidence + 3 : evidence;
    }

    /// <summary>The name of one mention in the words of the other's title, when the other has no name of its own.</summary>
    private static bool NamedAlike(EventTraits named, EventTraits other) =>
        named.NameWords is { } words && other.Name < 0 && words.Contains(' ') && other.LowerTitle.Contains(words, StringComparison.Ordinal);

    /// <summary>
    /// An article that still speaks of an event as to come cannot be speaking of one an older article already reported:
    /// "will meet" on the 25th is another meeting than the one reported on the 20th.
    /// </summary>
    private static bool ReportedBeforePlanned(EventItem report, EventItem plan) =>
        !report.Mention.Planned && plan.Mention.Planned && report.Article.Date?.ToDateOnly() is { } reported
        && plan.Article.Date?.ToDateOnly() is { } planned && reported < planned;

    /// <summary>A year says little: a site about one election year has many "2020" votes, so a year-only date needs twice the evidence.</summary>
    private static int Needed(PartialDate a, PartialDate b) => a.Precision == DatePrecision.Year || b.Precision == DatePrecision.Year ? 6 : 3;

    /// <summary>An undated mention matches a dated event only when its article could have been speaking of it: a preview before the day, a report after it.</summary>
    private static bool Ahead(EventItem undated, EventMention m, PartialDate eventDate)
    {
        if (undated.Article.Date?.ToDateOnly() is not { } written || eventDate.ToDateOnly() is not { } day) return !m.Planned;
        var gap = day.DayNumber - written.DayNumber;
        return m.Planned ? gap is >= 0 and <= WindowDays : gap is <= 0 and >= -WindowDays;
    }
}
